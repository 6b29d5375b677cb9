/// The vocalized spelling of an analysed word without its proclitics, built from the
/// lexicon's vocalized lemma and the affixes' own vowels (رُوسِيّ + ة → رُوسِيَّة, قاتَلَ + وا →
/// قاتَلُوا, يُقاتِل + ون → يُقاتِلُونَ), so a romanization of an inflected word has its short
/// vowels. Nil when the lemma is not vocalized or the word's stem is not the lemma's own
/// (a hollow or doubled verb's short stem, a derived nisba): then the letters are romanized.
enum VocalizedForm {
  private static let caseVowels: Set<Unicode.Scalar> = [
    "\u{064B}", "\u{064C}", "\u{064D}", "\u{064E}", "\u{064F}", "\u{0650}", "\u{0652}",
  ]

  /// The vocalized word, or nil.
  static func of(_ a: Analysis) -> String? {
    let entry = a.entry
    guard LookupNormalizer.isVocalized(entry.arabic), !entry.isMultiword, !a.features.derivedNisba,
      !a.features.passive, entry.role == nil
    else { return nil }
    let normalizer = LookupNormalizer()
    if entry.pos == .verb { return verb(a, normalizer) }
    var base: String
    switch a.match {
    case .lemma, .imperfect: base = entry.arabic
    case .plural:
      guard let plural = entry.plurals.first(where: { normalizer.key($0) == a.stem }),
        LookupNormalizer.isVocalized(plural)
      else { return nil }
      base = plural
    case .variant: return nil
    }
    if a.features.definite, base.hasPrefix("ال") { return nil }
    var word = base
    for suffix in a.suffixes {
      guard let vowels = nominalSuffix(label: suffix.label, text: suffix.text) else { return nil }
      word = dropFinalVowel(word)
      // A noun in ة loses it before ات and the dual: طائِرَة → طائِرات، طائِرَتان.
      if word.hasSuffix("ة") && (suffix.label == "F.PL" || suffix.label == "F.DU") {
        word = dropFinalVowel(String(word.dropLast()))
        if suffix.label == "F.DU" { word += "\u{064E}" }
      }
      word += vowels
    }
    if let enclitic = a.enclitic {
      guard let vowels = enclitics[enclitic.text] else { return nil }
      word = dropFinalVowel(word)
      if word.hasSuffix("ة") { word = String(word.dropLast()) + "ت" }
      word += (a.suffixes.isEmpty ? "\u{064F}" : "") + vowels
    }
    // The stem's letters must still be the word's: a spelling change the analysis saw
    // (a hamza seat, ى before a pronoun) is left to the letters.
    let letters = normalizer.key(word)
    let expected = a.stem + a.suffixes.map(\.text).joined() + (a.enclitic?.text ?? "")
    guard letters == expected || normalizer.key(dropTaMarbuta(letters)) == normalizer.key(dropTaMarbuta(expected)) else { return nil }
    return word
  }

