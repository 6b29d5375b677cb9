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
  public var compact: String { String(decoding: utf8(indent: nil), as: UTF8.self) }

  /// The value pretty-printed with two-space indentation.
  public var pretty: String { String(decoding: utf8(indent: "  "), as: UTF8.self) }

  /// The value as UTF-8 bytes, on one line or indented by `indent`.
  func utf8(indent: String?) -> [UInt8] {
    var out: [UInt8] = []
    write(to: &out, indent: indent.map { Array($0.utf8) }, level: 0)
    return out
  }

  /// Appends the value on one line to `out`.
  func appendCompact(to out: inout [UInt8]) { write(to: &out, indent: nil, level: 0) }

  private func write(to out: inout [UInt8], indent: [UInt8]?, level: Int) {
    func pad(_ n: Int) {
      guard let indent else { return }
      for _ in 0..<n { out.append(contentsOf: indent) }
    }
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): out.append(contentsOf: String(i).utf8)
    case .double(let d): out.append(contentsOf: (d.isFinite ? String(format2: d) : "null").utf8)
    case .string(let s): JSONString.append(s, to: &out)
    case .array(let items):
      guard !items.isEmpty else { return out.append(contentsOf: "[]".utf8) }
      out.append(0x5B)
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(0x2C) }
        if indent != nil { out.append(0x0A) }
        pad(level + 1)
        item.write(to: &out, indent: indent, level: level + 1)
      }
      if indent != nil { out.append(0x0A) }
      pad(level)
      out.append(0x5D)
    case .object(let pairs):
      guard !pairs.isEmpty else { return out.append(contentsOf: "{}".utf8) }
      out.append(0x7B)
      for (i, (key, value)) in pairs.enumerated() {
        if i > 0 { out.append(0x2C) }
        if indent != nil { out.append(0x0A) }
        pad(level + 1)
        JSONString.append(key, to: &out)
        out.append(0x3A)
        if indent != nil { out.append(0x20) }
        value.write(to: &out, indent: indent, level: level + 1)
      }
      if indent != nil { out.append(0x0A) }
      pad(level)
      out.append(0x7D)
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
