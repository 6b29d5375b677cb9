/// A named entity or multi-word term over one or more tokens, glossed as one unit.
public struct EntitySpan: Sendable, Hashable {
  /// Counts spans from 0 over the document.
  public var id: Int
  /// The entry's category (`person`, `place`, `organization`, … or a term category such as
  /// `military` for multi-word terms).
  public var type: String
  /// The English name or term as one unit.
  public var english: String
  /// Index of the first token of the span.
  public var first: Int
  /// Index of the last token of the span.
  public var last: Int
  /// The lexicon entry.
  public var entry: LexiconEntry
}
