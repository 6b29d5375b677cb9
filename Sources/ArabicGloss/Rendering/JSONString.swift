/// JSON string literals, written without Foundation for speed and exact control.
enum JSONString {
  /// `text` as a quoted JSON string; non-ASCII characters stay as they are (UTF-8).
  static func quoted(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for s in text.unicodeScalars {
      switch s {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if s.value < 0x20 || s.value == 0x2028 || s.value == 0x2029 {
          let hex = String(s.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(s)
        }
      }
    }
    out += "\""
    return out
  }
}
