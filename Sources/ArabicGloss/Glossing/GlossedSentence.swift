/// A sentence of glossed tokens.
public struct GlossedSentence: Sendable {
  /// The sentence's index over the document.
  public var index: Int
  /// Its UTF-8 byte range.
  public var range: Range<Int>
  /// Its tokens, tiling the range.
  public var tokens: [GlossedToken]
  /// The entities and multi-word terms that start in this sentence.
  public var entities: [EntitySpan]
}
