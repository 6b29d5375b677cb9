/// Orders a word's analyses, best first, and removes duplicates.
///
/// The order, documented in docs/morphology.md: (1) a multi-word entry over the word and its
/// neighbours wins before analyses are ranked at all (see `PhraseMatcher`); then by score:
/// (2) longer stems from the lexicon, i.e. a whole-word entry over clitic splits; (3) fewer
/// and commoner affixes (the article costs least, a 1st-person "my" most); (4) the lemma
/// over a variant or a broken plural; (5) user lexicons over shipped ones, curated over
/// generated; (6) grammar words over content words, common words over person names when
/// the letters are the same; (7) the fallback dictionary last. Ties keep lexicon order.
enum AnalysisRanker {
  /// The analyses sorted by score, stably, without repeats of the same reading.
  static func rank(_ analyses: [Analysis]) -> [Analysis] {
    var seen = Set<String>()
    var unique: [Analysis] = []
    for a in analyses {
      // The same entry and morphemes reached through another spelling reading (روسى/روسي)
      // is the same reading.
      let signature = a.morphemes.map { "\($0.role)/\($0.label)" }.joined(separator: "+")
        + "|" + a.entry.source.description + (a.features.passive ? "|PASS" : "")
      if seen.insert(signature).inserted { unique.append(a) }
    }
    return unique.enumerated().sorted { x, y in
      x.element.score != y.element.score ? x.element.score > y.element.score : x.offset < y.offset
    }.map(\.element)
  }
}
