/// Finds every reading of one Arabic word from the lexicons: proclitics + stem + suffixes
/// + enclitic, in the spirit of the Buckwalter analyzer's prefix–stem–suffix scheme with
/// compatibility rules (see docs/morphology.md).
///
/// Works on the word's lookup key (see `LookupNormalizer`); the stem's orthographic
/// alternatives (final ى/ي, ه/ة, ت before a pronoun) are tried too.
struct WordAnalyzer: Sendable {
  let store: LexiconStore
  let affixes: AffixInventory
  private let normalizer = LookupNormalizer()

  init(store: LexiconStore) {
    self.store = store
    affixes = AffixInventory(store: store)
  }

  /// Every analysis of the word with lookup key `key`, unranked.
  func analyses(ofKey key: String) -> [Analysis] {
    if let number = numberAnalysis(ofKey: key) { return [number] }
    let found = plainAnalyses(ofKey: key)
    guard key.hasPrefix("ا"), key.count >= 3 else { return found }
    return found + interrogativeAnalyses(ofKey: key, alone: found.isEmpty)
  }

  /// The interrogative أ, which the issue asks for "where unambiguous": before a pronoun or
  /// a negation (أهو "is it he", ألا "is it not") as one reading among the others; before
  /// another function word only when the word has no other reading (أليست "is she not"),
  /// since أ + verb is mostly the first person (أعمل "I work") and أ + noun a name (see
  /// also `questionedAnalyses(ofKey:)`).
  private func interrogativeAnalyses(ofKey key: String, alone: Bool) -> [Analysis] {
    let rest = String(key.dropFirst())
    var readings: [Analysis]
    if alone {
      // A function word, never a name, noun or verb (أمورو and آنايا are unknown names).
      readings = plainAnalyses(ofKey: rest).filter { a in
        a.proclitics.isEmpty && [.pronoun, .particle, .adverb].contains(a.entry.pos)
      }
    } else {
      readings = store.matches(forKey: rest).compactMap { match in
        let entry = store.entries[match.entry]
        guard match.kind == .lemma, entry.category == .grammar, entry.role == nil,
          [.pronoun, .particle].contains(entry.pos)
        else { return nil }
        var a = Analysis(stem: rest, entry: entry, match: .lemma)
        a.score = score(a, split: AffixInventory.ProcliticSplit(morphemes: [], rest: rest[...]))
        return a
      }
    }
    return readings.map { reading in
      var a = reading
      a.proclitics.insert(affixes.interrogative, at: 0)
      a.score -= 15
      return a
    }
  }

  /// A word written with أ that has no reading at all, read as the interrogative أ before a
  /// demonstrative or an imperfect verb of the second or third person: أهذا "is this",
  /// أيعقل "is it conceivable", أتظن "do you think". (Only with أ written: اتظن is none.)
  func questionedAnalyses(ofKey key: String) -> [Analysis] {
    guard key.hasPrefix("ا"), key.count >= 3 else { return [] }
    return plainAnalyses(ofKey: String(key.dropFirst())).filter { a in
      a.proclitics.isEmpty
        && (a.entry.pos == .determiner
          || (a.entry.pos == .verb && a.features.aspect == .imperfect && a.features.person != 1 && !a.features.future))
    }.map { reading in
      var a = reading
      a.proclitics.insert(affixes.interrogative, at: 0)
      a.score -= 15
      return a
    }
  }

  /// Every analysis without the interrogative أ.
  private func plainAnalyses(ofKey key: String) -> [Analysis] {
    var found: [Analysis] = []
    // A proclitic written alone (و between numbers, ل before a quotation mark).
    for entry in store.morphemes(.proclitic, key: key) {
      var a = Analysis(stem: key, entry: entry, match: .lemma)
      a.score = 1000
      found.append(a)
    }
    // Egyptian spelling writes final ي as ى (مواطنى روسيا) and sometimes ة as ه: analyse
    // the other reading too, so the lexicon decides. ى and ي swapped cost 3: most text spells
    // its final ى/ي right (نادي "club", not نادى "called"), and a word with no reading as
    // written still finds its other one. A final ه is far more often the pronoun (والده his
    // father) than ة written ه: that reading costs 40, below every pronoun reading.
    let readings = normalizer.alternatives(ofKey: key).enumerated().map { rank, reading in
      (reading, rank == 0 ? 0 : reading.hasSuffix("\u{0629}") ? 40 : 3)
    }
    analyse(readings, of: key, into: &found)
    return found
  }

  /// Readings the glosser tries only for a word with no other analysis: two rarer spellings,
  /// ة written for ه (هذة، المياة، فية) and ئ for ء after a long ا (يتسائل for يتساءل), and
  /// the colloquial ب and future هـ/ح before an imperfect (بيقول، هيكون).
  func lastResortAnalyses(ofKey key: String) -> [Analysis] {
    var slips: [(String, Int)] = []
    if key.hasSuffix("\u{0629}") { slips.append((String(key.dropLast()) + "\u{0647}", 40)) }
    if key.contains("ائ") { slips.append((key.replacingOccurrences(of: "ائ", with: "اء"), 5)) }
    var found: [Analysis] = []
    analyse(slips, of: key, into: &found)
    if !found.isEmpty { return found }
    for split in affixes.procliticSplits(of: key) {
      if !split.article, split.morphemes.last?.text == "ب" { progressiveAnalyses(split, into: &found) }
      if split.morphemes.count == (split.conjunction ? 1 : 0) { colloquialFutureAnalyses(split, into: &found) }
    }
    return found
  }

  /// Analyses each reading of `key`, scored down by its penalty.
  private func analyse(_ readings: [(String, Int)], of key: String, into found: inout [Analysis]) {
    var scored: [(analysis: Analysis, reading: String, penalty: Int)] = []
    for (reading, penalty) in readings {
      var readingFound: [Analysis] = []
      for split in affixes.procliticSplits(of: reading) {
        nominalAnalyses(split, into: &readingFound)
        if !split.article && !split.preposition {
          perfectAnalyses(split, into: &readingFound)
          imperfectAnalyses(split, into: &readingFound)
          imperativeAnalyses(split, into: &readingFound)
        }
      }
      scored += readingFound.map { ($0, reading, penalty) }
    }
    // Whether a matching entry writes a final ى in one of its forms (موسيقى "music", سلمى
    // Salma, يرى): then the word's ى may be its own; otherwise it is the Egyptian spelling of
    // ي (عسكرى "military"). Only a word ending in ى needs to know.
    let ownAlefMaqsura = key.hasSuffix("\u{0649}") && scored.contains { s in
      let e = s.analysis.entry
      return ([e.arabic, e.imperfect ?? ""] + e.plurals + e.variants).contains { $0.skeleton.hasSuffix("ى") }
    }
    for (var a, reading, penalty) in scored {
      // ة written for ه is read as a stem in ه (المياة، هذة) or a preposition's pronoun
      // (فية), never as a noun's pronoun: إمبراطورة is not إمبراطور + ه "his emperor".
      if key.hasSuffix("\u{0629}"), reading.hasSuffix("\u{0647}"), a.enclitic != nil, a.entry.pos != .adposition { continue }
      a.score -= penalty
      // A nisba adjective in its masculine, written with its ي, is commoner than the noun of
      // the same letters: الاقتصادي "economic", not "the economist"; سياسياً "politically",
      // not "a politician", also in Egyptian spelling (عسكرى); but not its feminine or
      // plurals (كميات "quantities"), nor where an entry writes the ى (المرضى "the patients",
      // الموسيقى "the music"), nor behind a preposition, which governs a noun (بالدوري "in the
      // league", not "with the periodic").
      if penalty == 0, a.entry.pos == .adjective, a.entry.inflections.contains(.nisba), !a.entry.inflections.contains(.rare),
        !a.proclitics.contains(where: { ["with", "for"].contains($0.label) }),
        a.stem.hasSuffix("ي") || (a.stem.hasSuffix("ى") && !ownAlefMaqsura),
        a.suffixes.isEmpty || a.features.adverbial
      {
        a.score += 2
      }
      found.append(a)
    }
  }

