import ArabicGloss

/// The repository's own lexicons and romanization rules, loaded once for the tests that
/// pin real glosses.
enum ShippedLexicons {
  /// The shipped store (generated and curated layers).
  static let store: LexiconStore = {
    do {
      return try LexiconLoader().load(directory: RepositoryFiles.root.appendingPathComponent("lexicons").path)
    } catch {
      fatalError("shipped lexicons do not load: \(error)")
    }
  }()

  /// The ALA-LC rules.
  static var rules: String {
    (try? String(contentsOf: RepositoryFiles.root.appendingPathComponent("transliteration/ala-lc.txt"), encoding: .utf8)) ?? ""
  }

  /// A fresh engine over the shipped lexicons, without the fallback dictionary.
  static func glosser() throws -> Glosser {
    try Glosser(store: store, romanizer: Romanizer(rules: rules))
  }
}
