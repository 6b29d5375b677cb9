/// The grammatical features an analysis gives a word.
public struct WordFeatures: Sendable, Hashable {
  /// Grammatical number.
  public enum Number: String, Sendable {
    case singular, dual, plural
  }

  /// Aspect of a verb.
  public enum Aspect: String, Sendable {
    /// The perfect: completed action, usually past ("disclosed").
    case perfect
    /// The imperfect: ongoing or habitual action, usually present ("fights").
    case imperfect
    /// The imperative: a command to the second person ("look!").
    case imperative
  }

  /// Whether the word carries the article ال.
  public var definite = false
  /// The word's number (from a plural entry, a suffix or a verb ending).
  public var number: Number = .singular
  /// Feminine form (ة, a feminine verb ending).
  public var feminine = false
  /// For verbs: person 1, 2 or 3.
  public var person: Int?
  /// For verbs: perfect or imperfect.
  public var aspect: Aspect?
  /// The future particle س.
  public var future = false
  /// A construct form that drops its ن (مواطنو روسيا, عسكريونا).
  public var construct = false
  /// The adverbial accusative in ـًا (مؤكداً, زمنياً).
  public var adverbial = false
  /// An alternative with the passive voice (marked in the lexicon).
  public var passive = false
  /// A shortened imperfect, the jussive (after لم, or لا forbidding): يبق، يكن، تنس.
  public var jussive = false
  /// A verb after a particle English renders as an auxiliary (لم "did not", لن "will not",
  /// قد "may" or "has"), so its English is the bare infinitive ("come", not "comes") or, for a
  /// perfect, the past participle ("written").
  public var afterAuxiliary = false
  /// A relational adjective made from a noun with ـيّ where the lexicon has no entry for it
  /// (معلوماتي → "of information").
  public var derivedNisba = false

  /// No features: a bare singular word.
  public init() {}
}