  /// A number in digits with clitics written on it: ب7 "with 7", وال53 "and the 53", الـ96
  /// (the tatweel is not in the key), للعام 2014's للـ2014. The number is its own gloss.
  func numberAnalysis(ofKey key: String) -> Analysis? {
    guard let start = key.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
    let number = key[start...]
    let separators: Set<Character> = [".", ",", "\u{066B}", "\u{066C}"]
    guard number.last?.isNumber == true, number.allSatisfy({ ($0.isASCII && $0.isNumber) || separators.contains($0) })
    else { return nil }
    var rest = key[..<start]
    var morphemes: [Morpheme] = []
    if let c = affixes.conjunctions.first(where: { rest.hasPrefix($0.text) }) {
      morphemes.append(c)
      rest = rest.dropFirst(c.text.count)
    }
    if let p = affixes.prepositions.first(where: { rest.hasPrefix($0.text) }) {
      morphemes.append(p)
      rest = rest.dropFirst(p.text.count)
      // li- + al- is written لل: للـ2014.
      if p.text == "ل", rest == "ل" {
        morphemes.append(Morpheme(text: "ل", gloss: affixes.article.gloss, label: affixes.article.label, role: .article))
        rest = ""
      }
    }
    if rest == "ال" {
      morphemes.append(affixes.article)
      rest = ""
    }
    guard rest.isEmpty, let first = morphemes.first,
      let source = store.morphemes(first.role, key: first.text).first?.source
    else { return nil }
    let english = String(number.map { $0 == "\u{066B}" ? "." : $0 == "\u{066C}" ? "," : $0 })
    let entry = LexiconEntry(arabic: String(number), pos: .numeral, glosses: [english], source: source)
    var a = Analysis(stem: String(number), entry: entry, match: .lemma)
    a.proclitics = morphemes
    a.features.definite = morphemes.contains { $0.role == .article }
    a.score = 1000 - 15 * morphemes.count
    return a
  }

  // MARK: - Nouns, adjectives, names and function words

  private func nominalAnalyses(_ split: AffixInventory.ProcliticSplit, into found: inout [Analysis]) {
    if split.future || split.purposeLam { return }
    for (body, enclitic) in encliticSplits(split.rest, minimumStem: 1) {
      if split.article && enclitic != nil { continue }
      // The bare stem (and ة written ت before a pronoun: طائرته).
      var stems = [String(body)]
      if let enclitic {
        // من and عن merge their ن with نا and ني: منا، عني (مِنّا، عَنِّي).
        if enclitic.text.hasPrefix("ن") { stems.append(String(body) + "ن") }
        stems += Self.hamzaSeatAlternatives(String(body))
        if body.hasSuffix("ت") { stems.append(String(body.dropLast()) + "ة") }
        if body.hasSuffix("ا") || body.hasSuffix("ي") {
          stems.append(String(body.dropLast()) + "ى")
          // A word listed with its dual or plural ending drops its ن before a pronoun:
          // والدان → والداه، والديه "his parents".
          if !enclitic.text.hasPrefix("ن") { stems.append(String(body) + "ن") }
        }
      }
      for stem in stems {
        addNominal(split, stem: stem, surface: String(body), suffix: nil, enclitic: enclitic, into: &found)
      }
      for suffix in affixes.nominalSuffixes {
        guard let form = enclitic == nil ? suffix.surface : suffix.beforeEnclitic,
          body.hasSuffix(form), body.count >= form.count + 2
        else { continue }
        let base = String(body.dropLast(form.count))
        // A dual's construct on a stem of at least three letters (إيتا is a name, not آيتا).
        if suffix.dualConstruct && base.count < 3 { continue }
        var stems = [base] + Self.hamzaSeatAlternatives(base)
        // A defective participle drops its ي before ون/ين (باقي → الباقين), a noun in ى its ى
        // (متوفّى → المتوفين), and informal writing drops one ي of a nisba's يين (الفلسطينين).
        if suffix.kind == .masculinePlural { stems += [base + "ي", base + "ى"] }
        // A hamza on alef before a dual or plural ending is the lemma's ء: جزء → جزأين.
        if [.dual, .masculinePlural, .femininePlural].contains(suffix.kind), base.hasSuffix("ا") {
          stems.append(String(base.dropLast()) + "ء")
        }
        if [.femininePlural, .feminineDual].contains(suffix.kind) {
          stems.append(base + "ة")
          // أة takes آت (keys fold both hamza seats to ا): مكافأة → مكافآت، مفاجأة → مفاجآت.
          if suffix.kind == .femininePlural { stems.append(base + "اة") }
        }
        // An adjective in ى makes its feminine in ـاة: مستوحى → مستوحاة، منتقى → منتقاة (not
        // before a pronoun, where ات is the plural: عائلاتهم "their families").
        if suffix.kind == .feminine, enclitic == nil, base.hasSuffix("ا") { stems.append(String(base.dropLast()) + "ى") }
        for stem in stems {
          addNominal(split, stem: stem, surface: base, suffix: (suffix, form), enclitic: enclitic, into: &found)
        }
      }
    }
    prepositionWithPronoun(split, into: &found)
    derivedNisba(split, into: &found)
  }

  /// The endings of a nisba made from a noun: ـي، ـية، ـيون، ـيين، ـيات. Not the adverb ـياً:
  /// unlisted, a word in ـيا is nearly always a foreign name (سيليا، صونيا، إيميليا), while the
  /// adverbs news uses (سياسيا، نسبيا) come from listed nisbas.
  private static let nisbaEndings: [(form: String, label: String, number: WordFeatures.Number, feminine: Bool)] = [
    ("يات", "NSB-F.PL", .plural, true), ("يون", "NSB-M.PL", .plural, false),
    ("يين", "NSB-M.PL", .plural, false), ("ية", "NSB-F", .singular, true), ("ي", "NSB", .singular, false),
  ]

  /// A relational adjective in ـيّ made from a lexicon noun that has no entry of its own
  /// (المعلوماتي → "of information"): productive in news, so it is read rather than left
  /// unknown, at a cost that keeps every listed word ahead of it.
  private func derivedNisba(_ split: AffixInventory.ProcliticSplit, into found: inout [Analysis]) {
    guard !split.future, !split.purposeLam else { return }
    for ending in Self.nisbaEndings where split.rest.hasSuffix(ending.form) {
      let base = String(split.rest.dropLast(ending.form.count))
      guard base.count >= 3 else { continue }
      // A place in ـا or ـيا drops it: كورسيكا → كورسيكي، كاليفورنيا → كاليفورني (a noun
      // does not: محيّا "face" gives no محيي).
      var stems: [(stem: String, plural: Bool, placeOnly: Bool)] = [
        (base, false, false), (base + "ة", false, false), (base + "ا", false, true), (base + "يا", false, true),
      ]
      if base.hasSuffix("ات") { stems.append((String(base.dropLast(2)) + "ة", true, false)) }
      for (stem, plural, placeOnly) in stems {
        for match in store.matches(forKey: stem) where match.kind == .lemma || match.kind == .plural {
          let entry = store.entries[match.entry]
          // Nouns, places, and the tens for decades: السبعينيات "the seventies".
          // Not from a reading kept for context (هالي is a name, not "of halo").
          let place = entry.pos == .properNoun && entry.category == .place
          guard place || (!placeOnly && (entry.pos == .noun || (entry.pos == .numeral && ending.form == "يات"))),
            !entry.isMultiword, !entry.inflections.contains(.context)
          else { continue }
          var a = Analysis(stem: base, entry: entry, match: plural ? .plural : match.kind)
          a.proclitics = split.morphemes
          a.suffixes = [Morpheme(text: ending.form, gloss: "of", label: ending.label, role: .suffix)]
          a.features.derivedNisba = true
          a.features.definite = split.article
          a.features.feminine = ending.feminine
          a.score = score(a, split: split) - 40
          found.append(a)
        }
      }
      return
    }
  }

  /// ب and ل with a pronoun and nothing else: به (with it), لهم (for them), لي (for me). ك
  /// takes no pronoun (كنا is "we were", not "like us").
  private func prepositionWithPronoun(_ split: AffixInventory.ProcliticSplit, into found: inout [Analysis]) {
    guard split.morphemes.count == (split.conjunction ? 1 : 0), !split.article else { return }
    for p in affixes.prepositions where p.text != "ك" && split.rest.hasPrefix(p.text) {
      let rest = split.rest.dropFirst(p.text.count)
      for e in affixes.enclitics where rest == e.text[...] {
        guard let entry = store.morphemes(.proclitic, key: p.text).first(where: { $0.pos == .adposition }) else { continue }
        var a = Analysis(stem: p.text, entry: entry, match: .lemma)
        a.proclitics = split.morphemes
        a.enclitic = e
        a.score = score(a, split: split)
        found.append(a)
      }
    }
  }

