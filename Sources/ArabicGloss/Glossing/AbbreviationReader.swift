/// Latin abbreviations spelled out in Arabic letter names (آي إيه جي IAG, إس إس SS, إم
/// آي MI): two or more letter names in a row that no lexicon entry covers are read as one
/// abbreviation, glossed as its letters.
///
/// Several letter names are also common words once hamza is folded (آي and إي are أي "any",
/// إم is أم "or", إس أس "exponent"), so a run counts only when one of its words is surely a
/// letter: it reads as a letter name already (جي G, سي C, تي T …), or it is spelled exactly
/// as a letter name and not as the word it was read as (إس, not أس). Only words with nothing
/// but spaces between them (no line break, no punctuation) form a run.
enum AbbreviationReader {
  /// Runs of token indices (ascending, two or more each) to read as abbreviations. `words`
  /// are the indices of the glossed Arabic tokens not covered by a multi-word entry.
  static func runs(in tokens: [GlossedToken], words: [Int]) -> [[Int]] {
    var runs: [[Int]] = []
    var run: [Int] = []
    func close() {
      if run.count >= 2, run.contains(where: { isSurelyLetter(tokens[$0]) }) { runs.append(run) }
      run = []
    }
    for index in words {
      guard tokens[index].entity == nil, letterReading(of: tokens[index]) != nil else {
        close()
        continue
      }
      if let previous = run.last, !tokens[(previous + 1)..<index].areSpacesOnOneLine { close() }
      run.append(index)
    }
    close()
    return runs
  }

  /// The token's reading as the name of a Latin letter: its chosen analysis or an
  /// alternative, the one spelled exactly as the token first (آي I, not إي E).
  static func letterReading(of token: GlossedToken) -> Analysis? {
    let readings = ([token.analysis].compactMap { $0 } + token.alternatives).filter(isLetterName)
    return readings.first { $0.entry.arabic.skeleton == token.token.text.skeleton } ?? readings.first
  }

  private static func isSurelyLetter(_ token: GlossedToken) -> Bool {
    if isLetterName(token.analysis) { return true }
    guard let letter = letterReading(of: token), let chosen = token.analysis else { return false }
    let text = token.token.text.skeleton
    return letter.entry.arabic.skeleton == text && chosen.entry.arabic.skeleton != text
  }

  /// The abbreviation a run spells (آي إيه جي → IAG).
  static func letters(of run: [Int], in tokens: [GlossedToken]) -> String {
    run.compactMap { letterReading(of: tokens[$0])?.entry.primaryGloss }.joined()
  }

  /// A bare word whose entry is a letter's name.
  private static func isLetterName(_ analysis: Analysis?) -> Bool {
    guard let analysis, analysis.proclitics.isEmpty, analysis.prefixes.isEmpty, analysis.suffixes.isEmpty,
      analysis.enclitic == nil
    else { return false }
    return isLetterName(analysis.entry)
  }

  /// Whether an entry is the name of a Latin letter: a proper noun glossed as one capital.
  static func isLetterName(_ entry: LexiconEntry) -> Bool {
    let gloss = entry.primaryGloss.unicodeScalars
    return entry.pos == .properNoun && gloss.count == 1 && ("A"..."Z").contains(gloss.first!)
  }
}
