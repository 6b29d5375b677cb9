import CZlibShims
import Foundation

/// The installed FreeDict Arabic–English dictionary (Debian's `dict-freedict-ara-eng`), read
/// at run time as the lowest-priority source of glosses. Its content is never copied into
/// argloss.
///
/// Its senses are sorted alphabetically, not by frequency (الإرهاب → "Bullying" first), so at
/// most two are shown, joined with " / " rather than ranked, and every use is marked as a
/// fallback.
public final class FallbackDictionary: @unchecked Sendable {
  /// Where Debian installs the dictionary.
  public static let defaultIndex = "/usr/share/dictd/freedict-ara-eng.index"
  /// The dictzip-compressed definitions beside the index.
  public static let defaultData = "/usr/share/dictd/freedict-ara-eng.dict.dz"

  /// Why the dictionary cannot be read.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    /// What went wrong, naming the file.
    public var description: String
  }

  private let dataPath: String
  private var locations: [String: (offset: Int, length: Int, headword: String)] = [:]
  private var data: [UInt8]?
  private var cache: [String: LexiconEntry?] = [:]
  private let lock = NSLock()

  /// Opens the dictionary at the given paths (the index is read now, the data on first use).
  public init(index: String = defaultIndex, data: String = defaultData) throws(Failure) {
    dataPath = data
    guard let bytes = FileManager.default.contents(atPath: index) else {
      throw Failure(description: "cannot read the dictionary index \(index)")
    }
    let normalizer = LookupNormalizer()
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      let fields = line.split(separator: "\t")
      guard fields.count == 3, let offset = Self.base64Number(fields[1]),
        let length = Self.base64Number(fields[2]),
        fields[0].unicodeScalars.contains(where: { (0x0621...0x064A).contains($0.value) })
      else { continue }
      let key = normalizer.key(fields[0])
      let location = (offset, length, String(fields[0]))
      if locations[key] == nil { locations[key] = location }
      if key.hasPrefix("ال"), key.count > 3, locations[String(key.dropFirst(2))] == nil {
        locations[String(key.dropFirst(2))] = location
      }
    }
  }

  /// Whether the dictionary is installed at the default paths.
  public static var isInstalled: Bool {
    FileManager.default.fileExists(atPath: defaultIndex) && FileManager.default.fileExists(atPath: defaultData)
  }

  /// The number of Arabic headwords indexed.
  public var count: Int { locations.count }

  /// An entry for a lookup key, with at most two senses, marked as a fallback.
  public func entry(forKey key: String) -> LexiconEntry? {
    lock.lock()
    defer { lock.unlock() }
    if let cached = cache[key] { return cached }
    let found = makeEntry(key)
    cache[key] = found
    return found
  }

  private func makeEntry(_ key: String) -> LexiconEntry? {
    guard let location = locations[key], let text = definition(location.offset, location.length) else {
      return nil
    }
    let lines = text.split(separator: "\n").dropFirst()
    let senses = lines.map { line -> String in
      var s = Substring(line)
      if let dot = s.firstIndex(of: "."), s[..<dot].allSatisfy(\.isNumber), !s[..<dot].isEmpty {
        s = s[s.index(after: dot)...]
      }
      return s.trimmingCharacters(in: .whitespaces).lowercased()
    }.filter { !$0.isEmpty }
    guard !senses.isEmpty else { return nil }
    var entry = LexiconEntry(
      arabic: location.headword, pos: .noun, glosses: [senses.prefix(2).joined(separator: " / ")],
      source: Provenance(file: "freedict-ara-eng", line: location.offset))
    entry.isFallback = true
    return entry
  }

  private func definition(_ offset: Int, _ length: Int) -> String? {
    if data == nil {
      guard let compressed = FileManager.default.contents(atPath: dataPath) else { return nil }
      let bytes = [UInt8](compressed)
      var output: UnsafeMutablePointer<UInt8>?
      var outputLength = 0
      let status = bytes.withUnsafeBufferPointer {
        czlib_gunzip($0.baseAddress!, $0.count, &output, &outputLength)
      }
      guard status == 0, let output else { return nil }
      data = Array(UnsafeBufferPointer(start: output, count: outputLength))
      czlib_free(output)
    }
    guard let data, offset >= 0, offset + length <= data.count else { return nil }
    return String(decoding: data[offset..<(offset + length)], as: UTF8.self)
  }

  /// dictd's base64 numbers (A=0 … /=63, most significant digit first).
  public static func base64Number(_ text: Substring) -> Int? {
    var value = 0
    for c in text.utf8 {
      let digit: Int
      switch c {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(c - UInt8(ascii: "A"))
      case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(c - UInt8(ascii: "a")) + 26
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(c - UInt8(ascii: "0")) + 52
      case UInt8(ascii: "+"): digit = 62
      case UInt8(ascii: "/"): digit = 63
      default: return nil
      }
      value = value * 64 + digit
    }
    return value
  }
}