  private func addNominal(
    _ split: AffixInventory.ProcliticSplit, stem: String, surface: String,
    suffix: (AffixInventory.NominalSuffix, String)?, enclitic: Morpheme?, into found: inout [Analysis]
  ) {
    var keys = normalizer.alternatives(ofKey: stem)
    // Names written with the article in the lexicon (السعودية) under a split article.
    if split.article { keys += normalizer.alternatives(ofKey: "ال" + stem) }
    for key in keys {
      for match in store.matches(forKey: key) {
        let entry = store.entries[match.entry]
        // Written with the article in the lexicon (السعودية), not merely starting with ا+ل
        // after folding (إلى).
        let entryHasArticle = key.hasPrefix("ال") && entry.arabic.hasPrefix("ال")
        if !split.article && entryHasArticle && stem.hasPrefix("ال") && split.morphemes.isEmpty == false {
          // وال… is covered by the split with the article.
          continue
        }
        if split.article && entryHasArticle && split.morphemes.count == 1 {
          // The article alone: the whole word read unsplit covers it.
          continue
        }
        // The ن restored before a pronoun is a dual's or plural's: only a noun listed with
        // that ending takes it back (ن merges with نا and ني on من، عن as well).
        let restoredNun = enclitic != nil && suffix == nil && stem == surface + "ن"
        let listedWithEnding = Self.isListedDualOrPlural(entry)
        if restoredNun && !listedWithEnding && enclitic?.text.hasPrefix("ن") == false { continue }
        let droppedNun = restoredNun && listedWithEnding
        guard
          let fit = compatibility(
            entry, match: match.kind, split: split, suffix: suffix?.0, enclitic: enclitic, stemKey: key,
            droppedNun: droppedNun)
        else { continue }
        // A suffix allowed by the participle's shape alone yields to one the lexicon allows
        // (الطائرات: طائرة + ات "aircraft", not طائر + ات "birds").
        let byShape = fit == .byShape
        // Only a defective participle drops its ي before ون/ين; a nisba written so is a slip,
        // read below the rest (روسين for روسيين).
        let droppedNisbaYa = suffix != nil && stem == surface + "ي" && !Self.isDefectiveParticiple(entry.arabic)
        if droppedNisbaYa && !entry.inflections.contains(.nisba) { continue }
        // A reading kept for context is too weak to vouch for a clitic split (بوغد is a name,
        // not ب + وغد "scoundrel"); the article, which names rarely start with, is allowed
        // (الدراويش، والعقاقير).
        if entry.inflections.contains(.context) && !split.morphemes.isEmpty && !split.article { continue }
        // Nor does a noun kept for context vouch for an inflected form (ألدرين is a name, not
        // "the two pearls") other than a plural or feminine its flags list (متاجرين
        // "traffickers", هراوات "batons"); an adjective's inflection is its own (ملفوفة "wrapped").
        if entry.inflections.contains(.context), let s = suffix?.0, entry.pos != .adjective {
          let listed: Bool
          switch s.kind {
          case .masculinePlural: listed = entry.inflections.contains(.masculinePlural)
          case .femininePlural: listed = entry.inflections.contains(.femininePlural)
          case .feminine: listed = entry.inflections.contains(.feminine)
          default: listed = false
          }
          if !listed { continue }
        }
        // A preposition in ى keeps ي before a pronoun (عليه، لديه), never ا: فاي is not في + ي
        // (unless the lexicon lists a spelling in ا: سوى → سواها).
        if enclitic != nil && entry.pos == .adposition && surface.hasSuffix("ا") && !key.hasSuffix("ا") { continue }
        // A Latin letter's name stands alone (بيو is not ب + يو "with U").
        if AbbreviationReader.isLetterName(entry) && !split.morphemes.isEmpty { continue }
        var a = Analysis(stem: surface, entry: entry, match: match.kind)
        a.proclitics = split.morphemes
        a.features.definite = split.article || (entryHasArticle && !split.article)
        if match.kind == .plural { a.features.number = .plural }
        if let (s, form) = suffix {
          a.suffixes = [Morpheme(text: form, gloss: "", label: s.label, role: .suffix)]
          if s.kind != .adverbial { a.features.number = s.number }
          a.features.feminine = s.feminine
          a.features.construct = s.kind == .construct || s.dualConstruct || (enclitic != nil && s.kind == .masculinePlural)
          a.features.adverbial = s.kind == .adverbial
        } else if key.hasSuffix("ة") {
          a.features.feminine = true
        }
        a.enclitic = enclitic
        a.score = score(a, split: split) - (droppedNisbaYa ? Self.informalSpellingPenalty : 0) - (byShape ? 3 : 0)
        // A final ه is far more often the pronoun (وجهه his face) than ة written ه (وجهة
        // destination): that reading ranks below every pronoun reading.
        if stem.hasSuffix("\u{0647}") && key.hasSuffix("\u{0629}") { a.score -= 40 }
        // A final ى read as ي or the other way costs what it costs on a whole word: القوى is
        // "the powers" (قُوًى), not "the strong".
        if stem.unicodeScalars.last != key.unicodeScalars.last && ["\u{0649}", "\u{064A}"].contains(stem.unicodeScalars.last) {
          a.score -= 3
        }
        // A stem whose ن merged with the pronoun's (مِنّي، لكنّي) counts that letter.
        if enclitic?.text.hasPrefix("ن") == true && stem == surface + "ن" { a.score += 4 }
        // An entry written with the article (الحريري، الأسد) scores as the whole word it is,
        // also behind a conjunction or preposition (والحريري "and Hariri", not "and silky").
        if split.article && entryHasArticle { a.score += 8 + 4 * 2 }
        // An unvocalized surname behind the article reads only where no word does: السامي is
        // "high" and الرامي "aiming", not Sami and Rami; الخاشقجي is Khashoggi.
        if split.article && !entryHasArticle && entry.pos == .properNoun && entry.category == .person
          && !Self.isVocalizedNisba(entry)
        {
          a.score -= Self.unvocalizedSurnamePenalty
        }
        found.append(a)
      }
    }
  }

  /// A noun listed in the dual or the sound masculine plural, in both cases (وَالِدان with
  /// والدين, أَبَوان with أبوين "parents"): it drops its ن before a pronoun (والديه "his
  /// parents"). Words that merely end in ان or ين (فُلان، دِين) are no such forms.
  static func isListedDualOrPlural(_ entry: LexiconEntry) -> Bool {
    let lemma = entry.arabic.skeleton
    return entry.pos == .noun && (lemma.hasSuffix("ان") || lemma.hasSuffix("ون"))
      && entry.variants.contains { $0.skeleton.hasSuffix("ين") }
  }

  /// A one-word person's name written as an Arabic nisba (طالَبانِيّ، مِيقاتِيّ): a family
  /// name that news writes with or without the article. Unvocalized, a name in ي whose English
  /// form ends in i, as English writes those nisbas (خاشقجي Khashoggi, زيباري Zebari), not in y
  /// or ie like a European given name (فريدي Freddie, تومي Tommy).
  static func isNisbaSurname(_ entry: LexiconEntry) -> Bool {
    guard !entry.isMultiword, !entry.inflections.contains(.context) else { return false }
    if isVocalizedNisba(entry) { return true }
    guard entry.primaryGloss.hasSuffix("i") else { return false }
    let letters = entry.arabic.skeleton
    return letters.count >= 4 && letters.hasSuffix("ي")
  }

  /// Whether the entry is vocalized as a nisba, ending in ـِيّ.
  static func isVocalizedNisba(_ entry: LexiconEntry) -> Bool {
    entry.arabic.unicodeScalars.suffix(3).elementsEqual(["\u{0650}", "\u{064A}", "\u{0651}"])
  }

