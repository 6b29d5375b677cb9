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

  /// A shipped romanization scheme (`ala-lc`, `simple`, …).
  static func scheme(_ name: String) -> TransliterationScheme {
    let text = (try? String(contentsOf: RepositoryFiles.root.appendingPathComponent("transliteration/\(name).txt"), encoding: .utf8)) ?? ""
    return TransliterationScheme(name: name, ruleFile: text)
  }

  /// A fresh engine over the shipped lexicons, without the fallback dictionary.
  static func glosser(scheme: String = "ala-lc") throws -> Glosser {
    try Glosser(store: store, romanizer: Romanizer(scheme: Self.scheme(scheme)))
  }
}
