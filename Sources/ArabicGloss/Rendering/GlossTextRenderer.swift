/// A plain readable rendering of glossed text: per sentence, one line per word with its
/// romanization, morpheme gloss and readable gloss; entities are marked with their type.
public struct GlossTextRenderer: Sendable {
  /// A renderer.
  public init() {}

  /// The text for `sentences`.
  public func render(_ sentences: [GlossedSentence]) -> String {
    var out = ""
    for sentence in sentences {
      out += "# sentence \(sentence.index)\n"
      for t in sentence.tokens where t.token.kind != .whitespace {
        let marker: String
        switch t.status {
        case .known: marker = t.entity != nil ? "*" : " "
        case .repaired: marker = "+"
        case .fallback: marker = "~"
        case .partial, .unknown: marker = "?"
        }
        var line = "\(marker) \(t.token.text)\t\(t.translit)\t\(t.leipzig)\t\(t.gloss)"
        if let e = t.entity, e.first == t.token.index { line += "\t[\(e.type): \(e.english)]" }
        out += line + "\n"
      }
      out += "\n"
    }
    return out
  }
}
