/// A romanization scheme: ICU transform rules plus the few facts argloss needs around them,
/// read from `#!` lines in the rule file (see `transliteration/README.md`).
public struct TransliterationScheme: Sendable, Equatable {
  /// How the scheme treats names.
  public enum Names: String, Sendable {
    /// Romanize names like other words, capitalized.
    case capitalize
    /// Write a known name as English writes it (its exonym from the lexicon).
    case exonym
    /// Leave case alone (lossless schemes).
    case none
  }

  /// The scheme's name (`ala-lc`, `buckwalter`, …).
  public var name: String
  /// The ICU transform rules.
  public var rules: String
  /// Romanizations of the proclitics, keyed by their letter (و → wa-).
  public var clitics: [String: String] = [:]
  /// The article (al-), and the article after li- (lil-).
  public var article = "al-"
  public var articleAfterLi = "lil-"
  /// Whether the scheme romanizes the letters as written (lossless schemes), rather than the
  /// lexicon's vocalized form with clitic hyphens.
  public var surfaceOnly = false
  /// How names are written.
  public var names: Names = .capitalize
  /// Whether the rules run backwards too (`--reverse`).
  public var reversible = false
  /// Whether a word read from its letters alone (no vocalized form from the lexicon) reaches
  /// the rules behind U+E000, so that they can romanize it as a foreign name.
  public var marksLetterReadings = false

  /// A scheme from the text of its rule file.
  public init(name: String, ruleFile text: String) {
    self.name = name
    rules = text
    for line in text.split(separator: "\n") where line.hasPrefix("#!") {
      let parts = line.dropFirst(2).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
      guard let key = parts.first else { continue }
      let value = parts.dropFirst()
      switch key {
      case "clitic" where value.count == 2: clitics[value[value.startIndex]] = value[value.startIndex + 1]
      case "article": article = value.first ?? ""
      case "article-after-li": articleAfterLi = value.first ?? ""
      case "mode": surfaceOnly = value.first == "surface"
      case "names": names = value.first.flatMap(Names.init(rawValue:)) ?? .capitalize
      case "reversible": reversible = value.first == "yes"
      case "mark-letter-readings": marksLetterReadings = value.first == "yes"
      default: break
      }
    }
  }
}
