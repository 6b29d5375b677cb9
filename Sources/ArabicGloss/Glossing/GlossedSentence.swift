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

extension GlossedSentence {
  /// Renumbers the sentence's entities to count from `first`, keeping their order: glossing
  /// split over several engines numbers each engine's spans apart, and this restores the
  /// document-wide numbering one engine would give. Returns the next free number.
  @discardableResult
  public mutating func renumberEntities(from first: Int) -> Int {
    guard let lowest = entities.map(\.id).min() else { return first }
    let shift = first - lowest
    for i in entities.indices { entities[i].id += shift }
    for i in tokens.indices { tokens[i].entity?.id += shift }
    return first + entities.count
  }
}