  private static func verb(_ a: Analysis, _ normalizer: LookupNormalizer) -> String? {
    var word: String
    if a.features.aspect == .imperative {
      // The imperfect without its prefix, behind the imperative's alef: يَنْظُر → انْظُر.
      guard let imperfect = a.entry.imperfect, LookupNormalizer.isVocalized(imperfect),
        String(normalizer.key(imperfect).dropFirst()) == a.stem
      else { return nil }
      var scalars = Array(imperfect.unicodeScalars.dropFirst())
      while let first = scalars.first, caseVowels.contains(first) { scalars.removeFirst() }
      word = (scalars.first.map { caseVowels.contains($0) } == false && a.stem.count >= 3 ? "ا" : "")
        + String(String.UnicodeScalarView(scalars))
      word = dropFinalVowel(word)
      if let suffix = a.suffixes.first {
        guard let vowels = imperfectSuffixes[suffix.text] else { return nil }
        word += vowels
      }
    } else if a.features.aspect == .imperfect {
      guard let imperfect = a.entry.imperfect, LookupNormalizer.isVocalized(imperfect),
        String(normalizer.key(imperfect).dropFirst()) == a.stem,
        let prefix = a.prefixes.first?.text
      else { return nil }
      let letter = prefix == "ا" ? "أ" : prefix
      word = letter + String(imperfect.unicodeScalars.dropFirst().map(Character.init))
      if let suffix = a.suffixes.first {
        guard let vowels = imperfectSuffixes[suffix.text] else { return nil }
        word = dropFinalVowel(word) + vowels
      }
    } else {
      guard normalizer.key(a.entry.arabic) == a.stem else { return nil }
      word = a.entry.arabic
      if let suffix = a.suffixes.first {
        guard let vowels = suffix.label == "1SG" ? "\u{0652}تُ" : perfectSuffixes[suffix.text] else { return nil }
        word = dropFinalVowel(word) + vowels
      }
    }
    if let enclitic = a.enclitic {
      guard let vowels = enclitics[enclitic.text] else { return nil }
      if a.suffixes.first?.text == "وا" { word = String(word.dropLast()) }  // قتلوهم: the alef goes
      word += vowels
    }
    return word
  }

  /// The word without its final vowel marks (a case ending), keeping a final shadda.
  private static func dropFinalVowel(_ word: String) -> String {
    var scalars = word.unicodeScalars
    var shadda = false
    while let last = scalars.last, caseVowels.contains(last) || last == "\u{0651}" {
      if last == "\u{0651}" { shadda = true }
      scalars.removeLast()
    }
    if shadda { scalars.append("\u{0651}") }
    return String(scalars)
  }

  private static func dropTaMarbuta(_ word: String) -> String {
    word.hasSuffix("ة") || word.hasSuffix("ت") ? String(word.dropLast()) : word
  }

  /// The vowelled spelling of a nominal suffix, by its Leipzig label and letters.
  private static func nominalSuffix(label: String, text: String) -> String? {
    switch (label, text) {
    case ("F", "ة"): "\u{064E}ة"
    case ("F", "ت"): "\u{064E}ت"
    case ("F.PL", "ات"): "\u{064E}ات"
    case ("M.PL", "ون"): "\u{064F}ون"
    case ("M.PL", "ين"): "\u{0650}ين"
    case ("M.PL.CSTR", "و"): "\u{064F}و"
    case ("M.PL.CSTR", "ي"): "\u{0650}ي"
    case ("DU", "ان"): "\u{064E}ان"
    case ("DU", "ين"): "\u{064E}يْن"
    case ("DU", "ا"): "\u{064E}ا"
    case ("DU", "ي"): "\u{064E}يْ"
    case ("F.DU", "تان"): "تان"
    case ("F.DU", "تين"): "تَيْن"
    case ("F.DU", "تا"): "تا"
    case ("F.DU", "تي"): "تَيْ"
    case ("ADV", "ا"): "\u{064B}ا"
    default: nil
    }
  }

  private static let perfectSuffixes: [String: String] = [
    "ت": "\u{064E}تْ", "وا": "\u{064F}وا", "ا": "\u{064E}ا", "تا": "\u{064E}تَا", "ن": "\u{0652}نَ",
    "نا": "\u{0652}نَا", "تم": "\u{0652}تُمْ", "تمو": "\u{0652}تُمُو",
  ]

  private static let imperfectSuffixes: [String: String] = [
    "ون": "\u{064F}ونَ", "وا": "\u{064F}وا", "ان": "\u{064E}انِ", "ا": "\u{064E}ا", "ن": "\u{0652}نَ",
    "ين": "\u{0650}ينَ", "و": "\u{064F}و",
  ]

  private static let enclitics: [String: String] = [
    "ه": "هُ", "ها": "ها", "هما": "هُما", "هم": "هُمْ", "هن": "هُنَّ", "ك": "كَ", "كما": "كُما",
    "كم": "كُمْ", "كن": "كُنَّ", "ي": "\u{0650}ي", "ني": "نِي", "نا": "نا",
  ]
}