  /// Whether the entry can carry this combination of clitics and suffix, and how (nil: it
  /// cannot).
  private func compatibility(
    _ entry: LexiconEntry, match: LexiconStore.StemKind, split: AffixInventory.ProcliticSplit,
    suffix: AffixInventory.NominalSuffix?, enclitic: Morpheme?, stemKey: String, droppedNun: Bool = false
  ) -> SuffixFit? {
    if entry.role != nil || entry.pos == .verb || match == .imperfect { return nil }
    let nominal = entry.pos.isNominal
    // An organization's, medium's, weapon's or event's name takes the article as news writes
    // it (اليونيسف، الفيسبوك، التوماهوك، البريكست), and so does a surname of the nisba shape
    // (طالباني، الطالباني); other names only when their entry is written with it.
    let takesArticle = [.noun, .adjective, .numeral, .determiner].contains(entry.pos)
      || (entry.pos == .properNoun && [.organization, .media, .weapon, .event].contains(entry.category))
      || (entry.pos == .properNoun && entry.category == .person && Self.isNisbaSurname(entry))
    if split.article && !stemKey.hasPrefix("ال") && !takesArticle {
      return nil
    }
    // Prepositions take nouns, determiners, relatives (بما، لمن) and أن (بأن، بألّا), never an
    // independent personal pronoun (كانت is كان+ت, not ك+أنت) nor another conjunction (لكان
    // is لَ + كان, not ل + كأنّ).
    let personal = entry.pos == .pronoun && (entry.leipzig?.first?.isNumber ?? false)
    let an = entry.pos == .subordinatingConjunction && (stemKey == "ان" || stemKey == "الا")
    if split.preposition && (personal || !(nominal || an || [.pronoun, .determiner].contains(entry.pos))) {
      return nil
    }
    if let enclitic {
      // A word flagged `subject` takes its subject as a pronoun whatever its part of speech
      // (يمكنه "he can").
      switch entry.pos {
      case _ where entry.inflections.contains(.subject): break
      case .noun, .numeral, .adposition, .subordinatingConjunction, .determiner: break
      // إنّ، لعلّ، ليت take a pronoun (إنه، لعلها); the negations ما، لا، لم، لن do not (ماي is May).
      case .particle: if entry.leipzig == "NEG" { return nil }
      // Participles that take a pronoun are nouns in the lexicon; an elative (أفعل) takes one
      // itself (أكبرها "the largest of them", أسوئها), and so does a broken plural used as a
      // noun (صغارها "its young", كبارهم "their elders").
      // So does an ordinal from three to ten, فاعِل (ثالثها "the third of them"; not ثاني,
      // whose ثانيه is mostly ثانية "second" written with ه).
      case .adjective:
        let letters = Array(entry.arabic.skeleton)
        let ordinal = entry.category == .grammar && letters.count == 4 && letters[1] == "ا" && letters[3] != "ي"
        if suffix == nil && !Self.isElative(entry.arabic) && match != .plural && !ordinal { return nil }
      // Of the conjunctions only لكنّ takes a pronoun (لكنه); أمه is "his mother", not أم + ه.
      case .coordinatingConjunction: if !Self.isInnaSister(entry) || entry.arabic.count > 5 { return nil }
      default: return nil
      }
      if enclitic.text == "ني" && nominal { return nil }  // ني is the object "me" of verbs
      // A form listed with its dual or plural ending drops its ن before a pronoun: والدين
      // (parents) + ي is not والديني ("and religious"), but والدي + ه is.
      if match == .variant && stemKey.hasSuffix("ين") && !droppedNun { return nil }
      if entry.isMultiword { return nil }
    }
    guard let suffix else { return .listed }
    // Nor does such a form take another ending: والدينا is "our parents", not an adverb.
    if match == .variant && stemKey.hasSuffix("ين") { return nil }
    // A construct plural (مسؤولو، مسؤولي) is never definite by the article: السامي is not
    // ال + سامّ + ي.
    if split.article && (suffix.kind == .construct || suffix.dualConstruct) { return nil }
    if !nominal || entry.pos == .properNoun || entry.isMultiword { return nil }
    let flags = entry.inflections
    let endsInTaMarbuta = stemKey.hasSuffix("ة")
    if match == .plural && suffix.kind != .adverbial { return nil }
    // A participle (كاتِب، راكِب، مُدِير، مُلْزِم، مَكْتُوب) names or describes people: it takes
    // the feminine and both sound plurals whether or not its entry says so. Evaluated only
    // where the flags do not decide (it reads the lemma's letters).
    let participle = {
      entry.category != .grammar && Self.isParticiple(entry.arabic, passiveFormOne: entry.pos == .adjective)
    }
    let listed: Bool
    var byShape: () -> Bool = { false }
    switch suffix.kind {
    case .caseVowel:
      listed = enclitic != nil && flags.contains(.caseVowel)
    case .feminine:
      guard !endsInTaMarbuta else { return nil }
      listed = entry.pos == .adjective || flags.contains(.feminine) || flags.contains(.nisba)
      byShape = participle
    case .femininePlural:
      listed = endsInTaMarbuta || flags.contains(.femininePlural) || flags.contains(.nisba)
        || (entry.pos == .adjective && flags.contains(.feminine))
        || (entry.pos == .noun && Self.isDerivedMasdar(entry.arabic))
      // A noun with a feminine in ة takes ات too (كاتبات، صاحبات), below a noun in ة.
      byShape = { flags.contains(.feminine) || participle() }
    case .masculinePlural, .construct:
      guard !endsInTaMarbuta else { return nil }
      listed = flags.contains(.masculinePlural) || flags.contains(.nisba)
        || (entry.pos == .adjective && Self.isDefectiveParticiple(entry.arabic))
      byShape = { entry.pos == .adjective || participle() }
    case .dual:
      listed = !endsInTaMarbuta
    case .feminineDual:
      // Its construct only on a noun in ة (شركتي جنرال موتورز "the two companies of"):
      // صديقتي is "my friend", not "the two friends of".
      if suffix.dualConstruct { return endsInTaMarbuta && entry.pos == .noun ? .listed : nil }
      listed = endsInTaMarbuta || flags.contains(.feminine) || flags.contains(.nisba)
      byShape = participle
    case .adverbial:
      // The accusative ـًا never follows the article or a preposition, which takes the
      // genitive (بسيكولوجيا is "with psychology", not "with psychologically").
      listed = !split.article && !split.preposition && enclitic == nil && !endsInTaMarbuta
        && !stemKey.hasSuffix("ا") && !stemKey.hasSuffix("ى")
    }
    return listed ? .listed : byShape() ? .byShape : nil
  }

  /// How an entry can carry a suffix: as its flags say, or only by its shape (a participle
  /// in ة or a plural; see `compatibility`), which ranks 3 points lower.
  private enum SuffixFit { case listed, byShape }

  // MARK: - Verbs

