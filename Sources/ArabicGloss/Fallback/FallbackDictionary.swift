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

  private let indexPath: String
  private let dataPath: String
  private var index: [ByteKey: (offset: Int, length: Int, headword: String)]?
  private var data: [UInt8]?
  private var cache: [String: LexiconEntry?] = [:]
  private let lock = NSLock()

  /// Opens the dictionary at the given paths. The index is read on first use, so a run that
  /// never meets an unknown word does not pay for it.
  /// - Throws: `Failure` if the index is not there.
  public init(index: String = defaultIndex, data: String = defaultData) throws(Failure) {
    guard FileManager.default.isReadableFile(atPath: index) else {
      throw Failure(description: "cannot read the dictionary index \(index)")
    }
    indexPath = index
    dataPath = data
  }

  /// Reads the index: headword → location, under the headword's lookup key (and without
  /// its article, so a clitic-stripped word finds الإرهاب).
  private func readIndex() -> [ByteKey: (offset: Int, length: Int, headword: String)] {
    var table: [ByteKey: (offset: Int, length: Int, headword: String)] = [:]
    guard let bytes = FileManager.default.contents(atPath: indexPath) else { return table }
    let normalizer = LookupNormalizer()
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      let fields = line.split(separator: "\t")
      guard fields.count == 3, let first = fields[0].utf8.first, first >= 0xD8, first <= 0xDB,
        let offset = Self.base64Number(fields[1]), let length = Self.base64Number(fields[2])
      else { continue }
      let key = normalizer.key(fields[0])
      let location = (offset, length, String(fields[0]))
      if table[ByteKey(key)] == nil { table[ByteKey(key)] = location }
      if key.hasPrefix("ال"), key.count > 3 {
        let bare = ByteKey(String(key.dropFirst(2)))
        if table[bare] == nil { table[bare] = location }
      }
    }
    return table
  }

  /// Whether the dictionary is installed at the default paths.
  public static var isInstalled: Bool {
    FileManager.default.fileExists(atPath: defaultIndex) && FileManager.default.fileExists(atPath: defaultData)
  }

  /// The number of Arabic lookup keys indexed.
  public var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return locations.count
  }

  /// The index, read on first use (call with the lock held).
  private var locations: [ByteKey: (offset: Int, length: Int, headword: String)] {
    if let index { return index }
    let table = readIndex()
    index = table
    return table
  }

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
    guard let location = locations[ByteKey(key)], let text = definition(location.offset, location.length) else {
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
