import ArabicGloss

/// Small inline lexicons for unit tests.
enum TinyLexicon {
  /// Parses `text` as a lexicon file named `tiny.tsv`.
  static func parse(_ text: String) -> LexiconParser.Result {
    LexiconParser().parse(text, file: "tiny.tsv")
  }

  /// Entries of `text`, which must parse cleanly.
  static func entries(_ text: String) -> [LexiconEntry] {
    let result = parse(text)
    precondition(result.issues.isEmpty, "\(result.issues)")
    return result.entries
  }
}
