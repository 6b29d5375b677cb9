/// A token a line with the main fields, tab-separated, for spreadsheets.
public struct GlossTSVRenderer: Sendable {
  /// The header line's columns.
  public static let columns = ["sentence", "token", "kind", "text", "translit", "leipzig", "gloss",
    "lemma", "pos", "status", "entity", "entity_type", "source"]

  /// A renderer.
  public init() {}

  /// The header line.
  public var header: String { Self.columns.joined(separator: "\t") + "\n" }

  /// The lines of `sentences` (without the header); whitespace tokens are left out.
  public func render(_ sentences: [GlossedSentence]) -> String {
    var out = ""
    for sentence in sentences {
      for t in sentence.tokens where t.token.kind != .whitespace {
        let fields = [
          String(t.token.sentence), String(t.token.index), t.token.kind.rawValue, t.token.text,
          t.translit, t.leipzig, t.gloss, t.lemma ?? "", t.analysis.map { $0.entry.pos.rawValue } ?? "",
          t.status.rawValue, t.entity?.english ?? "", t.entity?.type ?? "",
          t.analysis?.entry.source.description ?? t.parts.map(\.entry.source.description).joined(separator: " "),
        ]
        out += fields.map(Self.clean).joined(separator: "\t") + "\n"
      }
    }
    return out
  }

  /// A field without tabs or line breaks.
  static func clean(_ s: String) -> String {
    String(s.map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }
}