  private func perfectAnalyses(_ split: AffixInventory.ProcliticSplit, into found: inout [Analysis]) {
    if split.future { return }
    // Before a perfect, the ل that is "to" before an imperfect is the ل of emphasis (لكان).
    var split = split
    if split.purposeLam { split.morphemes[split.morphemes.count - 1] = affixes.emphaticLam }
    for (body, enclitic) in encliticSplits(split.rest, minimumStem: 2, verb: true) {
      var options: [(AffixInventory.VerbSuffix?, String)] = [(nil, "")]
      for s in affixes.perfectSuffixes {
        if let form = enclitic == nil ? s.surface : s.beforeEnclitic { options.append((s, form)) }
        // Informal writing drops the alef of وا (قالو، يكونو): read, below the spelled form.
        if enclitic == nil, s.surface == "وا" { options.append((s, "و")) }
      }
      var cuts = options.filter { body.hasSuffix($0.1) && body.count >= $0.1.count + 2 }.map {
        ($0.0, $0.1, String(body.dropLast($0.1.count)))
      }
      // A stem in ن writes its ن once before نا: كان → كُنّا، أمكن → أمكنّا.
      // (Not after a long vowel: كانا is "they two were", the ن of كان being its own.)
      if let na = options.first(where: { $0.0?.surface == "نا" && $0.1 == "نا" }), body.hasSuffix("نا"), body.count >= 3,
        !["ا", "و", "ي"].contains(body.dropLast(2).last)
      {
        cuts.append((na.0, na.1, String(body.dropLast(2)) + "ن"))
      }
      for (suffix, form, base) in cuts {
        // A final hamza sits on و or ي before a suffix: بدأ → بدؤوا، قرأ → قرئت.
        var stems = [base] + (suffix == nil ? [] : Self.hamzaSeatAlternatives(base))
        // A final ى is written ا before a pronoun: أعطى → أعطاه، ألقى → ألقاها; رأى → رآه
        // (keys fold آ to ا, so رآ is را).
        if enclitic != nil, suffix == nil, base.hasSuffix("ا") {
          stems += [String(base.dropLast()) + "ى", base + "ى"]
        }
        // Stems that only a consonant ending produces: with them ت is "I", not "she".
        var shortened = Set<String>()
        var passiveStems = Set<String>()
        // Defective verbs drop their final vowel letter before ت and وا: دعا → دعت، دعوا.
        // (Not a verb in hamza, which the key folds to ا: أرجأ keeps it, أرجؤوا, so ارجو is not
        // "they postponed".)
        let defectiveStems = suffix.map { ["ت", "وا", "تا"].contains($0.surface) } == true ? [base + "ا", base + "ى"] : []
        stems += defectiveStems
        let letters = Array(base)
        // The passive of a hollow verb, in every form: قال → قِيل (it was said), أصاب →
        // أُصِيب, اختار → اُختِير.
        if letters.count >= 3, letters[letters.count - 2] == "ي" {
          let active = String(base.dropLast(2)) + "ا" + String(base.suffix(1))
          passiveStems.insert(active)
          stems.append(active)
        }
        // The passive of form III: شاهد → شُوهِد, لاحظ → لُوحِظ (not وو…: و + a verb in و).
        if letters.count == 4, letters[1] == "و", letters[0] != "و" {
          let active = String(base.prefix(1)) + "ا" + String(base.dropFirst(2))
          passiveStems.insert(active)
          stems.append(active)
        }
        // The passive writes a hamza on ي, after its kasra: سأل → سُئِل، قرأ → قُرِئ، ملأ →
        // مُلِئت، أنشأ → أُنشِئ, also in form III: فاجأ → فُوجِئ.
        for passive in base.contains("ئ") ? [letters] + passiveStems.map(Array.init) : [] {
          guard let i = passive.lastIndex(of: "ئ"), i > 0 else { continue }
          var active = passive
          active[i] = "ا"
          passiveStems.insert(String(active))
          if !stems.contains(String(active)) { stems.append(String(active)) }
        }
        let consonantEnding = suffix.map { ["ت", "نا", "تم", "ن"].contains($0.surface) } ?? false
        // Doubled verbs split their doubled letter before a consonant ending: مرّ → مررت،
        // أحبّ → أحببت، اضطرّ → اضطررنا.
        if consonantEnding, letters.count >= 3, letters[letters.count - 1] == letters[letters.count - 2] {
          stems.append(String(base.dropLast()))
          shortened.insert(String(base.dropLast()))
        }
        // Hollow verbs lose their long vowel before a consonant ending, in every form: كان →
        // كنت، قال → قلنا، أصاب → أصبت، استطاع → استطعت.
        // Defective verbs keep their و or ي before a consonant ending: دعا → دعوت، رمى →
        // رميت، مشى → مشينا (before ت, "I"; the feminine is دعت، رمت).
        if consonantEnding, letters.count >= 3, ["و", "ي"].contains(letters[letters.count - 1]) {
          for stem in [String(base.dropLast()) + "ا", String(base.dropLast()) + "ى"] {
            stems.append(stem)
            shortened.insert(stem)
          }
        }
        if consonantEnding, letters.count >= 2 {
          let long = String(base.dropLast()) + "ا" + String(base.suffix(1))
          // …and a final hamza stays, on the seat the ending gives it: جاء → جئت، شاء →
          // شئنا، أساء → أسأت (whose seat the key folds to ا).
          let hamza = base.hasSuffix("ا") ? [String(base.dropLast()) + "اء"] : []
          for stem in [long] + Self.hamzaSeatAlternatives(long) + hamza {
            stems.append(stem)
            shortened.insert(stem)
          }
        }
        // The passive of a defective verb ends in ي, alone or before the feminine ت: أجرى →
        // أُجرِيَت (was held), ألغى → أُلغِي, دعا → دُعِي. (Form I verbs in ى are left out: their
        // passive رُمِي is their active رمى as often written with ي.)
        var defectivePassiveStems = Set<String>()
        // (Those stems added only for the passive read only as the passive: دعي is not دعا.)
        var passiveOnly = Set<String>()
        if letters.count >= 3, letters[letters.count - 1] == "ي", enclitic == nil, suffix == nil || suffix?.surface == "ت" {
          for active in [String(base.dropLast()) + "ى", String(base.dropLast()) + "ا"] {
            defectivePassiveStems.insert(active)
            if !stems.contains(active) {
              stems.append(active)
              passiveOnly.insert(active)
            }
          }
        }
        for stem in stems {
          for (alternative, key) in normalizer.alternatives(ofKey: stem).enumerated() {
            for match in store.matches(forKey: key) where match.kind == .lemma {
              let entry = store.entries[match.entry]
              guard entry.pos == .verb, !entry.isMultiword else { continue }
              if defectiveStems.contains(stem), let last = entry.arabic.skeleton.last, "أإءئؤ".contains(last) { continue }
              // A doubled verb (قَلَّ) never stands unsplit before a consonant ending: قللنا
              // (ت unsplit is the feminine: ظلّت).
              if consonantEnding && suffix?.surface != "ت" && stem == base && Self.endsDoubled(entry.arabic) {
                continue
              }
              // Nor does a hollow verb keep its long vowel there: حالنا is "our condition", not
              // حال + نا (that is حُلنا).
              if consonantEnding && suffix?.surface != "ت" && stem == base && Self.isHollow(entry.arabic) { continue }
              var a = Analysis(stem: base, entry: entry, match: .lemma)
              a.proclitics = split.morphemes
              a.features.aspect = .perfect
              a.features.passive = passiveStems.contains(stem)
              // Passives are read only where the lexicon marks them common (`passive`):
              // سيروا is "walk!", not "they were gone".
              if a.features.passive && !entry.inflections.contains(.passive) { continue }
              a.features.person = suffix?.person ?? 3
              a.features.number = suffix?.number ?? .singular
              a.features.feminine = suffix?.feminine ?? false
              let firstPerson = suffix?.surface == "ت" && shortened.contains(stem)
              if firstPerson {
                a.features.person = 1
                a.features.feminine = false
              }
              if let suffix {
                a.suffixes = [Morpheme(text: form, gloss: "", label: firstPerson ? "1SG" : suffix.label, role: .suffix)]
              }
              a.enclitic = enclitic
              a.score = score(a, split: split) - (alternative > 0 ? 3 : 0) - (enclitic == nil && form == "و" ? Self.informalSpellingPenalty : 0)
              // A restored long vowel or doubled letter is a guess: the word as written wins
              // a tie (احتلت occupied, not احتال swindled).
              if shortened.contains(stem) { a.score -= 1 }
              // A form I hollow perfect passive with no ending has the letters of a noun فِعْل
              // (بيع "sale", عيب "flaw", صيغ "forms") or a name (قيس): it reads below them.
              if a.features.passive, suffix == nil, (entry.form ?? .I) == .I, Self.isHollow(entry.arabic) {
                a.score -= Self.bareHollowPassivePenalty
              }
              if !passiveOnly.contains(stem) { found.append(a) }
              if defectivePassiveStems.contains(stem), !a.features.passive, entry.inflections.contains(.passive),
                entry.arabic.skeleton.hasSuffix("ى") ? (entry.form ?? .I) != .I : entry.arabic.skeleton.hasSuffix("ا")
              {
                // The passive's ت is the feminine (أُجرِيَت "was held"); the context decides
                // between it and "I" (see Glosser). Bare, it reads below a noun of its letters
                // (نادي "club", راعي "sponsor") and above the active read through ي for ى.
                var passive = a
                passive.features.passive = true
                passive.features.person = 3
                passive.features.feminine = suffix != nil
                if let suffix { passive.suffixes = [Morpheme(text: form, gloss: "", label: suffix.label, role: .suffix)] }
                passive.score -= (suffix == nil ? Self.bareDefectivePassivePenalty : 0) + (firstPerson ? 1 : 0)
                found.append(passive)
              }
            }
          }
        }
      }
    }
  }

  /// Whether an adjective's lemma has the elative shape أفعل (أكبر، أسوأ، أهمّ).
  static func isElative(_ lemma: String) -> Bool {
    let letters = lemma.skeleton.unicodeScalars
    return letters.first == "\u{0623}" && (3...4).contains(letters.count)
  }

  /// Whether a lemma has the shape of a verbal noun of forms II and IV–X (تفجير، إصلاح،
  /// تحرّك، تفاهم، انسحاب، اتصال، انتخاب، استثمار): their plural is regularly ـات
  /// (تفجيرات، إصلاحات، تحركات، تفاهمات، انتخابات، استكشافات) whether or not the entry says so.
  static func isDerivedMasdar(_ lemma: String) -> Bool {
    let letters = Array(lemma.skeleton.unicodeScalars)
    let doubled = lemma.unicodeScalars.contains("\u{0651}")
    switch (letters.count, letters.first) {
    case (4, "\u{062A}"): return doubled  // V  تَفَعُّل
    case (5, "\u{062A}"): return letters[3] == "\u{064A}" || letters[2] == "\u{0627}"  // II تفعيل, VI تفاعل
    case (5, "\u{0625}"): return letters[3] == "\u{0627}"  // IV إفعال
    case (5, "\u{0627}"): return letters[1] == "\u{062A}" && letters[3] == "\u{0627}"  // VIII اتّفاق
    case (6, "\u{0627}"): return letters[4] == "\u{0627}"  // VII انفعال, VIII افتعال
    case (7, "\u{0627}"): return letters[1] == "\u{0633}" && letters[2] == "\u{062A}" && letters[5] == "\u{0627}"  // X
    default: return false
    }
  }

  /// Whether a vocalized lemma has a participle's shape: مُ… (every derived form: مُدِير،
  /// مُلْزِم، مُسْتَشار), فاعِل (كاتِب، راكِب) or, when `passiveFormOne`, مَفْعُول (مَكْتُوب،
  /// مَفْقُود: as adjectives; as nouns they name things, مَلْفُوف "cabbage", مَشْرُوع "project").
  static func isParticiple(_ lemma: String, passiveFormOne: Bool) -> Bool {
    let scalars = Array(lemma.unicodeScalars)
    let letters = Array(lemma.skeleton.unicodeScalars)
    guard scalars.count >= 2, letters.count >= 4 else { return false }
    if scalars[0] == "\u{0645}" && scalars[1] == "\u{064F}" { return true }
    if passiveFormOne, letters.count == 5, scalars[0] == "\u{0645}", scalars[1] == "\u{064E}", letters[3] == "\u{0648}" {
      return true
    }
    guard letters.count == 4, letters[1] == "\u{0627}" else { return false }
    // فاعِل: a kasra right after the third letter.
    var seen = 0
    for (i, s) in scalars.enumerated() where !(0x064B...0x0652).contains(s.value) && s.value != 0x0670 {
      seen += 1
      if seen == 3 { return i + 1 < scalars.count && scalars[i + 1] == "\u{0650}" }
    }
    return false
  }

