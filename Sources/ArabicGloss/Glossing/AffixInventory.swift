/// The clitics and inflectional affixes the analyzer tries, in normalized spelling, with
/// their glosses taken from the grammar lexicon (`role` entries) where it has them.
///
/// The combinations and their constraints are grammar, so they live here in code; what each
/// morpheme means lives in the lexicon, where lexicographers can edit it.
struct AffixInventory: Sendable {
  /// A proclitic sequence stripped from the front of a word.
  struct ProcliticSplit: Sendable {
    var morphemes: [Morpheme]
    /// What is left of the word.
    var rest: Substring
    var conjunction = false
    /// ب، ل، ك as prepositions.
    var preposition = false
    var future = false
    /// ل before an imperfect verb ("to", "in order to").
    var purposeLam = false
    var article = false
  }

  /// A nominal suffix with what it requires of the stem.
  struct NominalSuffix: Sendable {
    var surface: String
    /// Its form before an enclitic pronoun (ة → ت, ون → و …), nil if it cannot take one.
    var beforeEnclitic: String?
    var label: String
    var number: WordFeatures.Number
    var feminine: Bool
    var kind: Kind
    /// A dual that dropped its ن before the noun it governs (طرفي النزاع، شركتا الاتصالات);
    /// the nominative's bare ا (طرفا) is left unread, since loanwords end so (جغرافيا), and
    /// is read only after the ت of a noun in ة.
    var dualConstruct = false
    enum Kind: Sendable {
      case feminine, femininePlural, masculinePlural, dual, feminineDual, construct, adverbial
      /// The long case vowel of أب، أخ before a pronoun (أبوه، أخاه، أبيه).
      case caseVowel
    }
  }

  /// A verb ending, with the person, number and gender it marks.
  struct VerbSuffix: Sendable {
    var surface: String
    var beforeEnclitic: String?
    var label: String
    var person: Int
    var number: WordFeatures.Number
    var feminine: Bool
  }

  let conjunctions: [Morpheme]
  let prepositions: [Morpheme]
  let future: Morpheme
  /// The interrogative أ (أليس "is it not", أهو "is it he").
  let interrogative: Morpheme
  /// The colloquial ب of the imperfect (بيقول "says").
  let progressive: Morpheme
  let purposeLam: Morpheme
  /// ل of emphasis before a perfect (لكان "would have been", لقلت "I would have said").
  let emphaticLam: Morpheme
  let article: Morpheme
  let enclitics: [Morpheme]
  let nominalSuffixes: [NominalSuffix]
  let perfectSuffixes: [VerbSuffix]
  let imperfectPrefixes: [(letter: Character, person: Int, feminine: Bool, morpheme: Morpheme)]
  let imperfectSuffixes: [VerbSuffix]

