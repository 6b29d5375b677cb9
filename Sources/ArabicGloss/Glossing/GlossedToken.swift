/// A token with everything argloss found about it.
public struct GlossedToken: Sendable {
  /// The source token (kind, exact text, byte range, indices).
  public var token: Token
  /// How well the token is known.
  public var status: GlossStatus
  /// The chosen analysis, if any.
  public var analysis: Analysis?
  /// Other analyses, best first.
  public var alternatives: [Analysis] = []
  /// For a repaired run-together word: the analyses of its parts, in order.
  public var parts: [Analysis] = []
  /// A readable English gloss ("and Saudi Arabia", "they fight").
  public var gloss: String
  /// The morpheme-by-morpheme Leipzig gloss (and-DEF-Saudi_Arabia).
  public var leipzig: String
  /// The romanization.
  public var translit: String
  /// Whether the romanization comes from a vocalized form (so it has short vowels).
  public var vocalized: Bool
  /// The named entity or multi-word term the token belongs to.
  public var entity: EntitySpan?
  /// For a partial word: the unknown stem after its clitics (the entry a lexicographer
  /// should add); for an unknown word, its lookup key.
  public var unknownStem: String?

  /// A glossed token.
  public init(
    token: Token, status: GlossStatus, gloss: String = "", leipzig: String = "",
    translit: String = "", vocalized: Bool = false
  ) {
    self.token = token
    self.status = status
    self.gloss = gloss
    self.leipzig = leipzig
    self.translit = translit
    self.vocalized = vocalized
  }

  /// The lemma (the lexicon's form of the stem), if known.
  public var lemma: String? { analysis?.entry.arabic ?? parts.first?.entry.arabic }

  /// The morphemes of the chosen analysis (or of all parts of a repaired word).
  public var morphemes: [Morpheme] {
    if let analysis { return analysis.morphemes }
    return parts.flatMap(\.morphemes)
  }
}
