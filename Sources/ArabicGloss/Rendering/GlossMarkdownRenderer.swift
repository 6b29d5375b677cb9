/// A Markdown table per sentence: one row per word or entity, then the draft translation.
public struct GlossMarkdownRenderer: Sendable {
  /// Whether to add the draft translation.
  public var draft = true

  /// A renderer.
  public init() {}

  /// The Markdown for `sentences`.
  public func render(_ sentences: [GlossedSentence]) -> String {
    var out = ""
    for sentence in sentences {
      let units = InterlinearUnit.units(of: sentence)
      guard !units.isEmpty else { continue }
      out += "### Sentence \(sentence.index + 1)\n\n"
      out += "| | Arabic | romanization | morphemes | gloss |\n|---|---|---|---|---|\n"
      for unit in units {
        out += "| \(unit.marker) | \(escape(unit.arabic)) | \(escape(unit.translit)) | \(escape(unit.leipzig)) | \(escape(unit.gloss)) |\n"
      }
      out += draft ? "\n*\(DraftTranslation.label)* \(escape(DraftTranslation.of(units)))\n\n" : "\n"
    }
    return out
  }

  private func escape(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "|": out += "\\|"
      case "*", "_", "`", "[", "]", "<", ">": out += "\\" + String(c)
      default: out.append(c)
      }
    }
    return out
  }
}