  init(store: LexiconStore) {
    func morpheme(_ role: MorphemeRole, _ text: String, _ gloss: String, _ label: String, pos: PartOfSpeech? = nil) -> Morpheme {
      let entries = store.morphemes(role, key: text).filter { pos == nil || $0.pos == pos }
      let entry = entries.first { $0.leipzig == label } ?? entries.first
      return Morpheme(text: text, gloss: entry?.glosses.joined(separator: "; ") ?? gloss, label: entry?.leipzig ?? label, role: role)
    }
    conjunctions = [morpheme(.proclitic, "و", "and", "and"), morpheme(.proclitic, "ف", "so", "so")]
    prepositions = [
      morpheme(.proclitic, "ب", "with", "with"), morpheme(.proclitic, "ل", "for", "for", pos: .adposition),
      morpheme(.proclitic, "ك", "like", "like"),
    ]
    future = morpheme(.proclitic, "س", "will", "FUT")
    interrogative = morpheme(.proclitic, "ا", "is it that", "Q")
    progressive = Morpheme(text: "ب", gloss: "", label: "PROG", role: .proclitic)
    purposeLam = Morpheme(text: "ل", gloss: "to", label: "to", role: .proclitic)
    emphaticLam = morpheme(.proclitic, "ل", "indeed", "EMPH", pos: .particle)
    article = morpheme(.article, "ال", "the", "DEF")
    enclitics = ["هما", "هم", "هن", "ها", "ه", "كما", "كم", "كن", "ك", "ني", "نا", "ي"].map {
      morpheme(.enclitic, $0, "", "")
    }
    func suffixLabel(_ text: String, _ label: String) -> String {
      store.morphemes(.suffix, key: text).first?.leipzig ?? label
    }
    nominalSuffixes = [
      NominalSuffix(surface: "ة", beforeEnclitic: "ت", label: suffixLabel("ة", "F"), number: .singular, feminine: true, kind: .feminine),
      NominalSuffix(surface: "ات", beforeEnclitic: "ات", label: suffixLabel("ات", "F.PL"), number: .plural, feminine: true, kind: .femininePlural),
      NominalSuffix(surface: "ون", beforeEnclitic: nil, label: "M.PL", number: .plural, feminine: false, kind: .masculinePlural),
      NominalSuffix(surface: "ين", beforeEnclitic: nil, label: "M.PL", number: .plural, feminine: false, kind: .masculinePlural),
      NominalSuffix(surface: "و", beforeEnclitic: "و", label: "M.PL.CSTR", number: .plural, feminine: false, kind: .construct),
      NominalSuffix(surface: "ي", beforeEnclitic: "ي", label: "M.PL.CSTR", number: .plural, feminine: false, kind: .construct),
      NominalSuffix(surface: "ان", beforeEnclitic: "ا", label: "DU", number: .dual, feminine: false, kind: .dual),
      NominalSuffix(surface: "ين", beforeEnclitic: "ي", label: "DU", number: .dual, feminine: false, kind: .dual),
      NominalSuffix(surface: "تان", beforeEnclitic: "تا", label: "F.DU", number: .dual, feminine: true, kind: .feminineDual),
      NominalSuffix(surface: "تين", beforeEnclitic: "تي", label: "F.DU", number: .dual, feminine: true, kind: .feminineDual),
      NominalSuffix(
        surface: "ي", beforeEnclitic: nil, label: "DU.CSTR", number: .dual, feminine: false, kind: .dual, dualConstruct: true),
      NominalSuffix(
        surface: "تي", beforeEnclitic: nil, label: "F.DU.CSTR", number: .dual, feminine: true, kind: .feminineDual,
        dualConstruct: true),
      NominalSuffix(
        surface: "تا", beforeEnclitic: nil, label: "F.DU.CSTR", number: .dual, feminine: true, kind: .feminineDual,
        dualConstruct: true),
      NominalSuffix(surface: "ا", beforeEnclitic: nil, label: "ADV", number: .singular, feminine: false, kind: .adverbial),
      NominalSuffix(surface: "و", beforeEnclitic: "و", label: "NOM", number: .singular, feminine: false, kind: .caseVowel),
      NominalSuffix(surface: "ا", beforeEnclitic: "ا", label: "ACC", number: .singular, feminine: false, kind: .caseVowel),
      NominalSuffix(surface: "ي", beforeEnclitic: "ي", label: "GEN", number: .singular, feminine: false, kind: .caseVowel),
    ]
    perfectSuffixes = [
      VerbSuffix(surface: "ت", beforeEnclitic: "ت", label: "3SG.F", person: 3, number: .singular, feminine: true),
      VerbSuffix(surface: "وا", beforeEnclitic: "و", label: "3PL.M", person: 3, number: .plural, feminine: false),
      VerbSuffix(surface: "ا", beforeEnclitic: "ا", label: "3DU.M", person: 3, number: .dual, feminine: false),
      VerbSuffix(surface: "تا", beforeEnclitic: "تا", label: "3DU.F", person: 3, number: .dual, feminine: true),
      VerbSuffix(surface: "ن", beforeEnclitic: "ن", label: "3PL.F", person: 3, number: .plural, feminine: true),
      VerbSuffix(surface: "نا", beforeEnclitic: "نا", label: "1PL", person: 1, number: .plural, feminine: false),
      VerbSuffix(surface: "تم", beforeEnclitic: "تمو", label: "2PL.M", person: 2, number: .plural, feminine: false),
    ]
    imperfectPrefixes = [
      ("ي", 3, false, morpheme(.prefix, "ي", "he", "3")),
      ("ت", 3, true, morpheme(.prefix, "ت", "she", "3")),
      ("ن", 1, false, morpheme(.prefix, "ن", "we", "1")),
      ("ا", 1, false, morpheme(.prefix, "ا", "I", "1")),
    ]
    imperfectSuffixes = [
      VerbSuffix(surface: "ون", beforeEnclitic: "ون", label: "PL.M", person: 3, number: .plural, feminine: false),
      VerbSuffix(surface: "وا", beforeEnclitic: "و", label: "PL.M.SBJV", person: 3, number: .plural, feminine: false),
      VerbSuffix(surface: "ان", beforeEnclitic: "ان", label: "DU", person: 3, number: .dual, feminine: false),
      VerbSuffix(surface: "ا", beforeEnclitic: "ا", label: "DU.SBJV", person: 3, number: .dual, feminine: false),
      VerbSuffix(surface: "ن", beforeEnclitic: "ن", label: "PL.F", person: 3, number: .plural, feminine: true),
      VerbSuffix(surface: "ين", beforeEnclitic: "ين", label: "2SG.F", person: 2, number: .singular, feminine: true),
      // The subjunctive and jussive drop ن: لن تستطيعي، لم تختاري.
      VerbSuffix(surface: "ي", beforeEnclitic: "ي", label: "2SG.F.SBJV", person: 2, number: .singular, feminine: true),
    ]
  }

