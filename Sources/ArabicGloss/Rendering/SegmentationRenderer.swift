/// Renders segmented text, one token per line, as JSON Lines or as aligned text.
public struct SegmentationRenderer: Sendable {
  /// The output formats of `argloss segment`.
  public enum Format: String, Sendable, CaseIterable {
    /// `sentence token kind start-end "text"`, one token a line.
    case text
    /// One JSON object a token: `sentence`, `token`, `kind`, `text`, `start`, `end`.
    case jsonl
  }

  /// The format this renderer writes.
  public let format: Format

  /// A renderer for `format`.
  public init(format: Format) { self.format = format }

  /// The lines for `sentences`, each ending in a line feed.
  public func render(_ sentences: [Sentence]) -> String {
    var out = ""
    for sentence in sentences {
      for token in sentence.tokens {
        out += line(for: token)
      }
    }
    return out
  }

  /// One token's line.
  public func line(for token: Token) -> String {
    switch format {
    case .jsonl:
      return "{\"sentence\":\(token.sentence),\"token\":\(token.index),"
        + "\"kind\":\"\(token.kind.rawValue)\",\"text\":\(JSONString.quoted(token.text)),"
        + "\"start\":\(token.range.lowerBound),\"end\":\(token.range.upperBound)}\n"
    case .text:
      let kind = token.kind.rawValue.padding(toLength: 11)
      let span = "\(token.range.lowerBound)-\(token.range.upperBound)".padding(toLength: 12)
      return "\(token.sentence)\t\(token.index)\t\(kind)\(span)\(JSONString.quoted(token.text))\n"
    }
  }
}

extension String {
  /// The string padded with spaces on the right to at least `length` characters.
  fileprivate func padding(toLength length: Int) -> String {
    count >= length ? self + " " : self + String(repeating: " ", count: length - count)
  }
}
