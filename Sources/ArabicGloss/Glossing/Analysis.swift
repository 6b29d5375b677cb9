/// One reading of a word: its proclitics, the lexicon stem and its inflectional affixes,
/// with the features they give and a score for ranking.
public struct Analysis: Sendable, Hashable {
  /// Conjunctions, prepositions, the future particle and the article, in word order.
  public var proclitics: [Morpheme] = []
  /// Inflectional prefixes (the imperfect's ي، ت، ن، أ).
  public var prefixes: [Morpheme] = []
  /// The stem as it stands in the word.
  public var stem: String
  /// The lexicon entry of the stem.
  public var entry: LexiconEntry
  /// How the stem matched the entry.
  public var match: LexiconStore.StemKind
  /// Inflectional suffixes, in word order.
  public var suffixes: [Morpheme] = []
  /// A pronoun suffix (possessive or object).
  public var enclitic: Morpheme?
  /// The features the affixes give.
  public var features = WordFeatures()
  /// Higher is better; see `AnalysisRanker` for the order.
  public var score = 0

  /// An analysis of `stem` as `entry`.
  public init(stem: String, entry: LexiconEntry, match: LexiconStore.StemKind) {
    self.stem = stem
    self.entry = entry
    self.match = match
  }

  /// Every morpheme in word order, the stem glossed with the entry's primary sense.
  public var morphemes: [Morpheme] {
    var all = proclitics + prefixes
    all.append(Morpheme(text: stem, gloss: entry.primaryGloss, label: Leipzig.stemLabel(entry), role: .stem))
    all += suffixes
    if let enclitic { all.append(enclitic) }
    return all
  }

  /// How many affixes and clitics the reading needs.
  public var affixCount: Int {
    proclitics.count + prefixes.count + suffixes.count + (enclitic == nil ? 0 : 1)
  }
}
