/// Labels of the morpheme-by-morpheme gloss, following the Leipzig Glossing Rules:
/// morphemes joined by `-`, grammatical categories in capitals, lexical meanings in English
/// with spaces written as `_`.
public enum Leipzig {
  /// The abbreviations argloss uses, with their meanings (for `--legend` and the docs).
  public static let legend: [(label: String, meaning: String)] = [
    ("1, 2, 3", "first, second, third person"), ("SG", "singular"), ("DU", "dual"),
    ("PL", "plural"), ("M", "masculine"), ("F", "feminine"), ("DEF", "definite article ال"),
    ("FUT", "future (س)"), ("PROG", "colloquial ب of the imperfect"), ("PFV", "perfect (completed action)"),
    ("IPFV", "imperfect (ongoing or habitual action)"), ("PASS", "passive"),
    ("JUSS", "jussive: the shortened imperfect after لم or a forbidding لا"),
    ("NSB", "nisba: relational adjective in ـيّ"), ("ADV", "adverbial accusative in ـًا"),
    ("CSTR", "construct form (ن dropped before a following noun or pronoun)"),
    ("Q", "interrogative"), ("EMPH", "emphatic particle"), ("NEG", "negation"),
    ("DEM", "demonstrative"), ("REL", "relative pronoun"),
    ("NOM, ACC, GEN", "nominative, accusative, genitive: the long case vowel of أب، أخ before a pronoun"),
  ]

  /// The label of a lexicon stem: its primary English sense with `_` for spaces.
  public static func stemLabel(_ entry: LexiconEntry) -> String {
    if let leipzig = entry.leipzig, entry.role != nil { return leipzig }
    return word(entry.primaryGloss)
  }

  /// An English phrase as one Leipzig word (`Saudi Arabia` → `Saudi_Arabia`).
  public static func word(_ phrase: String) -> String {
    var out = ""
    let characters = Array(phrase)
    for (i, c) in characters.enumerated() {
      // A point or comma inside a number stays (7.5 is not 75).
      let inNumber = i > 0 && i + 1 < characters.count && characters[i - 1].isNumber && characters[i + 1].isNumber
      if c == " " || c == "-" { out.append("_") } else if inNumber || (c != "." && c != ",") { out.append(c) }
    }
    return out
  }

  /// The whole word's gloss: morpheme labels joined by `-`; features without a morpheme
  /// of their own (PFV, IPFV, 3SG.M of the bare perfect) attach to the stem with `.`.
  public static func gloss(of analysis: Analysis) -> String {
    var parts: [String] = []
    for m in analysis.proclitics + analysis.prefixes { parts.append(m.label) }
    var stem = stemLabel(analysis.entry)
    if analysis.match == .plural { stem += ".PL" }
    if let aspect = analysis.features.aspect {
      stem += aspect == .perfect ? ".PFV" : aspect == .imperative ? ".IMP" : ".IPFV"
      if analysis.features.passive { stem += ".PASS" }
      if analysis.features.jussive { stem += ".JUSS" }
      if aspect == .perfect && analysis.suffixes.isEmpty { stem += "-3SG.M" }
    }
    parts.append(stem)
    for m in analysis.suffixes { parts.append(m.label) }
    if let e = analysis.enclitic { parts.append(e.label) }
    return parts.joined(separator: "-")
  }
}