  /// Every way to strip proclitics from `word`, the bare word first.
  func procliticSplits(of word: String) -> [ProcliticSplit] {
    var splits: [ProcliticSplit] = [ProcliticSplit(morphemes: [], rest: word[...])]
    // Conjunction (و، ف) first.
    var afterConjunction: [ProcliticSplit] = splits
    for c in conjunctions where word.hasPrefix(c.text) && word.count > 2 {
      afterConjunction.append(
        ProcliticSplit(morphemes: [c], rest: word.dropFirst(c.text.count), conjunction: true))
    }
    splits = afterConjunction
    // Then a preposition, the future particle or purpose ل, then the article.
    for base in afterConjunction {
      let rest = base.rest
      for p in prepositions where rest.hasPrefix(p.text) && rest.count > 2 {
        var s = base
        s.morphemes.append(p)
        s.rest = rest.dropFirst(p.text.count)
        s.preposition = true
        splits.append(s)
        // li- + al- is written لل (للإرهاب), dropping the article's alef.
        if p.text == "ل", s.rest.hasPrefix("ل"), s.rest.count >= 2 {
          if s.rest.count > 2 {
            var a = s
            a.morphemes.append(Morpheme(text: "ل", gloss: article.gloss, label: article.label, role: .article))
            a.rest = s.rest.dropFirst()
            a.article = true
            splits.append(a)
          }
          // Before a stem in ل the article's ل merges with it: لِلَّجْنَة (for the
          // committee), لله (for God, الله).
          var merged = s
          merged.morphemes.append(Morpheme(text: "", gloss: article.gloss, label: article.label, role: .article))
          merged.article = true
          splits.append(merged)
        }
      }
      if rest.hasPrefix("س") && rest.count > 3 {
        var s = base
        s.morphemes.append(future)
        s.rest = rest.dropFirst()
        s.future = true
        splits.append(s)
      }
      if rest.hasPrefix("ل") && rest.count > 3 {
        var s = base
        s.morphemes.append(purposeLam)
        s.rest = rest.dropFirst()
        s.purposeLam = true
        splits.append(s)
      }
    }
    for base in splits where !base.article && !base.future && !base.purposeLam {
      if base.rest.hasPrefix("ال") && base.rest.count > 3 {
        var s = base
        s.morphemes.append(article)
        s.rest = base.rest.dropFirst(2)
        s.article = true
        splits.append(s)
      }
    }
    return splits
  }
}
