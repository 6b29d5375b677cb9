/// A lexicon entry's part of speech: the Universal Dependencies tags, plus `AFX` for
/// inflectional affixes in the grammar lexicon.
public enum PartOfSpeech: String, Sendable, CaseIterable {
  case noun = "NOUN"
  case properNoun = "PROPN"
  case adjective = "ADJ"
  case verb = "VERB"
  case adverb = "ADV"
  case adposition = "ADP"
  case coordinatingConjunction = "CCONJ"
  case subordinatingConjunction = "SCONJ"
  case particle = "PART"
  case pronoun = "PRON"
  case determiner = "DET"
  case numeral = "NUM"
  case interjection = "INTJ"
  case affix = "AFX"

  /// Whether words of this class carry meaning of their own (the content words a reader
  /// needs glossed): nouns, proper nouns, adjectives, verbs, adverbs and numerals.
  public var isContentWord: Bool {
    switch self {
    case .noun, .properNoun, .adjective, .verb, .adverb, .numeral: true
    default: false
    }
  }

  /// Whether words of this class inflect like nouns (case endings, ة, plurals, dual).
  public var isNominal: Bool {
    switch self {
    case .noun, .properNoun, .adjective, .numeral: true
    default: false
    }
  }
}
