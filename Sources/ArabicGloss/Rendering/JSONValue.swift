/// A JSON value with ordered object keys, for deterministic output without Foundation.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool { a.compact == b.compact }

  /// The value on one line.
  public var compact: String {
    var out = ""
    write(to: &out, indent: nil, level: 0)
    return out
  }

  /// The value pretty-printed with two-space indentation.
  public var pretty: String {
    var out = ""
    write(to: &out, indent: "  ", level: 0)
    return out
  }

  private func write(to out: inout String, indent: String?, level: Int) {
    let newline = indent == nil ? "" : "\n"
    let pad = { (n: Int) in String(repeating: indent ?? "", count: n) }
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d):
      out += d.isFinite ? String(format2: d) : "null"
    case .string(let s): out += JSONString.quoted(s)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "[" + newline
      for (i, item) in items.enumerated() {
        out += pad(level + 1)
        item.write(to: &out, indent: indent, level: level + 1)
        out += (i < items.count - 1 ? "," : "") + newline
      }
      out += pad(level) + "]"
    case .object(let pairs):
      if pairs.isEmpty {
        out += "{}"
        return
      }
      out += "{" + newline
      for (i, (key, value)) in pairs.enumerated() {
        out += pad(level + 1) + JSONString.quoted(key) + (indent == nil ? ":" : ": ")
        value.write(to: &out, indent: indent, level: level + 1)
        out += (i < pairs.count - 1 ? "," : "") + newline
      }
      out += pad(level) + "}"
    }
  }
}

extension String {
  /// A double with up to four decimals, trailing zeros trimmed (12.5, 97.25, 3).
  init(format2 value: Double) {
    let scaled = (value * 10_000).rounded() / 10_000
    if scaled == scaled.rounded() && abs(scaled) < 1e15 {
      self = String(Int(scaled))
    } else {
      self = String(scaled)
    }
  }
}
