/// One token of a document: its kind, its exact source text and where it stands.
///
/// Tokens tile their document: concatenating their `text` in order rebuilds the input byte
/// for byte.
public struct Token: Sendable, Equatable {
  /// What the token is.
  public var kind: TokenKind
  /// The token's exact source text, never altered.
  public var text: String
  /// The token's UTF-8 byte range in the document.
  public var range: Range<Int>
  /// The index of the sentence holding the token, counted from 0 over the document.
  public var sentence: Int
  /// The token's index, counted from 0 over the document.
  public var index: Int

  /// A token with all its fields.
  public init(kind: TokenKind, text: String, range: Range<Int>, sentence: Int, index: Int) {
    self.kind = kind
    self.text = text
    self.range = range
    self.sentence = sentence
    self.index = index
  }
}
