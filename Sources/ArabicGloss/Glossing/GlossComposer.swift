/// Builds the readable English gloss of an analysis: clitics as English words around the
/// stem's sense, inflected for number, person and tense (والسعودية → "and Saudi Arabia",
/// عسكريونا → "our soldiers", يقاتلون → "they fight").
enum GlossComposer {
  /// The readable gloss of `analysis`. A content word whose entry lists a second sense
  /// shows it in parentheses, inflected the same way ("the session (course)",
  /// "revealed (disclosed)"), so a reader sees the likely alternative. An `attributive`
  /// adjective (one agreeing with the noun before it) keeps its adjective form: الجنود
  /// الأمريكيون "the soldiers American", not "Americans". A `comparative` elative says
  /// "bigger", not "biggest": دور أكبر "a bigger role".
  static func readable(_ analysis: Analysis, secondSense: Bool = true, attributive: Bool = false, comparative: Bool = false) -> String {
    let entry = analysis.entry
    var words: [String] = []
    // The future and purpose particles are part of the verb phrase ("will fight", "to fight").
    // The interrogative أ makes the rest a question: أليست → "is not?", أهو → "he?".
    let question = analysis.proclitics.contains { $0.label == "Q" }
    // A conjunction before a conjunction is not said twice in English: ولكن → "but".
    let joinsConjunction = { (m: Morpheme) in entry.pos == .coordinatingConjunction && ["and", "so"].contains(m.label) }
    for m in analysis.proclitics where m.role == .proclitic && !["FUT", "to", "Q", "PROG"].contains(m.label) && !joinsConjunction(m) {
      words.append(firstSense(m.gloss))
    }
    let sense = { (gloss: String) in comparative ? EnglishInflector.comparative(gloss) : gloss }
    let phrase = { (gloss: String) in
      entry.pos == .verb ? verbPhrase(analysis, sense: gloss) : nominalPhrase(analysis, sense: sense(gloss), attributive: attributive)
    }
    var head = phrase(entry.primaryGloss)
    if let enclitic = analysis.enclitic, let reflexive = entry.glosses.first(where: { $0.contains("oneself") }) {
      // نفسه "himself", بنفسك "with yourself", وحدهم "by themselves".
      words.append(reflexive.replacingOccurrences(of: "oneself", with: Self.reflexive(enclitic)))
      return words.joined(separator: " ") + (question ? "?" : "")
    }
    if let enclitic = analysis.enclitic, entry.inflections.contains(.subject) {
      // The pronoun is the subject: يمكنه "he can", بإمكاننا "we can".
      words.append(subject(enclitic) + " " + entry.primaryGloss)
      return words.joined(separator: " ") + (question ? "?" : "")
    }
    if let enclitic = analysis.enclitic, entry.category == .grammar, entry.pos != .verb,
      let comparison = entry.glosses.first(where: { $0.hasSuffix(" than") })
    {
      // غير with a pronoun compares: غيره "other than him", وغيرها "and other than it".
      words.append(comparison + " " + object(enclitic))
      return words.joined(separator: " ") + (question ? "?" : "")
    }
    if let enclitic = analysis.enclitic, entry.pos == .determiner || (entry.pos == .numeral && entry.primaryGloss == "one") {
      // A quantifier with a pronoun: كلها "all of it", بعضهم "some of them", أحدهم "one of
      // them".
      let sense = entry.glosses.first(where: Self.quantifiersWithOf.contains) ?? entry.primaryGloss
      // "One of" takes a plural: أحدها "one of them" (ها stands for things).
      let pronoun = sense == "one" && enclitic.label.hasPrefix("3SG") ? "them"
        : enclitic.label == "3SG.M" ? "it" : object(enclitic)
      words.append(sense + " of " + pronoun)
      return words.joined(separator: " ") + (question ? "?" : "")
    }
    if secondSense, entry.glosses.count > 1, entry.role == nil, !entry.isFallback,
      entry.pos.isContentWord
    {
      let second = inflected(analysis, sense: sense(entry.glosses[1]), attributive: attributive)
      if second != inflected(analysis, sense: sense(entry.primaryGloss), attributive: attributive) { head += " (" + second + ")" }
    }
    words.append(head)
    return words.filter { !$0.isEmpty }.joined(separator: " ") + (question ? "?" : "")
  }

  /// A sense inflected like the word but without its pronouns and article.
  private static func inflected(_ a: Analysis, sense: String, attributive: Bool = false) -> String {
    var bare = a
    bare.enclitic = nil
    bare.features.definite = false
    bare.proclitics = bare.proclitics.filter { $0.label == "to" || $0.label == "FUT" }
    return a.entry.pos == .verb ? verbPhrase(bare, sense: sense) : nominalPhrase(bare, sense: sense, attributive: attributive)
  }

