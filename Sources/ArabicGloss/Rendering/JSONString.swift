/// JSON string literals, written without Foundation for speed and exact control.
enum JSONString {
  /// `text` as a quoted JSON string; non-ASCII characters stay as they are (UTF-8).
  static func quoted(_ text: String) -> String {
    var out: [UInt8] = []
    append(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `text` as a quoted JSON string to the UTF-8 bytes `out`.
  static func append(_ text: String, to out: inout [UInt8]) {
    out.append(0x22)
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      for (i, byte) in bytes.enumerated() {
        let escape: [UInt8]
        switch byte {
        case 0x22: escape = [0x5C, 0x22]
        case 0x5C: escape = [0x5C, 0x5C]
        case 0x0A: escape = [0x5C, 0x6E]
        case 0x0D: escape = [0x5C, 0x72]
        case 0x09: escape = [0x5C, 0x74]
        case 0..<0x20: escape = unicodeEscape(UInt32(byte))
        // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript: escape them too.
        case 0xA8...0xA9 where i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80:
          out.append(contentsOf: bytes[start..<(i - 2)])
          out.append(contentsOf: unicodeEscape(byte == 0xA8 ? 0x2028 : 0x2029))
          start = i + 1
          continue
        default: continue
        }
        out.append(contentsOf: bytes[start..<i])
        out.append(contentsOf: escape)
        start = i + 1
      }
      out.append(contentsOf: bytes[start...])
    }
    out.append(0x22)
  }

  private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
    let hex = Array(String(value, radix: 16).utf8)
    return Array("\\u".utf8) + Array(repeating: 0x30, count: 4 - hex.count) + hex
  }
}
