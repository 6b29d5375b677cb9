/// A sentence of a document and its tokens.
public struct Sentence: Sendable, Equatable {
  /// The sentence's index, counted from 0 over the document.
  public var index: Int
  /// The sentence's UTF-8 byte range in the document.
  public var range: Range<Int>
  /// The sentence's tokens in order; they tile `range`.
  public var tokens: [Token]

  /// A sentence with all its fields.
  public init(index: Int, range: Range<Int>, tokens: [Token]) {
    self.index = index
    self.range = range
    self.tokens = tokens
  }
}