  private static func nominalPhrase(_ a: Analysis, sense: String, attributive: Bool = false) -> String {
    let entry = a.entry
    var base = sense
    if entry.role != nil { base = firstSense(base) }  // a preposition as the stem: له
    if a.features.derivedNisba {
      if entry.pos == .numeral { return (a.features.definite ? "the " : "") + EnglishInflector.plural(base) }
      // A place in -a makes its adjective in -an (Corsica → Corsican, Calabria → Calabrian).
      if entry.pos == .properNoun { return base.hasSuffix("a") ? base + "n" : "of " + base }
      let noun = a.match == .plural ? EnglishInflector.plural(base) : base
      return "of " + noun
    }
    let plural = a.features.number == .plural
    switch entry.pos {
    case .noun, .numeral:
      if a.features.number == .dual {
        // A numeral stays singular after "two": ألفين "two thousand".
        base = "two " + (entry.pos == .numeral ? base : EnglishInflector.plural(base))
      } else if plural {
        base = EnglishInflector.plural(base)
      }
    case .adjective where plural && !attributive && Self.namesPeopleInPlural(base)
      && (entry.category == .nationality || (entry.inflections.contains(.nisba) && a.match == .plural)):
      // A nationality in the plural, or a nisba's broken plural, names the people: الروس
      // "Russians", الأمريكيون "Americans", الصهاينة "Zionists"; by its noun sense where the
      // entry lists one (أجانب "foreigners").
      base = EnglishInflector.plural(entry.glosses.first { $0.hasSuffix("er") } ?? base)
    case .adjective where a.features.adverbial && !attributive && entry.inflections.contains(.nisba) && a.enclitic == nil:
      // A nisba with the adverbial ـًا is an adverb: سياسياً "politically", رسمياً "officially".
      base = EnglishInflector.adverb(base)
    default: break
    }
    if let enclitic = a.enclitic {
      // A broken plural adjective with a pronoun is a noun: صغارها "its small ones".
      if entry.pos == .adjective && a.match == .plural {
        return possessive(enclitic) + " " + base + " ones"
      }
      // An elative with a pronoun: أكبرها "the biggest of them".
      if entry.pos == .adjective && a.suffixes.isEmpty {
        return "the " + base + " of " + object(enclitic)
      }
      if entry.pos.isNominal {
        // ها is "its" (a country, an organization), but a woman's kin are hers: زوجها "her
        // husband".
        let head = base.split(separator: " ").last.map { String($0).lowercased() } ?? ""
        if enclitic.label == "3SG.F" && Self.kinship.contains(head) { return "her " + base }
        return possessive(enclitic) + " " + base
      }
      // إنّ، أنّ، لأنّ، لكنّ take their clause's subject: أنه "that he", لكنهم "but they".
      if [.particle, .subordinatingConjunction, .coordinatingConjunction].contains(entry.pos) {
        return base + " " + subject(enclitic)
      }
      return base + " " + object(enclitic)
    }
    if a.features.definite && entry.pos == .noun && !entry.arabic.hasPrefix("ال")
      && !EnglishInflector.isMassNoun(base)
    {
      return "the " + base
    }
    return base
  }

  /// Prepositions that end a prepositional verb: its object follows them (call for him).
  private static let prepositions: Set<String> = [
    "for", "at", "to", "with", "about", "into", "from", "of", "on", "in", "against", "upon", "over", "after",
  ]

  private static func verbPhrase(_ a: Analysis, sense: String) -> String {
    // A phrasal verb takes its object inside: تخذلني "lets me down", أسعدني "made me happy".
    let words = sense.split(separator: " ")
    if let enclitic = a.enclitic, words.count >= 2, words.count <= 3, let last = words.last,
      !prepositions.contains(String(last)), a.features.aspect != .imperative
    {
      var bare = a
      bare.enclitic = nil
      return verbPhrase(bare, sense: String(words[0])) + " " + object(enclitic) + " " + words.dropFirst().joined(separator: " ")
    }
    let f = a.features
    let base = sense
    let plural = f.number != .singular
    let person = f.person ?? 3
    let pronoun = subjectPronoun(person: person, plural: plural, feminine: f.feminine)
    var phrase: String
    let purpose = a.proclitics.contains { $0.label == "to" }
    if f.aspect == .imperative {
      return base + (a.enclitic.map { " " + object($0) } ?? "") + "!"
    } else if f.passive {
      let participle = EnglishInflector.participle(base)
      let be = f.afterAuxiliary ? (f.aspect == .perfect ? "been" : "be")
        : f.aspect == .perfect ? EnglishInflector.past("be", plural: plural, person: person)
        : (person == 3 && !plural ? "is" : EnglishInflector.plainPresent("be", person: person, plural: plural))
      phrase = (f.future ? "will be" : purpose ? "to be" : be) + " " + participle
      if person != 3 || plural { phrase = pronoun + " " + phrase }
    } else if purpose {
      phrase = "to " + base
    } else if f.future {
      phrase = "will " + base
      if person != 3 || plural { phrase = pronoun + " " + phrase }
    } else if f.aspect == .perfect || f.aspect == nil {
      // A verbal idiom has no aspect of its own: the lexicons list it in the perfect (ألقى
      // القبض "arrested").
      phrase = f.afterAuxiliary ? EnglishInflector.participle(base) : EnglishInflector.past(base, plural: plural, person: person)
      if person != 3 || plural { phrase = pronoun + " " + phrase }
    } else if f.afterAuxiliary {
      phrase = person == 3 && !plural ? base : pronoun + " " + base
    } else if person == 3 && !plural {
      phrase = EnglishInflector.thirdSingular(base)
    } else {
      phrase = pronoun + " " + EnglishInflector.plainPresent(base, person: person, plural: plural)
    }
    if let enclitic = a.enclitic {
      phrase += " " + object(enclitic)
    }
    return phrase
  }

