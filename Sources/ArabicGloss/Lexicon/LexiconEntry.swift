/// One line of a lexicon: a word, name or term with its glosses and morphology.
public struct LexiconEntry: Sendable, Hashable {
  /// The Arabic form as written in the lexicon, vocalized where the lexicographer knew it.
  /// Multi-word entries separate their words with one space.
  public var arabic: String
  /// The part of speech.
  public var pos: PartOfSpeech
  /// English senses, the commonest news sense first.
  public var glosses: [String]
  /// The kind of name or term, if any.
  public var category: EntryCategory?
  /// Grammatical gender, for nouns and adjectives.
  public var gender: Gender?
  /// Broken (or irregular) plurals.
  public var plurals: [String] = []
  /// Inflections allowed beyond the part of speech's defaults.
  public var inflections: Set<InflectionFlag> = []
  /// For verbs: the imperfect 3rd person masculine singular (يُقاتِل).
  public var imperfect: String?
  /// For verbs: the derived form.
  public var form: VerbForm?
  /// Other spellings of the same word.
  public var variants: [String] = []
  /// A romanization that overrides the one computed from `arabic`.
  public var translit: String?
  /// For grammar morphemes: the Leipzig label (DEF, 3SG.F …).
  public var leipzig: String?
  /// For grammar morphemes: where they attach.
  public var role: MorphemeRole?
  /// Where the entry was read.
  public var source: Provenance
  /// Whether the entry comes from the installed fallback dictionary, not argloss's lexicons.
  public var isFallback = false
  /// Whether the entry comes from the user's BAMA lexicon (`--bama`), not argloss's lexicons.
  public var isBAMA = false
  /// The layer the entry was loaded in: 0 generated, 1 shipped curated, 2 and up the user's
  /// lexicons in the order given. Later layers rank higher.
  public var layer = 0

  /// An entry with the fields every entry has; the rest start empty.
  public init(
    arabic: String, pos: PartOfSpeech, glosses: [String], category: EntryCategory? = nil,
    source: Provenance
  ) {
    self.arabic = arabic
    self.pos = pos
    self.glosses = glosses
    self.category = category
    self.source = source
  }

  /// The first (commonest) sense.
  public var primaryGloss: String { glosses.first ?? "" }

  /// The entry's words (one for a single word).
  public var words: [Substring] { arabic.split(separator: " ") }

  /// Whether the entry spans several words (رابطة الدول المستقلة).
  public var isMultiword: Bool { arabic.utf8.contains(0x20) }

  /// Whether the entry is a named entity.
  public var isEntity: Bool { category?.isEntity ?? false }

  /// Whether the entry is a news term.
  public var isTerm: Bool { category?.isTerm ?? false }
}
