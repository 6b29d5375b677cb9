/// Turns input bytes into text, refusing what is not UTF-8 with a precise reason.
///
/// Nothing is replaced silently: invalid bytes are an error unless the caller asks for
/// lossy decoding, and then the number of replaced sequences is reported.
public enum TextDecoder {
  /// Why bytes are not UTF-8 text.
  public enum Failure: Error, Equatable, Sendable {
    /// An invalid UTF-8 sequence starts at `offset` (0-based byte offset).
    case invalidUTF8(offset: Int)
    /// The bytes look like UTF-16 (a byte-order mark or zero bytes between ASCII).
    case utf16(littleEndian: Bool)
    /// The bytes look like a legacy Arabic code page (Windows-1256); `offset` is the first
    /// byte that is not UTF-8.
    case windows1256(offset: Int)

    /// A one-line explanation with a hint on what to do.
    public var message: String {
      switch self {
      case .invalidUTF8(let offset):
        "invalid UTF-8 at byte offset \(offset)"
      case .utf16(let littleEndian):
        "the input is UTF-16\(littleEndian ? "LE" : "BE"), not UTF-8; convert it first, "
          + "e.g. iconv -f UTF-16 -t UTF-8"
      case .windows1256(let offset):
        "invalid UTF-8 at byte offset \(offset); the input looks like Windows-1256 (Arabic) "
          + "text: convert it first, e.g. iconv -f CP1256 -t UTF-8"
      }
    }
  }

  /// The text of `bytes`, which must be valid UTF-8.
  /// - Throws: `Failure`, naming the first bad byte and a likely encoding.
  public static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
    // UTF-16 text of ASCII or Arabic letters can be valid UTF-8 (full of NUL and 0x06
    // bytes): look for its pattern first.
    if bytes.prefix(4096).contains(0), let utf16 = utf16Pattern(bytes) { throw utf16 }
    if let offset = firstInvalidOffset(in: bytes) {
      throw diagnose(bytes, firstInvalid: offset)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The text of `bytes`, with each invalid sequence replaced by U+FFFD, and the number of
  /// replacements made.
  public static func decodeLossy(_ bytes: [UInt8]) -> (text: String, replaced: Int) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard firstInvalidOffset(in: bytes) != nil else { return (text, 0) }
    // Count the decoder's U+FFFD, less those the input itself spelled (EF BF BD).
    let produced = text.unicodeScalars.reduce(0) { $0 + ($1.value == 0xFFFD ? 1 : 0) }
    var literal = 0
    var i = 0
    while i + 2 < bytes.count {
      if bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD {
        literal += 1
        i += 3
      } else {
        i += 1
      }
    }
    return (text, produced - literal)
  }

  /// The offset of the first byte that starts an invalid UTF-8 sequence, or nil.
  public static func firstInvalidOffset(in bytes: [UInt8], from start: Int = 0) -> Int? {
    var i = start
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let length = sequenceLength(bytes, at: i)
      if length == 0 { return i }
      i += length
    }
    return nil
  }

  /// The length of the valid UTF-8 sequence at `i`, or 0 if it is invalid (RFC 3629).
  private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
    let n = bytes.count
    let b0 = bytes[i]
    func continuation(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      i + k < n && range.contains(bytes[i + k])
    }
    switch b0 {
    case 0xC2...0xDF:
      return continuation(1) ? 2 : 0
    case 0xE0:
      return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF:
      return continuation(1) && continuation(2) ? 3 : 0
    case 0xED:
      return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
    case 0xF0:
      return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF1...0xF3:
      return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF4:
      return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
    default:
      return 0
    }
  }

  private static func diagnose(_ bytes: [UInt8], firstInvalid: Int) -> Failure {
    if bytes.count >= 2 {
      if bytes[0] == 0xFF && bytes[1] == 0xFE { return .utf16(littleEndian: true) }
      if bytes[0] == 0xFE && bytes[1] == 0xFF { return .utf16(littleEndian: false) }
    }
    if let utf16 = utf16Pattern(bytes) { return utf16 }
    let sample = bytes.prefix(4096)
    // Windows-1256 puts Arabic letters at 0xC1–0xFE; UTF-8 would need continuation bytes.
    var high = 0, arabicRange = 0
    for b in sample where b >= 0x80 {
      high += 1
      if (0xC1...0xFE).contains(b) { arabicRange += 1 }
    }
    if high >= 4 && arabicRange * 10 >= high * 7 && invalidCount(in: bytes, limit: 16) >= 4 {
      return .windows1256(offset: firstInvalid)
    }
    return .invalidUTF8(offset: firstInvalid)
  }

  /// UTF-16 without a byte-order mark: ASCII or Arabic (U+06xx) units put zero or 0x06
  /// bytes at every other position.
  private static func utf16Pattern(_ bytes: [UInt8]) -> Failure? {
    let sample = bytes.prefix(4096)
    guard sample.count >= 8 else { return nil }
    var even = 0, odd = 0
    for (k, b) in sample.enumerated() where b == 0x00 || b == 0x06 {
      if k % 2 == 0 { even += 1 } else { odd += 1 }
    }
    let half = sample.count / 2
    if odd * 10 >= half * 4 && even * 10 < half { return .utf16(littleEndian: true) }
    if even * 10 >= half * 4 && odd * 10 < half { return .utf16(littleEndian: false) }
    return nil
  }

  private static func invalidCount(in bytes: [UInt8], limit: Int) -> Int {
    var count = 0
    var offset = 0
    while count < limit, let bad = firstInvalidOffset(in: bytes, from: offset) {
      count += 1
      offset = bad + 1
    }
    return count
  }
}
