/// Inflections a lexicon entry allows beyond what its part of speech gives every word.
public enum InflectionFlag: String, Sendable, CaseIterable {
  /// A feminine in ة (كبير → كبيرة).
  case feminine = "f"
  /// The sound masculine plural ون / ين (مهندس → مهندسون).
  case masculinePlural = "mpl"
  /// The sound feminine plural ات on a word that does not end in ة (مطار → مطارات).
  case femininePlural = "fpl"
  /// A nisba adjective in ـيّ: feminine ـية, plurals ـيون/ـيين and ـيات.
  case nisba
  /// Verbs: the passive is common (اُعتُقِل).
  case passive
  /// A reading taken only from context: a name spelled like a common word (سكوت Scott /
  /// silence) ranks last and is read beside another name.
  case context
  /// The rarer of two words spelled alike (وَفِيّ "loyal" beside و + في "and in"): an ordinary
  /// entry that ranks a little below the commoner reading.
  case rare
  /// A pronoun suffix is the subject of the word's sense: يمكنه "he can", بإمكانهم "they can"
  /// (the Arabic says "it is possible for him").
  case subject = "subj"
  /// One of the "five nouns" (أب، أخ): writes its case vowel long before a pronoun,
  /// أبوه، أباه، أبيه "his father", أخيها "her brother".
  case caseVowel = "case"
  /// Verbs: the imperfect passive is common but not the perfect one, whose letters are a
  /// commoner form's (يُراد "is wanted"; أُريد is "I want").
  case imperfectPassive = "ipass"
}

/// Grammatical gender of a noun or adjective.
public enum Gender: String, Sendable, CaseIterable {
  case masculine = "m"
  case feminine = "f"
}

/// The derived form (measure) of a verb: I–X for triliteral roots, QI–QII for
/// quadriliteral ones.
public enum VerbForm: String, Sendable, CaseIterable {
  case I, II, III, IV, V, VI, VII, VIII, IX, X, QI, QII
}

/// Where a grammar morpheme attaches in a word.
public enum MorphemeRole: String, Sendable, CaseIterable {
  /// A conjunction or preposition written before the word (و، ف، ب، ل، ك، س).
  case proclitic
  /// The definite article ال.
  case article
  /// A pronoun written after the word (ه، ها، هم …).
  case enclitic
  /// An inflectional prefix (the imperfect's ي، ت، ن، أ).
  case prefix
  /// An inflectional suffix (ة، ات، ون، ين …).
  case suffix
  /// The word itself: a lexicon stem.
  case stem
}