  /// Whether a vocalized lemma ends in kasra + ي, the defective participle (باقِي، ماضِي،
  /// داعِي), which takes the sound masculine plural without its ي (الباقون).
  static func isDefectiveParticiple(_ lemma: String) -> Bool {
    let scalars = Array(lemma.unicodeScalars)
    return scalars.count >= 3 && scalars[scalars.count - 1] == "\u{064A}" && scalars[scalars.count - 2] == "\u{0650}"
  }

  /// Whether a vocalized lemma ends in a doubled letter (قَلَّ، اِضْطَرَّ).
  static func endsDoubled(_ lemma: String) -> Bool {
    var scalars = Array(lemma.unicodeScalars)
    while let last = scalars.last, (0x064B...0x0650).contains(last.value) || last.value == 0x0652 { scalars.removeLast() }
    return scalars.last == "\u{0651}"
  }

  private func imperfectAnalyses(_ split: AffixInventory.ProcliticSplit, into found: inout [Analysis]) {
    guard let first = split.rest.first,
      let prefix = affixes.imperfectPrefixes.first(where: { $0.letter == first })
    else { return }
    if split.purposeLam == false && split.future == false && split.morphemes.contains(where: { $0.role == .article }) { return }
    let afterPrefix = split.rest.dropFirst()
    for (body, enclitic) in encliticSplits(afterPrefix, minimumStem: 2, verb: true) {
      var options: [(AffixInventory.VerbSuffix?, String)] = [(nil, "")]
      for s in affixes.imperfectSuffixes {
        if let form = enclitic == nil ? s.surface : s.beforeEnclitic { options.append((s, form)) }
        // Informal writing drops the alef of وا (قالو، يكونو): read, below the spelled form.
        if enclitic == nil, s.surface == "وا" { options.append((s, "و")) }
      }
      for (suffix, form) in options where body.hasSuffix(form) && body.count >= form.count + 1 {
        let base = String(body.dropLast(form.count))
        // A one-letter stem is only a defective verb like يرى, which drops its ى before ون
        // and writes it ا before a pronoun (يرون، يراه), and drops it in the jussive (ير,
        // read below).
        let bareOneLetter = base.count == 1 && suffix == nil && enclitic == nil
        // That two-letter word stands alone after لم (فير is no ف + ير).
        if bareOneLetter && !split.morphemes.isEmpty { continue }
        var stems = bareOneLetter ? [] : base.count == 1 ? ["ي" + base + "ى"] : ["ي" + base]
        // A final hamza sits on و or ي before a suffix: يقرأ → يقرؤون، يبدأ → يبدئين.
        if suffix != nil || enclitic != nil { stems += Self.hamzaSeatAlternatives("ي" + base) }
        if enclitic != nil, suffix == nil, base.count >= 2, base.hasSuffix("ا") {
          stems.append("ي" + base.dropLast() + "ى")
        }
        var passiveStems = Set<String>()
        // The passive of a hollow verb: يبيع → يُباع، يقيم → يُقام، and in form X يستجيب →
        // يُستجاب.
        if base.count == 3, Array(base)[1] == "ا" {
          let active = ["و", "ي"].map { "ي" + base.prefix(1) + $0 + base.suffix(1) }
          passiveStems.formUnion(active)
          stems += active
        }
        if base.count == 5, base.hasPrefix("ست"), Array(base)[3] == "ا" {
          let active = "ي" + base.prefix(3) + "ي" + base.suffix(1)
          passiveStems.insert(active)
          stems.append(active)
        }
        // The passive of a verb whose first radical is hamza writes it on و: يأكل → يُؤكَل،
        // يأخذ → يُؤخَذ.
        if base.count >= 3, base.first == "ؤ" {
          let active = "يا" + base.dropFirst()
          passiveStems.insert(active)
          stems.append(active)
        }
        // Defective verbs lose their final vowel letter in the jussive: يبقى → (لم) يبق، يرى →
        // (لم) ير.
        var jussive = Set<String>()
        if suffix == nil, !base.isEmpty {
          let long = ["ى", "ي", "و"].map { "ي" + base + $0 }
          stems += long
          jussive.formUnion(long)
        }
        // Hollow verbs of every form lose their long vowel in the jussive: يكون → (لم) يكن،
        // يقول → يقل، يستجيب → يستجب، يختار → يختر.
        var hollowJussive = Set<String>()
        if base.count >= 2, suffix == nil || suffix?.surface == "ن" {
          let long = ["و", "ي", "ا"].map { "ي" + base.dropLast() + $0 + base.suffix(1) }
          stems += long
          hollowJussive.formUnion(long)
          jussive.formUnion(long)
          // …with a final hamza, whose seat the key folds to ا: يشاء → (لم) يشأ.
          if base.hasSuffix("ا") { stems.append("ي" + base.dropLast() + "اء") }
        }
        // The passive of a verb whose first radical is و keeps it: يضع → يُوضَع، يلد → يُولَد.
        if base.count == 3, base.first == "و" {
          let active = "ي" + base.dropFirst()
          passiveStems.insert(active)
          stems.append(active)
        }
        // The passive of a defective verb ends in ى: يدعو → يُدعى "is called", يبني → يُبنى.
        if suffix == nil, base.count >= 2, base.hasSuffix("ى") {
          let active = ["و", "ي"].map { "ي" + base.dropLast() + $0 }
          passiveStems.formUnion(active)
          stems += active
        }
        // Defective verbs lose their final و/ي before ون، وا، ين: يدعو → يدعون.
        if let suffix, ["ون", "وا", "ين"].contains(suffix.surface) {
          stems += ["ي" + base + "و", "ي" + base + "ي", "ي" + base + "ى"]
        }
        for stem in stems {
          for (alternative, key) in normalizer.alternatives(ofKey: stem).enumerated() {
            for match in store.matches(forKey: key) where match.kind == .imperfect {
              let entry = store.entries[match.entry]
              guard entry.pos == .verb else { continue }
              // Only a hollow stem shortens; the middle و or ي of forms II, III, V and VI is a
              // consonant (يفوّت never gives نفت, which is نفى's "she denied").
              if hollowJussive.contains(stem), [.II, .III, .V, .VI].contains(entry.form ?? .I) { continue }
              var a = Analysis(stem: base, entry: entry, match: .imperfect)
              a.proclitics = split.morphemes
              var person = suffix?.person ?? prefix.person
              if suffix != nil && suffix?.person == 3 && prefix.person == 1 { continue }
              if prefix.letter == "ت" && ["ون", "وا"].contains(suffix?.surface) { person = 2 }
              if prefix.letter != "ت" && ["ين", "ي"].contains(suffix?.surface) { continue }
              // The future takes the indicative (سيرون); the subjunctive's وا or ا after it
              // (سيكونوا) is an informal slip, read below the rest.
              let futureSlip = split.future && suffix.map { ["وا", "ا", "ي"].contains($0.surface) } == true
              if prefix.letter == "ن" || prefix.letter == "ا" { person = 1 }
              a.features.aspect = .imperfect
              a.features.passive = passiveStems.contains(stem)
              // Passives are read only where the lexicon marks them common (`passive`, or
              // `ipass` for the imperfect alone): سيروا is "walk!", not "they were gone".
              if a.features.passive && entry.inflections.isDisjoint(with: [.passive, .imperfectPassive]) { continue }
              // An imperfect passive in ا is of form I, IV or X (يُقال، يُقام، يُستجاب), never of
              // a form II verb with a middle و (يُطوِّق).
              if a.features.passive && ![.I, .IV, .X].contains(entry.form ?? .I) { continue }
              a.features.person = person
              a.features.number = prefix.letter == "ن" ? .plural : (suffix?.number ?? .singular)
              a.features.feminine = suffix?.feminine ?? (prefix.feminine && suffix == nil)
              a.features.future = split.future
              let agreement = Self.agreementLabel(a.features)
              a.prefixes = [Morpheme(text: String(first), gloss: prefix.morpheme.gloss, label: suffix == nil ? agreement : String(person), role: .prefix)]
              if let suffix { a.suffixes = [Morpheme(text: form, gloss: "", label: suffix.label, role: .suffix)] }
              a.enclitic = enclitic
              a.score = score(a, split: split) - (alternative > 0 ? 3 : 0) - (enclitic == nil && form == "و" ? Self.informalSpellingPenalty : 0)
                - (futureSlip ? Self.informalSpellingPenalty : 0)
                - (suffix?.surface == "ي" ? Self.feminineSubjunctivePenalty : 0)
                - (a.features.passive && person == 1 ? Self.firstPersonPassivePenalty : 0)
              // The jussive follows لم، لا of prohibition or a condition: a shortened stem
              // yields to a full reading of the same letters (نفت "she denied", not "we miss").
              if jussive.contains(stem) {
                a.score -= Self.jussivePenalty
                a.features.jussive = true
              }
              found.append(a)
              // A doubled verb of form I writes its imperfect passive like the active (يُعَدّ
              // "is considered", يَعُدّ "counts"): read below it, for the context to choose.
              if !a.features.passive && !entry.inflections.isDisjoint(with: [.passive, .imperfectPassive])
                && (entry.form ?? .I) == .I && Self.endsDoubled(entry.arabic) && !a.features.jussive
              {
                var passive = a
                passive.features.passive = true
                passive.score -= Self.doubledPassivePenalty
                found.append(passive)
              }
            }
          }
        }
      }
    }
  }