  private static func subjectPronoun(person: Int, plural: Bool, feminine: Bool) -> String {
    switch (person, plural) {
    case (1, false): "I"
    case (1, true): "we"
    case (2, _): "you"
    case (3, true): "they"
    default: feminine ? "she" : "he"
    }
  }

  /// Whether a noun names a relative or companion (أم "mother", صديق "friend") in one of its
  /// senses: its owner is a person, and "my" is a common owner (أمي "my mother").
  static func namesRelative(_ entry: LexiconEntry) -> Bool {
    entry.pos == .noun && entry.glosses.contains { kinship.contains(String($0.split(separator: " ").last ?? "").lowercased()) }
  }

  /// English nouns for relatives and companions, whose owner is a person (her husband).
  private static let kinship: Set<String> = [
    "husband", "husbands", "wife", "wives", "father", "fathers", "mother", "mothers", "son", "sons",
    "daughter", "daughters", "brother", "brothers", "sister", "sisters", "child", "children",
    "friend", "friends", "uncle", "uncles", "aunt", "aunts", "grandfather", "grandmother",
    "grandson", "granddaughter", "fiancé", "fiancée", "boyfriend", "girlfriend", "parent", "parents",
    "baby", "family", "spouse", "partner", "colleague", "colleagues",
  ]

  /// Quantifier senses that read with "of" before a pronoun ("all of them").
  private static let quantifiersWithOf: Set<String> = [
    "all", "some", "most", "both", "each", "several", "many", "few", "one",
  ]

  /// The English subject pronoun of a pronoun suffix, by its label (ها is "it", as its
  /// possessive is "its").
  private static func subject(_ enclitic: Morpheme) -> String {
    switch enclitic.label {
    case "3SG.M": "he"
    case "3SG.F": "it"
    case "1SG": "I"
    case "1PL": "we"
    case let label where label.hasPrefix("2"): "you"
    default: "they"
    }
  }

  /// The English reflexive of a pronoun suffix, by its person, number and gender label.
  private static func reflexive(_ enclitic: Morpheme) -> String {
    switch enclitic.label {
    case "3SG.M": "himself"
    case "3SG.F": "itself"
    case "2SG": "yourself"
    case "1SG": "myself"
    case "1PL": "ourselves"
    case let label where label.hasPrefix("2"): "yourselves"
    default: "themselves"
    }
  }

  /// A pronoun suffix's possessive sense (its; it → "its").
  private static func possessive(_ enclitic: Morpheme) -> String {
    enclitic.gloss.split(separator: ";").first.map { $0.trimmingSpaces } ?? ""
  }

  /// A pronoun suffix's object sense (its; it → "it"), or its only sense.
  private static func object(_ enclitic: Morpheme) -> String {
    let senses = enclitic.gloss.split(separator: ";").map { $0.trimmingSpaces }
    return senses.count > 1 ? senses[1] : senses.first ?? ""
  }

  /// Whether a nationality's English adjective is also its plural noun with -s (Russian,
  /// Arab, Iraqi); not those in -ish, -ese, -ch, -ss, -ic or -x (the Turkish, the Chinese,
  /// the Swiss, the Slavic, the Orthodox).
  private static func namesPeopleInPlural(_ adjective: String) -> Bool {
    !["ish", "ese", "ch", "ss", "ic", "x"].contains { adjective.hasSuffix($0) } && !adjective.contains(" ")
  }

  /// The first sense of a `;`-separated gloss.
  static func firstSense(_ gloss: String) -> String {
    gloss.split(separator: ";").first.map { $0.trimmingSpaces } ?? gloss
  }
}