  /// The colloquial ب before an imperfect (بيقول "says", بتعمل "works", بنحب "we love"), in
  /// the quoted speech of Egyptian and Levantine Arabic: read only where nothing else reads,
  /// so ب + a noun (بتعاون "with cooperation") keeps its place.
  private func progressiveAnalyses(_ split: AffixInventory.ProcliticSplit, into found: inout [Analysis]) {
    var verbal = split
    verbal.morphemes.removeLast()
    verbal.preposition = false
    var readings: [Analysis] = []
    imperfectAnalyses(verbal, into: &readings)
    // It marks an ongoing action, never the jussive (بير is no ب + ير).
    for var a in readings where !a.features.jussive {
      a.proclitics.append(affixes.progressive)
      a.score -= 15 + Self.informalSpellingPenalty
      found.append(a)
    }
  }

  /// The colloquial future هـ (Egyptian) or ح (Levantine) before an imperfect (هيكون "will
  /// be", حنروح "we will go"), read only where nothing else reads, like the colloquial ب.
  private func colloquialFutureAnalyses(_ split: AffixInventory.ProcliticSplit, into found: inout [Analysis]) {
    guard let particle = split.rest.first, particle == "ه" || particle == "ح", split.rest.count >= 4,
      let next = split.rest.dropFirst().first, affixes.imperfectPrefixes.contains(where: { $0.letter == next })
    else { return }
    var future = split
    future.morphemes.append(Morpheme(text: String(particle), gloss: affixes.future.gloss, label: affixes.future.label, role: .proclitic))
    future.rest = split.rest.dropFirst()
    future.future = true
    var readings: [Analysis] = []
    imperfectAnalyses(future, into: &readings)
    for var a in readings {
      a.score -= Self.informalSpellingPenalty
      found.append(a)
    }
  }

  /// A final hamza written on a seat before a suffix (شيء → شيئاً، أداء → أداؤنا،
  /// احتواء → احتوائها، أسوأ → أسوئها): the stem with its lexicon spelling.
  static func hamzaSeatAlternatives(_ stem: String) -> [String] {
    guard let last = stem.last, last == "ئ" || last == "ؤ" else { return [] }
    let body = stem.dropLast()
    return [String(body) + "ء", String(body) + "ا"]
  }

  /// "3SG.M", "1PL", "3DU.F" from a verb's features.
  /// The imperative, read from the imperfect stem: with the alef of forms I, IV, VII, VIII
  /// and X (اذهبوا، انظر، استخدموا) or, for a two-letter stem, without it (قل، كن، ضع، دع).
  /// It costs 30, so the perfect (انسحب withdrew) and other readings of the same letters
  /// win, and so does the first person singular (أعبد "I worship") unless the text writes
  /// a bare alef, which the glosser checks (انظر "look!").
  private func imperativeAnalyses(_ split: AffixInventory.ProcliticSplit, into found: inout [Analysis]) {
    guard !split.article, !split.future, !split.purposeLam, !split.preposition else { return }
    let endings: [(surface: String, number: WordFeatures.Number, feminine: Bool, label: String)] = [
      ("وا", .plural, false, "2PL.M"), ("ي", .singular, true, "2SG.F"), ("ا", .dual, false, "2DU"),
      ("ن", .plural, true, "2PL.F"), ("", .singular, false, "2SG.M"),
    ]
    for (body, enclitic) in encliticSplits(split.rest, minimumStem: 2, verb: true) {
      for ending in endings where body.hasSuffix(ending.surface) {
        let word = body.dropLast(ending.surface.count)
        // Each imperfect stem the imperative may come from, with the verb forms that build it so,
        // and how the imperative's letters relate to it.
        var stems: [(stem: String, forms: [VerbForm], shape: ImperativeShape)] = []
        let withAlef = word.first == "ا" && word.count >= 3
        if withAlef {
          // Only these forms begin their imperative with an alef.
          let rest = word.dropFirst()
          stems.append(("ي" + rest, [.I, .IV, .VII, .VIII, .IX, .X], .asWritten))
          if ending.surface.isEmpty {
            // Bare, a hollow imperative loses its long vowel (أضف، اختر، استطع: يضيف، يختار،
            // يستطيع) and a defective one its last (أعط، ارم، ادع: يعطي، يرمي، يدعو).
            stems += ["ي", "ا", "و"].map { ("ي" + rest.dropLast() + $0 + rest.suffix(1), [.IV, .VII, .VIII, .X], .shortenedHollow) }
            stems += ["ي", "و", "ى"].map { ("ي" + rest + $0, [.I, .IV, .VIII, .X], .shortenedDefective) }
          }
        } else {
          // Forms II, III, V, VI and the quadriliterals have none: حاول، حاولي، تعلموا.
          if word.count >= 3 { stems.append(("ي" + word, [.II, .III, .V, .VI, .QI, .QII], .asWritten)) }
          if word.count == 3, !ending.surface.isEmpty, ["و", "ي"].contains(Array(word)[1]) {
            // A hollow imperative keeps its long vowel before an ending: قولوا، كوني، سيروا.
            stems.append(("ي" + word, [.I], .asWritten))
          } else if word.count == 2 {
            // ضع، ضعي، دعوا (first radical و: يضع، يدع); bare, also قل، كن (hollow: يقول، يكون);
            // خذ، خذوا، كل، مر drop a first radical hamza (يأخذ، يأكل، يأمر; a sound root only:
            // أتى's imperative is ائتِ).
            stems.append(("ي" + word, [.I], .asWritten))
            if let last = word.last, !"اوىي".contains(last) { stems.append(("يا" + word, [.I], .droppedHamza)) }
            if ending.surface.isEmpty { stems += ["و", "ي", "ا"].map { ("ي" + word.prefix(1) + $0 + word.suffix(1), [.I], .asWritten) } }
          }
        }
        for (stem, forms, shape) in stems {
          for match in store.matches(forKey: stem) where match.kind == .imperfect {
            let entry = store.entries[match.entry]
            guard entry.pos == .verb, !entry.isMultiword, forms.contains(entry.form ?? .I) else { continue }
            let hollow = Self.isHollow(entry.arabic)
            let defective = entry.imperfect.map { "يوى".unicodeScalars.contains($0.skeleton.unicodeScalars.last ?? " ") } ?? false
            switch shape {
            // Only a common verb drops its hamza so (خذ، كل، مر): a `context` one does not (لمي is
            // no imperative of ألِم).
            case .droppedHamza: if entry.inflections.contains(.context) { continue }
            case .shortenedHollow: if !hollow { continue }
            case .shortenedDefective: if !defective { continue }
            case .asWritten where withAlef:
              // With the alef, bare: a hollow verb's long vowel and a defective verb's last letter
              // are not the imperative's (اقول، اريد، ارى، ارجو are "I say", "I want", "I see", "I
              // hope"), nor is a form I verb in و's alef (اجد is "I find": وجد's is جد).
              let letters = Array(word.dropFirst())
              let longVowel = letters.count >= 3 && "اوي".contains(letters[letters.count - 2])
              if ending.surface.isEmpty && ((hollow && longVowel) || (defective && "اويى".contains(letters.last ?? " "))) { continue }
              if (entry.form ?? .I) == .I && entry.arabic.skeleton.hasPrefix("و") { continue }
            case .asWritten: break
            }
            // The alef is the imperative's own, not part of the stem (scored like the imperfect's).
            var a = Analysis(stem: String(withAlef ? word.dropFirst() : word), entry: entry, match: .imperfect)
            a.proclitics = split.morphemes
            a.features.aspect = .imperative
            a.features.person = 2
            a.features.number = ending.number
            a.features.feminine = ending.feminine
            if !ending.surface.isEmpty {
              a.suffixes = [Morpheme(text: ending.surface, gloss: "", label: ending.label, role: .suffix)]
            }
            a.enclitic = enclitic
            // (A letter restored to find the stem costs a little: اجد is "I find" before أجاد's
            // "master!".)
            a.score = score(a, split: split) - 30 - (shape == .asWritten ? 0 : 10)
            found.append(a)
          }
        }
      }
    }
  }

  /// How an imperative's letters relate to the imperfect stem it is built on.
  private enum ImperativeShape {
    /// The stem as written after the imperative's alef or with none (اكتب، حاول).
    case asWritten
    /// A first radical hamza dropped (خذ from يأخذ).
    case droppedHamza
    /// A hollow verb's long vowel dropped (أضف from يضيف).
    case shortenedHollow
    /// A defective verb's last letter dropped (أعط from يعطي).
    case shortenedDefective
  }

  static func agreementLabel(_ f: WordFeatures) -> String {
    let person = f.person.map(String.init) ?? "3"
    let number = f.number == .singular ? "SG" : f.number == .dual ? "DU" : "PL"
    let gender = person == "1" ? "" : (f.feminine ? ".F" : ".M")
    return person + number + gender
  }

  // MARK: - Shared

  /// The word with and without each enclitic pronoun it could end in. A verb's "me" is ني,
  /// never ي: حاولي is "try!", not "tried me".
  private func encliticSplits(_ word: Substring, minimumStem: Int, verb: Bool = false) -> [(Substring, Morpheme?)] {
    var result: [(Substring, Morpheme?)] = [(word, nil)]
    for e in affixes.enclitics where word.hasSuffix(e.text) && word.count >= e.text.count + minimumStem {
      if verb && e.text == "ي" { continue }
      result.append((word.dropLast(e.text.count), e))
    }
    return result
  }

  /// Whether a verb's lemma is hollow: a long ا before its last radical (قال، اختار، استطاع).
  static func isHollow(_ lemma: String) -> Bool {
    let letters = Array(lemma.skeleton)
    return letters.count >= 3 && letters[letters.count - 2] == "ا"
  }

  /// What an informal spelling loses (قالو for قالوا, سيكونوا, الفلسطينين): it is read,
  /// below the spelled forms.
  static let informalSpellingPenalty = 10
  /// The cost of an unvocalized surname in ي read behind the article (see `isNisbaSurname`):
  /// below every other reading, even one kept for context (الرامي "aiming", not Rami).
  static let unvocalizedSurnamePenalty = contextPenalty + 10

  /// What an imperfect passive in the first person loses: "we are held" is rarely said, and
  /// where ى is written for ي its letters are the active's (نجرى "we conduct").
  static let firstPersonPassivePenalty = 5

  /// What a reading flagged `context` loses: it never wins on its own.
  static let contextPenalty = 100

  /// A particle or conjunction in ن that takes its clause's subject as a pronoun: إنّ، أنّ،
  /// لأنّ، كأنّ، لكنّ (not أمّا or ألّا: أماناً is "safety", not "as for us").
  static func isInnaSister(_ entry: LexiconEntry) -> Bool {
    [.particle, .subordinatingConjunction, .coordinatingConjunction].contains(entry.pos)
      && entry.arabic.skeleton.hasSuffix("ن")
  }

  /// What the 2SG.F subjunctive or jussive (تستطيعي) loses: news seldom addresses a woman,
  /// and its letters are often a noun with "my" (توقعي "my expectation") or another verb
  /// (تجدي "avails"); after لم or لن it is read (see Glosser).
  static let feminineSubjunctivePenalty = 25

  /// What a shortened (jussive) imperfect loses against a full reading of its letters.
  static let jussivePenalty = 10

  /// What a doubled verb's imperfect passive, written like its active, loses against it.
  static let doubledPassivePenalty = 20

  /// What a form I hollow verb's bare perfect passive (قِيسَ) loses against a noun or name of
  /// the same letters.
  static let bareHollowPassivePenalty = 20

  /// What a defective verb's bare perfect passive (دُعِي، أُلغِي) loses: enough to yield to a
  /// noun of its letters, not to the active read through ي for ى.
  static let bareDefectivePassivePenalty = 2

  /// The labels of the five nouns' case vowels (see `InflectionFlag.caseVowel`).
  static let caseLabels: Set<String> = ["NOM", "ACC", "GEN"]

  /// What a reading flagged `rare` loses: enough to yield to a clitic split or an inflected
  /// form of a commoner word (وفي "and in", لهم "for them"), not to a bare guess.
  static let rarePenalty = 30

  /// The documented ranking score: fewer and commoner affixes and longer stems first.
  func score(_ a: Analysis, split: AffixInventory.ProcliticSplit) -> Int {
    var s = 1000
    for m in a.proclitics {
      switch m.role {
      case .article: s -= 8
      // ك and the ل of purpose are rarer; the emphatic لَ on a bare perfect (without قد) rarer
      // still: لتبقى is "to remain", لذكر "for mentioning", not "indeed mentioned".
      default: s -= m.label == "EMPH" ? 40 : ["to", "like"].contains(m.label) ? 25 : 15
      }
    }
    // The first person singular (أ) is rare in news outside quotations.
    s -= a.prefixes.isEmpty ? 0 : a.features.person == 1 && a.features.number == .singular ? 28 : 5
    for m in a.suffixes {
      // The case vowel of أبوه، أخيه is part of the word: it outranks the construct entries
      // أبو، أخو with a pronoun ("his father of").
      if Self.caseLabels.contains(m.label) { s += 5; continue }
      // The adverbial ـًا is everywhere in news (مؤكداً، كبيراً): it costs less than a suffix.
      s -= a.features.aspect == nil ? (m.label.hasSuffix("CSTR") ? 30 : m.label == "ADV" ? 12 : 20) : 15
      // News seldom uses a verb in the dual or the feminine plural: عيناها "its eyes", not
      // "they appointed it"; لزمن "for a time", not "they were necessary".
      if a.features.aspect != nil && (a.features.number == .dual || (a.features.number == .plural && a.features.feminine)) {
        s -= 5
      }
    }
    // Prepositions, إنّ and its sisters, and words whose pronoun is their subject take pronouns
    // all the time (له، عليه، لدينا "with us", أنه، لكني، يمكنه), nouns less often, and "my" least.
    if let e = a.enclitic {
      let takesPronouns = a.entry.pos == .adposition || Self.isInnaSister(a.entry) || a.entry.inflections.contains(.subject)
      // "my" is rare in news outside quotations, except on a relative (أمي "my mother").
      s -= takesPronouns ? 10 : e.text == "ي" && !GlossComposer.namesRelative(a.entry) ? 35 : 25
    }
    switch a.match {
    case .lemma, .imperfect: break
    case .variant: s -= 2
    case .plural: s -= 3
    }
    s += 4 * a.stem.count
    if a.entry.category == .grammar { s += 5 }
    // A person's name that is also a common word (عون Aoun / aid, صالح Saleh / good) yields
    // to the word; a place or an organization (مصر Egypt / مُصِرّ insistent) does not.
    if a.entry.category == .person { s -= 3 }
    // Ties between homographs: a noun over an adjective (رئيس president, not "main"), a
    // verb over its verbal noun when the word stands bare (كشف disclosed); with a pronoun the
    // noun's possessive is the commoner reading (رأيه his opinion, وجهه his face).
    if a.entry.pos == .noun { s += 1 }
    // A pronoun is a noun's: an adjective other than an elative (أبرزها) takes one only
    // standing for people (عسكريونا "our soldiers"), so a noun of its letters comes first
    // (صديقاتها "her friends", not "its friendly").
    if a.entry.pos == .adjective && a.enclitic != nil && !Self.isElative(a.entry.arabic) { s -= 5 }
    // A dual is rarer than the plural its ين shares: الآخرين "the others", not "the two ends"
    // (with a pronoun it is often a pair of body parts: عيناه "his eyes").
    // A noun of people, which takes ون/ين, is far more often plural with one too, although its
    // construct plural costs more than the dual: مواطنيها "its citizens", not "its two citizens".
    if a.features.number == .dual {
      let takesMasculinePlural = a.entry.inflections.contains(.masculinePlural) || a.entry.inflections.contains(.nisba)
      s -= a.enclitic == nil ? 2 : takesMasculinePlural ? 12 : 0
      // A dual's construct (طرفي النزاع) needs the noun it governs: read for the context only
      // (see Glosser), below "my" (يدي "my hand").
      if a.features.construct && a.enclitic == nil { s -= 10 }
    }
    if a.features.aspect == .perfect && a.enclitic == nil && a.proclitics.allSatisfy({ $0.role == .proclitic && $0.label != "with" && $0.label != "for" }) { s += 2 }
    if a.entry.isFallback { s -= 200 }
    if a.entry.inflections.contains(.context) { s -= Self.contextPenalty }
    if a.entry.inflections.contains(.rare) { s -= Self.rarePenalty }
    s += 20 * a.entry.layer
    return s
  }
}
