import ICUKit

/// The glossing engine's entry point: text in, analysed document out.
///
/// `gloss(_:)` segments the text, analyses every Arabic word against the lexicons, joins
/// multi-word names and terms, repairs run-together words and composes readable and
/// Leipzig glosses and romanizations. It never throws for linguistic reasons: an unknown
/// word is a token with status `unknown`. Not thread-safe (it caches analyses); use one
/// per thread.
public final class Glosser {
  /// The lexicons in use.
  public let store: LexiconStore
  private let fallback: FallbackDictionary?
  private let bama: BAMAAnalyzer?
  private let segmenter: Segmenter
  private let analyzer: WordAnalyzer
  private let phrases: PhraseMatcher
  private let romanizer: Romanizer
  private let normalizer = LookupNormalizer()
  private var cache: [String: [Analysis]] = [:]
  /// A word's gloss depends on its text alone (context is applied after): glossed once.
  private var wordCache: [String: GlossedToken] = [:]
  /// Tokens with more letters than this are not analysed (see `glossWord`).
  static let longestWord = 40
  private var nextEntityID = 0

  /// An engine over `store`, consulting the user's BAMA lexicon `bama`, then `fallback`,
  /// for words the lexicons do not know.
  /// - Throws: `ICUError` if ICU's iterators or transforms cannot be opened.
  public init(
    store: LexiconStore, fallback: FallbackDictionary? = nil, bama: BAMAAnalyzer? = nil, romanizer: Romanizer? = nil
  ) throws(ICUError) {
    self.store = store
    self.fallback = fallback
    self.bama = bama
    segmenter = try Segmenter()
    analyzer = WordAnalyzer(store: store)
    phrases = PhraseMatcher(store: store, affixes: analyzer.affixes)
    if let romanizer {
      self.romanizer = romanizer
    } else {
      self.romanizer = try Romanizer()
    }
  }

  /// Glosses a whole text.
  public func gloss(_ text: String) throws(ICUError) -> [GlossedSentence] {
    var cursor = Segmenter.Cursor()
    var out: [GlossedSentence] = []
    for paragraph in Segmenter.paragraphs(of: text) {
      out += try gloss(paragraph: paragraph, cursor: &cursor)
    }
    return out
  }

  /// Glosses one paragraph at `cursor` (for streaming large inputs paragraph by paragraph;
  /// the result is the same as glossing the whole text).
  public func gloss(paragraph: Substring, cursor: inout Segmenter.Cursor) throws(ICUError)
    -> [GlossedSentence]
  {
    gloss(sentences: try segment(paragraph: paragraph, cursor: &cursor))
  }

  /// The sentences of one paragraph at `cursor`, not yet glossed (to gloss them elsewhere,
  /// for instance on several engines at once).
  public func segment(paragraph: Substring, cursor: inout Segmenter.Cursor) throws(ICUError) -> [Sentence] {
    try segmenter.segment(paragraph: paragraph, cursor: &cursor)
  }

  /// Glosses segmented sentences. Entity numbers continue this engine's count.
  public func gloss(sentences: [Sentence]) -> [GlossedSentence] { sentences.map(gloss(sentence:)) }

  /// The ranked analyses of one word (with clitics, in any spelling).
  public func analyses(of word: String) -> [Analysis] {
    analyses(ofKey: normalizer.key(word))
  }

  /// The romanization of a lexicon entry itself (all its words, no clitics).
  public func romanization(of entry: LexiconEntry) -> String {
    var word = Analysis(stem: LookupNormalizer().key(entry.arabic), entry: entry, match: .lemma)
    word.features = WordFeatures()
    guard entry.isMultiword else { return romanizer.romanize(word, surface: entry.arabic) }
    return entry.words.indices.map {
      romanizer.romanize(phraseWord: $0, of: entry, proclitics: [], surface: String(entry.words[$0]))
    }.joined(separator: " ")
  }

  /// The romanization of letters alone (an unknown word or stem).
  public func romanization(ofLetters letters: String) -> String { romanizer.romanize(letters: letters) }

  /// The multi-word entries a phrase (with clitics on its first word) is, as analyses.
  public func phraseAnalyses(of phrase: String) -> [Analysis] {
    let keys = phrase.split(separator: " ").map { normalizer.key($0) }
    guard let match = phrases.longestMatch(keys), match.length == keys.count else { return [] }
    var a = Analysis(stem: keys.joined(separator: " "), entry: match.entry, match: .lemma)
    a.proclitics = match.proclitics
    return [a]
  }

  private func analyses(ofKey key: String) -> [Analysis] {
    if let cached = cache[key] { return cached }
    let ranked = AnalysisRanker.rank(analyzer.analyses(ofKey: key))
    if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
    cache[key] = ranked
    return ranked
  }

  // MARK: - Sentences

  /// An elative adjective (أكبر "biggest", أفضل "best") without the article or a pronoun.
  static func isBareElative(_ a: Analysis) -> Bool {
    a.entry.pos == .adjective && WordAnalyzer.isElative(a.entry.arabic) && a.enclitic == nil
      && !a.features.definite && a.match == .lemma && a.suffixes.isEmpty
  }

  private func gloss(sentence: Sentence) -> GlossedSentence {
    var tokens = sentence.tokens.map { GlossedToken(token: $0, status: .known) }
    var entities: [EntitySpan] = []
    let arabic = tokens.indices.filter { tokens[$0].token.kind == .arabic }
    var covered = Set<Int>()
    // Multi-word entries first: they outrank every single-word analysis.
    var position = 0
    while position < arabic.count {
      let run = consecutiveRun(from: position, arabic: arabic, tokens: tokens)
      let keys = run.map { normalizer.key(tokens[$0].token.text) }
      if let match = phrases.longestMatch(keys) {
        let isUnit = match.entry.category != .grammar
        let span = EntitySpan(
          id: nextEntityID, type: match.entry.category?.rawValue ?? "term",
          english: match.entry.primaryGloss, first: tokens[run[0]].token.index,
          last: tokens[run[match.length - 1]].token.index, entry: match.entry)
        if isUnit {
          nextEntityID += 1
          entities.append(span)
        }
        for (offset, index) in run.prefix(match.length).enumerated() {
          var a = Analysis(stem: keys[offset], entry: match.entry, match: .lemma)
          if offset == 0 { a.proclitics = match.proclitics.filter { $0.role != .article } }
          fill(&tokens[index], with: a, alternatives: [])
          tokens[index].translit = romanizer.romanize(phraseWord: offset, of: match.entry, proclitics: offset == 0 ? a.proclitics : [], surface: tokens[index].token.text)
          tokens[index].entity = isUnit ? span : nil
          tokens[index].leipzig = (offset == 0 ? match.proclitics.map(\.label) : []).joined(separator: "-")
            + (offset == 0 && !match.proclitics.isEmpty ? "-" : "") + Leipzig.word(match.entry.primaryGloss)
          covered.insert(index)
        }
        position += match.length
        continue
      }
      position += 1
    }
    var previousNoun: Analysis?
    for (position, index) in arabic.enumerated() where !covered.contains(index) {
      glossWordOnce(&tokens[index])
      // The word before, with only spaces between, if any.
      let before = position > 0 && tokens[(arabic[position - 1] + 1)..<index].areSpacesOnOneLine ? arabic[position - 1] : nil
      // Agreement needs the noun right before.
      if before.map({ covered.contains($0) }) ?? true { previousNoun = nil }
      if let before {
        readNegation(at: index, after: before, in: &tokens)
        readAuxiliaryParticle(at: index, after: before, in: &tokens)
      }
      // A preposition before, perhaps a multi-word one (من أجل).
      if let before, let a = tokens[before].analysis, Self.isBarePreposition(a) { preferNominal(&tokens[index]) }
      if let before, let a = tokens[before].analysis, Self.opensVerbalClause(a) { preferVerb(&tokens[index]) }
      // An indefinite noun in construct governs a noun: تحقيق تقدم "achieving progress", not
      // "advanced"; a bare perfect right after one is rare.
      if let a = before.flatMap({ tokens[$0].analysis }), a.entry.pos == .noun, !a.features.definite, a.enclitic == nil,
        a.suffixes.isEmpty, a.proclitics.allSatisfy({ $0.role != .article }),
        let best = tokens[index].analysis, best.entry.pos == .verb, best.features.aspect == .perfect, best.enclitic == nil,
        best.suffixes.isEmpty, best.proclitics.isEmpty
      {
        preferNominal(&tokens[index], within: 15)
      }
      // After a number comes the noun it counts: ألف طالب "a thousand students", not
      // "demanded"; 500 طالب; but not after a number that names (عام 1957 التقى "in 1957
      // met").
      if let a = before.flatMap({ tokens[$0].analysis }), a.entry.pos == .numeral, a.enclitic == nil {
        preferNominal(&tokens[index])
      } else if index >= 2, tokens[index - 1].token.kind == .whitespace, tokens[index - 2].token.kind == .number,
        tokens[(index - 1)..<index].areSpacesOnOneLine, !followsANoun(index - 2, in: tokens)
      {
        preferNominal(&tokens[index])
      }
      // The word after, glossed ahead (once, cached): a name or a definite noun there is more
      // often this word's genitive (إيقاف منتخب أستراليا "stopping Australia's team").
      var beforeGenitive = false
      // Whether a noun, a name or an adjective follows (an elative before one is its
      // superlative: أكبر دولة "the biggest country"); neither an accusative ـًا nor a word
      // with a preposition or a conjunction is a genitive.
      var beforeNominal = false
      if position + 1 < arabic.count, tokens[(index + 1)..<arabic[position + 1]].areSpacesOnOneLine {
        if covered.contains(arabic[position + 1]) {
          beforeNominal = true
        } else {
          glossWordOnce(&tokens[arabic[position + 1]])
          let next = tokens[arabic[position + 1]].analysis
          beforeGenitive = next.map { $0.entry.pos == .properNoun || ($0.entry.pos == .noun && $0.features.definite) } ?? false
          let nominal = { (a: Analysis) in
            [.noun, .properNoun, .adjective, .numeral].contains(a.entry.pos) && !a.features.adverbial
              && a.proclitics.allSatisfy { $0.role == .article }
          }
          // (Also a pronoun or a demonstrative, أهم ما "the most important thing that", and a
          // noun read second, بأكبر قدر "with the greatest amount", not "estimated".)
          beforeNominal = next.map { best in
            nominal(best) || [.pronoun, .determiner].contains(best.entry.pos)
              || tokens[arabic[position + 1]].alternatives.contains { nominal($0) && $0.score >= best.score - 40 }
          } ?? true
        }
      }
      // A number after it is counted by it: أكبر 10 شركات "the ten biggest companies".
      if let after = tokens[(index + 1)...].firstIndex(where: { $0.token.kind != .whitespace }),
        [.number, .latin].contains(tokens[after].token.kind), tokens[(index + 1)..<after].areSpacesOnOneLine
      {
        beforeNominal = true
      }
      preferAgreeingAdjective(&tokens[index], after: previousNoun, beforeGenitive: beforeGenitive)
      // An adjective agreeing with the noun before it keeps its adjective form: a plural
      // (الجنود الأمريكيون "American"), or an indefinite accusative after one (عنصراً
      // أساسياً "basic", not "basically").
      let attributive = previousNoun.map { noun in
        tokens[index].analysis.map { a in
          a.entry.pos == .adjective && (a.features.number == .plural || (a.features.adverbial && noun.features.adverbial))
        } ?? false
      } ?? false
      // An elative with no noun after it compares: دور أكبر "a bigger role", أكبر من "bigger
      // than".
      let comparative = !beforeNominal && tokens[index].analysis.map(Self.isBareElative) == true
      if let a = tokens[index].analysis, attributive || comparative {
        tokens[index].gloss = GlossComposer.readable(a, attributive: attributive, comparative: comparative)
      }
      // Adjectives after a noun all agree with it: قوات جوية مشتركة "joint".
      let pos = tokens[index].analysis?.entry.pos
      // A month or a place is a definite noun too (أغسطس الماضي "last August"); a person's name
      // is followed by other names.
      let named = pos == .properNoun && tokens[index].analysis?.entry.category != .person
      previousNoun = pos == .noun || named ? tokens[index].analysis : pos == .adjective ? previousNoun : nil
    }
    let words = arabic.filter { !covered.contains($0) }
    preferConstructBeforeGenitive(&tokens, words: arabic, fixed: covered)
    readApproximations(&tokens, words: arabic)
    readRelativeBeforeVerb(&tokens, words: arabic)
    readYetAfterNegation(&tokens, words: arabic)
    readFemininePassiveBeforeSubject(&tokens, words: arabic)
    readConsideredAs(&tokens, words: arabic)
    preferNameChains(&tokens, words: arabic, fixed: covered)
    for index in words {
      if let entry = tokens[index].analysis?.entry, entry.isEntity {
        let span = EntitySpan(
          id: nextEntityID, type: entry.category?.rawValue ?? "term", english: entry.primaryGloss,
          first: tokens[index].token.index, last: tokens[index].token.index, entry: entry)
        nextEntityID += 1
        tokens[index].entity = span
        entities.append(span)
      }
    }
    for run in AbbreviationReader.runs(in: tokens, words: words) {
      readAbbreviation(run, in: &tokens, entities: &entities)
    }
    for index in tokens.indices where tokens[index].token.kind != .arabic {
      glossOther(&tokens[index])
    }
    return GlossedSentence(index: sentence.index, range: sentence.range, tokens: tokens, entities: entities)
  }

  /// Letter names in a row read as one abbreviation (آي إيه جي → IAG): one entity whose
  /// words keep their letters' analyses, with the other readings as alternatives.
  private func readAbbreviation(_ run: [Int], in tokens: inout [GlossedToken], entities: inout [EntitySpan]) {
    let letters = run.compactMap { AbbreviationReader.letterReading(of: tokens[$0]) }
    let abbreviation = AbbreviationReader.letters(of: run, in: tokens)
    let entry = LexiconEntry(
      arabic: letters.map(\.entry.arabic).joined(separator: " "), pos: .properNoun, glosses: [abbreviation],
      source: letters[0].entry.source)
    let span = EntitySpan(
      id: nextEntityID, type: "abbreviation", english: abbreviation, first: tokens[run[0]].token.index,
      last: tokens[run[run.count - 1]].token.index, entry: entry)
    nextEntityID += 1
    entities.append(span)
    for (index, letter) in zip(run, letters) {
      let others = ([tokens[index].analysis].compactMap { $0 } + tokens[index].alternatives).filter { $0 != letter }
      fill(&tokens[index], with: letter, alternatives: others)
      tokens[index].gloss = abbreviation
      tokens[index].leipzig = Leipzig.word(abbreviation)
      tokens[index].entity = span
    }
  }

  /// Arabic tokens from `position` that follow each other with only spaces, or one hashtag
  /// underscore or hyphen, between them (عاصفة_الحزم، واي-فاي), up to the longest phrase in
  /// the lexicons.
  private func consecutiveRun(from position: Int, arabic: [Int], tokens: [GlossedToken]) -> [Int] {
    var run = [arabic[position]]
    var next = position + 1
    while next < arabic.count && run.count < store.longestPhrase {
      let previous = run[run.count - 1]
      let between = tokens[(previous + 1)..<arabic[next]]
      let joined = between.count == 1 && ["_", "-"].contains(between.first!.token.text)
      guard joined || between.areSpacesOnOneLine else { break }
      run.append(arabic[next])
      next += 1
    }
    return run
  }

  // MARK: - Words

  private func glossWordOnce(_ token: inout GlossedToken) {
    if var cached = wordCache[token.token.text] {
      cached.token = token.token
      token = cached
      return
    }
    glossWord(&token)
    if wordCache.count > 100_000 { wordCache.removeAll(keepingCapacity: true) }
    wordCache[token.token.text] = token
  }

  private func glossWord(_ token: inout GlossedToken) {
    let key = normalizer.key(token.token.text)
    // No Arabic word is this long (clitics included, words run to about 15 letters): a
    // token longer than this is scraped garbage or a run of letters, and analysing or
    // repairing it would cost time that grows with its square.
    guard key.unicodeScalars.count <= Self.longestWord else {
      token.status = .unknown
      token.leipzig = "?"
      token.translit = romanizer.romanize(letters: token.token.text)
      token.unknownStem = key
      return
    }
    if let abbreviation = dottedAbbreviation(token.token.text) {
      fill(&token, with: abbreviation, alternatives: [])
      return
    }
    var found = analyses(ofKey: key)
    // (Only a word that writes إ or آ can rule a reading out.)
    if token.token.text.unicodeScalars.contains(where: { $0 == "\u{0625}" || $0 == "\u{0622}" }) {
      found = found.filter { !Self.writesAnImpossibleHamza($0, in: token.token.text) }
    }
    if found.isEmpty { found = AnalysisRanker.rank(analyzer.lastResortAnalyses(ofKey: key)) }
    found = preferringImperative(preferringSpelling(found, of: token.token.text), of: token.token.text)
    // Tanwin (ً ٌ ٍ) is written on indefinite nominals only: شخصٍ is "a person", not the verb
    // "diagnosed"; دوماً is "always", not the town Douma. A word with only such readings has
    // none (كتوماً is no ك + Thomas).
    if token.token.text.unicodeScalars.contains(where: { (0x064B...0x064D).contains($0.value) }) {
      found = found.filter { $0.entry.pos != .verb && $0.entry.pos != .properNoun }
      // A noun in ـيا takes no tanwin: ديموغرافياً is the nisba's adverb "demographically",
      // not "demography".
      let yaNoun = { (a: Analysis) in a.entry.pos == .noun && !a.features.adverbial && a.entry.arabic.skeleton.hasSuffix("يا") }
      found = found.filter { !yaNoun($0) } + found.filter(yaNoun)
    }
    // An indefinite defective noun drops its final ي under tanwin: أغانٍ (songs), محامٍ,
    // and news mostly leaves the tanwin unwritten (راض، باق، أراض): a word with no reading
    // is read so when it is a bare nominal (no article, suffix or pronoun), never a name
    // (آند is "and" in a company's name, not Andy; كارير is not ك + إريري Snowdonia) nor a
    // nisba, whose ي is no root letter (حفص is not حفصي "Hafsid").
    if found.isEmpty {
      let marked = token.token.text.unicodeScalars.last == "\u{064D}"
      found = analyses(ofKey: key + "ي").filter { a in
        a.entry.pos != .properNoun && !Self.isNisbaLemma(a.entry) && (marked || a.entry.pos.isNominal && a.suffixes.isEmpty && a.enclitic == nil
          && !a.proclitics.contains { $0.role == .article } && !a.features.derivedNisba)
      }
    }
    // Informal writing spells ئ as يء (مباديء، شواطيء، يخطيء): a word with no reading is read
    // with ئ. (Only then: بريء "innocent" and شيء "thing" are spelled so.)
    if found.isEmpty, key.contains("يء") { found = analyses(ofKey: key.replacingOccurrences(of: "يء", with: "ئ")) }
    if found.isEmpty, token.token.text.unicodeScalars.first == "\u{0623}" { found = AnalysisRanker.rank(analyzer.questionedAnalyses(ofKey: key)) }
    if found.isEmpty { found = foreignNameReadings(key) }
    if let best = found.first {
      fill(&token, with: best, alternatives: Array(found.dropFirst().prefix(8)))
      return
    }
    if let readings = bama?.readings(of: token.token.text), let best = readings.first {
      fill(&token, with: best.analysis, alternatives: readings.dropFirst().prefix(8).map(\.analysis))
      token.translit = romanizer.romanize(proclitics: best.analysis.proclitics, rest: best.vocalizedRest)
      token.vocalized = true
      return
    }
    if let parts = repairRunTogether(key) {
      token.status = .repaired
      token.parts = parts
      token.gloss = parts.map { GlossComposer.readable($0) }.joined(separator: " ")
      token.leipzig = parts.map(Leipzig.gloss(of:)).joined(separator: " ")
      token.translit = parts.map { part in
        guard part.entry.isMultiword else { return romanizer.romanize(part, surface: part.stem) }
        return part.entry.words.indices.map {
          romanizer.romanize(phraseWord: $0, of: part.entry, proclitics: $0 == 0 ? part.proclitics : [], surface: token.token.text)
        }.joined(separator: " ")
      }.joined(separator: " ")
      token.vocalized = parts.allSatisfy { LookupNormalizer.isVocalized($0.entry.arabic) }
      return
    }
    if let fallback, let a = fallbackAnalysis(key, dictionary: fallback) {
      fill(&token, with: a, alternatives: [])
      token.status = .fallback
      return
    }
    partial(&token, key: key)
  }

  /// The proper-noun readings of a word with no reading, found under another spelling of a
  /// foreign name (`ForeignNameSpelling`); never a nisba derived from one (جيرايا is not "of
  /// Geran"), nor a name spelled like a common word (جالي is غالي "dear", not Galle).
  private func foreignNameReadings(_ key: String) -> [Analysis] {
    for variant in ForeignNameSpelling.variants(of: key) {
      let names = analyses(ofKey: variant.key).filter {
        $0.entry.pos == .properNoun && $0.entry.category != .grammar && !$0.features.derivedNisba
          && !$0.entry.inflections.contains(.context)
          && (!variant.bare || ($0.proclitics.isEmpty && $0.suffixes.isEmpty))
          // (A place's one-letter proclitic stays: والنيبال "and Nepal".)
          && (!variant.place || ($0.entry.category == .place && $0.suffixes.isEmpty && $0.proclitics.count <= 1
            && $0.proclitics.allSatisfy { $0.role == .proclitic }))
      }
      if !names.isEmpty { return names }
    }
    return []
  }

  /// The imperative or the first person singular, which the key cannot tell apart: a bare
  /// alef (اذهب, not أذهب) makes the imperative of the forms whose alef takes no hamza; a first
  /// person only a jussive reads yields to the imperative (أعطني "give me!", not "I give me";
  /// the context rules restore it after لم); and a form IV imperative, whose أ the text may
  /// drop, yields to a full first person (اجد "I find", not أجاد's "master!").
  private func preferringImperative(_ ranked: [Analysis], of text: String) -> [Analysis] {
    guard let first = ranked.first else { return ranked }
    let bareAlef = Self.letter(after: first.proclitics, in: text) == "\u{0627}"
    if first.features.aspect == .imperative, first.entry.form == .IV, bareAlef,
      let person = ranked.firstIndex(where: {
        $0.features.aspect == .imperfect && $0.features.person == 1 && $0.features.number == .singular
          && !$0.features.jussive && $0.score >= first.score - 15
      })
    {
      var reordered = ranked
      reordered.insert(reordered.remove(at: person), at: 0)
      return reordered
    }
    guard first.features.aspect == .imperfect, first.features.person == 1, first.features.number == .singular
    else { return ranked }
    guard let imperative = ranked.firstIndex(where: {
      $0.features.aspect == .imperative
        && ((bareAlef && $0.entry.form != .IV && $0.score >= first.score - 5) || (first.features.jussive && $0.score >= first.score - 10))
    })
    else { return ranked }
    var reordered = ranked
    reordered.insert(reordered.remove(at: imperative), at: 0)
    return reordered
  }

  /// Whether the text's own hamza rules a verb reading out: the first person's prefix is أ
  /// (أكتب), never إ (إسن is no "I enact"), and آ only on a verb in hamza (آكل "I eat"); an
  /// imperative's alef takes no madda (آفري is no "flee!") unless its verb is in hamza (آمِن).
  static func writesAnImpossibleHamza(_ a: Analysis, in text: String) -> Bool {
    guard a.entry.pos == .verb, let letter = letter(after: a.proclitics, in: text) else { return false }
    let firstPerson = a.features.aspect == .imperfect && a.features.person == 1 && a.features.number == .singular
    let imperative = a.features.aspect == .imperative
    let verbInHamza = a.entry.arabic.skeleton.first.map { "أءآ".contains($0) } ?? false
    switch letter {
    case "\u{0625}": return firstPerson
    case "\u{0622}": return (firstPerson || imperative) && !verbInHamza
    default: return false
    }
  }

  /// The text's first letter after a reading's proclitics (واريد: ا).
  static func letter(after proclitics: [Morpheme], in text: String) -> Unicode.Scalar? {
    text.skeleton.unicodeScalars.dropFirst(proclitics.reduce(0) { $0 + $1.text.unicodeScalars.count }).first
  }

  /// Whether an entry is a nisba: flagged so, or written with the nisba's ـيّ.
  static func isNisbaLemma(_ entry: LexiconEntry) -> Bool {
    entry.inflections.contains(.nisba) || entry.arabic.hasSuffix("\u{064A}\u{0651}")
  }

  /// How far behind the best reading one spelled with the text's own hamza seats may be and
  /// still come first (آب the month, written with madda, over أب "father").
  static let spellingMargin = 3

  /// How far behind the best a reading may be and still come first when it writes the
  /// text's hamzas and the best does not, the text writing a hamza.
  static let writtenSeatMargin = 25

  /// The same when the best reading is a form VII–X perfect and the text writes a hamza on
  /// its first alef: only the first person's prefix writes one there.
  static let waslHamzaMargin = 40

  /// The same when the text writes no hamza and the best reading does (السنة "the year", not
  /// ألسنة "tongues").
  static let bareAlefMargin = 15

  /// The same for a reading with the article, when the text writes ال with no hamza.
  static let articleMargin = 30

  /// Moves first, among close readings, one written with the word's own hamzas: keys fold
  /// them, the text does not.
  private func preferringSpelling(_ ranked: [Analysis], of text: String) -> [Analysis] {
    guard ranked.count > 1 else { return ranked }
    let writtenHamzas = Self.hamzas(in: text.unicodeScalars)
    var choice: Int?
    if !agrees(ranked[0], with: writtenHamzas) {
      // The best reading's hamzas are not the text's. A seat the text writes is strong
      // evidence (writers drop hamzas, they rarely add one: بآبل is "with Apple", not بابل
      // Babylon; إنا is إنّا, not أنا); a bare alef is weaker (كان "was", not كأنّ "as if";
      // السنة "the year", not ألسنة "tongues"). A reading that agrees comes first if close.
      // A hamza written on the first alef of a form VII–X perfect, whose alef never takes one,
      // is the first person's أ: أستخدم "I use", أنتظر "I wait".
      // (Also behind a conjunction: وأعتقد "and I believe".)
      let waslPerfect = ranked[0].features.aspect == .perfect && [.VII, .VIII, .IX, .X].contains(ranked[0].entry.form ?? .I)
        && ranked[0].proclitics.allSatisfy { ["and", "so"].contains($0.label) }
        && Self.letter(after: ranked[0].proclitics, in: text) == "\u{0623}"
      let margin = writtenHamzas.count == 0 ? Self.bareAlefMargin : waslPerfect ? Self.waslHamzaMargin : Self.writtenSeatMargin
      choice = ranked.prefix(while: { $0.score >= ranked[0].score - margin }).firstIndex(where: {
        agrees($0, with: writtenHamzas)
      })
      // A word written ال… is the article far more often than a verb in أل with its hamza
      // dropped: الحق "the right", not ألحق "inflicted"; also behind a one-letter conjunction or
      // preposition (والحق).
      let letters = text.skeleton
      let body = letters.first.map { "وفبك".contains($0) } == true ? String(letters.dropFirst()) : letters
      if choice == nil, writtenHamzas.count == 0, body.hasPrefix("\u{0627}\u{0644}") {
        choice = ranked.prefix(while: { $0.score >= ranked[0].score - Self.articleMargin }).firstIndex(where: {
          agrees($0, with: writtenHamzas) && $0.proclitics.contains { $0.role == .article } && $0.match == .lemma && $0.suffixes.isEmpty
        })
      }
    } else if ranked[1].score >= ranked[0].score - Self.spellingMargin {
      // Among close readings, the entry spelled with the text's own seats (أن over إن).
      let written = text.skeleton
      choice = ranked.prefix(while: { $0.score >= ranked[0].score - Self.spellingMargin }).firstIndex(where: {
        // A noun in ة drops or changes it before a suffix or pronoun (آلية → الآليات، طائرته).
        var spelled = spelling(of: $0).skeleton
        if spelled.hasSuffix("\u{0629}") && (!$0.suffixes.isEmpty || $0.enclitic != nil) { spelled.removeLast() }
        return spelled.unicodeScalars.contains(where: Self.alefSeats.contains) && written.contains(spelled)
      })
    }
    guard let choice, choice != 0 else { return ranked }
    var reordered = ranked
    reordered.insert(reordered.remove(at: choice), at: 0)
    return reordered
  }

  /// Hamza on or under alef, and madda.
  private static let alefSeats: Set<Unicode.Scalar> = ["\u{0622}", "\u{0623}", "\u{0625}"]

  /// How many hamzas the letters write (on any seat), and which of them sit on alef, in
  /// order (two bits each: آ 1, أ 2, إ 3).
  private static func hamzas(in scalars: some Sequence<Unicode.Scalar>) -> Hamzas {
    var found = Hamzas()
    for s in scalars {
      let code: UInt64
      switch s.value {
      case 0x0622: code = 1
      case 0x0623: code = 2
      case 0x0625: code = 3
      case 0x0621, 0x0624, 0x0626: code = 0
      default: continue
      }
      found.count += 1
      if code != 0 {
        found.onAlef = found.onAlef << 2 | code
        found.alefCount += 1
      }
    }
    return found
  }

  /// The hamzas a word or entry writes (see `hamzas(in:)`).
  private struct Hamzas {
    var count = 0
    var onAlef: UInt64 = 0
    var alefCount = 0
  }

  /// Whether a reading writes the text's hamzas: as many, and on alef as the text has them
  /// unless the text writes them all on another seat (بدؤوا is بدأ, سئل is سأل). The
  /// interrogative and first-person أ count as written.
  private func agrees(_ a: Analysis, with written: Hamzas) -> Bool {
    var own = Self.hamzas(in: spelling(of: a).unicodeScalars)
    if a.proclitics.contains(where: { $0.label == "Q" }) || a.prefixes.first?.text == "\u{0627}" {
      // The prefix's أ comes before the stem's seats.
      own.count += 1
      own.onAlef |= 2 << UInt64(2 * own.alefCount)
      own.alefCount += 1
    }
    return own.count == written.count && (own.onAlef == written.onAlef || written.alefCount == 0)
  }

  /// The entry's form the word matched, as the lexicon writes it: its lemma, the broken
  /// plural or spelling variant the text wrote (السنة matched ألسنة, the plural of لسان), or
  /// for an imperfect, the imperfect stem (يؤكد, not أكّد).
  private func spelling(of a: Analysis) -> String {
    switch a.match {
    case .lemma: return a.entry.arabic
    case .imperfect: return a.entry.imperfect ?? a.entry.arabic
    case .plural: return a.entry.plurals.first { normalizer.key($0) == a.stem } ?? a.entry.arabic
    case .variant: return a.entry.variants.first { normalizer.key($0) == a.stem } ?? a.entry.arabic
    }
  }

  /// Makes `analysis` the token's reading, keeping `alternatives`, and sets its readable and
  /// Leipzig glosses, romanization and status from it.
  func fill(_ token: inout GlossedToken, with analysis: Analysis, alternatives: [Analysis]) {
    token.analysis = analysis
    token.alternatives = alternatives
    token.status = analysis.entry.isFallback ? .fallback : analysis.entry.isBAMA ? .bama : .known
    token.gloss = GlossComposer.readable(analysis)
    token.leipzig = Leipzig.gloss(of: analysis)
    token.translit = romanizer.romanize(analysis, surface: token.token.text)
    token.vocalized = LookupNormalizer.isVocalized(analysis.entry.arabic) || analysis.entry.translit != nil
  }

  /// Letters joined by full stops (ق.م BC, أ.ف.ب AFP), read through the lexicons' entry
  /// of those letters as words (ق م).
  private func dottedAbbreviation(_ text: String) -> Analysis? {
    guard text.contains(".") else { return nil }
    let letters = text.split(separator: ".").map { normalizer.key($0) }
    guard letters.count >= 2, letters.allSatisfy({ $0.unicodeScalars.count == 1 }),
      let match = phrases.longestMatch(letters), match.length == letters.count, match.proclitics.isEmpty
    else { return nil }
    return Analysis(stem: letters.joined(), entry: match.entry, match: .lemma)
  }

  /// A word with no analysis that is two known words run together (الولاياتالمتحدة):
  /// the split into a multi-word entry, else the split whose parts score best.
  private func repairRunTogether(_ key: String) -> [Analysis]? {
    let letters = Array(key)
    // ما and لا run together with the verb or pronoun after them (لايمكن، مازال، ماهو،
    // مالم): common in scraped text, and too short for the general split below.
    // Before a pronoun ما asks "what" (ماهو); before a verb it negates (ماكان، لايمكن).
    for particle in ["ما", "لا"] where key.hasPrefix(particle) && letters.count >= 4 {
      let right = String(key.dropFirst(2))
      if let match = phrases.longestMatch([particle, right]), match.length == 2, match.proclitics.isEmpty {
        return [Analysis(stem: key, entry: match.entry, match: .lemma)]
      }
      guard
        let r = analyses(ofKey: right).first(where: {
          $0.proclitics.isEmpty
            && ($0.entry.pos == .verb || ($0.entry.category == .grammar && [.pronoun, .particle, .adverb].contains($0.entry.pos)))
        }),
        let l = analyses(ofKey: particle).first(where: {
          $0.entry.category == .grammar && ($0.entry.pos == .pronoun) == (r.entry.pos == .pronoun)
        })
      else { continue }
      return [l, r]
    }
    // The vocative يا run together with the noun it calls (يارب، ياسيدي).
    if key.hasPrefix("يا"), letters.count >= 4,
      let l = analyses(ofKey: "يا").first(where: { $0.entry.category == .grammar }),
      let r = analyses(ofKey: String(key.dropFirst(2))).first(where: {
        $0.proclitics.isEmpty && [.noun, .properNoun].contains($0.entry.pos)
      })
    {
      return [l, r]
    }
    guard letters.count >= 5 else { return nil }
    var best: (score: Int, parts: [Analysis])?
    let startsWithArticle = key.hasPrefix("\u{0627}\u{0644}")
    for cut in 2...(letters.count - 2) {
      let left = String(letters[..<cut]), right = String(letters[cut...])
      if let match = phrases.longestMatch([left, right]), match.length == 2 {
        var a = Analysis(stem: key, entry: match.entry, match: .lemma)
        a.proclitics = match.proclitics.filter { $0.role != .article }
        return [a]
      }
      // Only plain words: a part with a conjunction, a pronoun or a one-letter stem is more
      // likely a misreading of an unknown word than a missing space. A word that starts with
      // ال starts with the article: its first part must read so (not ألم "pain" in المكرمة).
      // A verb with its ending before a preposition is the other common missing space
      // (مررناعلى، ذهبناالى).
      if cut >= 4, let v = analyses(ofKey: left).first(where: Self.isInflectedVerb),
        let p = analyses(ofKey: right).first(where: {
          $0.entry.pos == .adposition && $0.entry.category == .grammar && $0.proclitics.isEmpty && $0.enclitic == nil
            && $0.stem.count >= 2
        })
      {
        let score = v.score + p.score
        if best == nil || score > best!.score { best = (score, [v, p]) }
        continue
      }
      guard cut >= 3, letters.count - cut >= 3,
        let l = analyses(ofKey: left).first(where: {
          Self.isPlainWord($0, leading: true) && (!startsWithArticle || $0.proclitics.contains { $0.role == .article })
        }),
        let r = analyses(ofKey: right).first(where: { Self.isPlainWord($0) })
      else { continue }
      // A name run together with a common word is more likely one unknown name (أنتيباس is
      // not أنتي Ante + باس).
      if (l.entry.pos == .properNoun) != (r.entry.pos == .properNoun) { continue }
      // Two common words run together carry the article on one of them (الطائرةالروسية،
      // لليترمقارنة); two bare ones are more often a foreign name read as words (ستارلين is
      // not ستار "curtain" + لين "soft", بيتراسي not بيت + راسي).
      let hasArticle = { (a: Analysis) in a.proclitics.contains { $0.role == .article } }
      if l.entry.pos != .properNoun, !hasArticle(l), !hasArticle(r) { continue }
      let score = l.score + r.score
      if best == nil || score > best!.score { best = (score, [l, r]) }
    }
    return best?.parts
  }

  /// A whole lexicon noun, adjective or name with at most the article and a suffix: the
  /// words news runs together (الولاياتالمتحدة); a verb or function word in a split is
  /// more likely a misreading of one unknown word.
  /// A reading kept for context vouches for no split (المنهالي is not منة + آلي).
  /// A name of three letters or fewer (يون، جين) is too short to vouch for a split, and a
  /// dual (بوليتان "two urinary") too rare.
  /// The first part may also carry a conjunction or preposition before its article
  /// (لليترمقارنة: لل + ليتر).
  private static func isPlainWord(_ a: Analysis, leading: Bool = false) -> Bool {
    let clitics = a.proclitics.allSatisfy { $0.role == .article }
      || (leading && a.proclitics.contains { $0.role == .article })
    return a.enclitic == nil && a.prefixes.isEmpty && clitics && !a.entry.inflections.contains(.context)
      && a.stem.count >= (a.entry.pos == .properNoun ? 4 : 3) && [.noun, .properNoun, .adjective].contains(a.entry.pos)
      && !a.features.derivedNisba && a.features.number != .dual
  }

  /// A verb with a person ending (مررنا، ذهبوا), no clitic or pronoun: a form no name takes.
  private static func isInflectedVerb(_ a: Analysis) -> Bool {
    a.entry.pos == .verb && !a.suffixes.isEmpty && a.proclitics.isEmpty && a.enclitic == nil && a.stem.count >= 2
  }

  private func fallbackAnalysis(_ key: String, dictionary: FallbackDictionary) -> Analysis? {
    for split in analyzer.affixes.procliticSplits(of: key) where !split.future && !split.purposeLam {
      for candidate in normalizer.alternatives(ofKey: String(split.rest)) {
        guard let entry = dictionary.entry(forKey: candidate) else { continue }
        var a = Analysis(stem: String(split.rest), entry: entry, match: .lemma)
        a.proclitics = split.morphemes
        a.features.definite = split.article
        return a
      }
    }
    return nil
  }

  /// Unknown stem: keep the clitics that are recognizable (و + ?).
  private func partial(_ token: inout GlossedToken, key: String) {
    let splits = analyzer.affixes.procliticSplits(of: key).filter {
      !$0.future && !$0.purposeLam && $0.rest.count >= 3
    }
    token.translit = romanizer.romanize(letters: token.token.text)
    token.unknownStem = key
    let letters = Array(token.token.text.unicodeScalars.filter { ScalarClass.isArabicLetter($0) })
    let likelihood = { (split: AffixInventory.ProcliticSplit) -> Double in
      let position = split.morphemes.reduce(0) { $0 + $1.text.unicodeScalars.count }
      let hamzaNext = position < letters.count && ["\u{0623}", "\u{0625}", "\u{0622}"].contains(letters[position])
      return Self.cliticLikelihood(split, hamzaNext: hamzaNext)
    }
    guard let split = splits.max(by: { likelihood($0) < likelihood($1) }), likelihood(split) >= 1
    else {
      token.status = .unknown
      token.gloss = ""
      token.leipzig = "?"
      return
    }
    token.status = .partial
    token.unknownStem = String(split.rest)
    token.translit = romanizer.romanize(proclitics: split.morphemes, rest: String(split.rest))
    let clitics = split.morphemes.filter { $0.role == .proclitic }.map { GlossComposer.firstSense($0.gloss) }
    let article = split.morphemes.contains { $0.role == .article } ? ["the"] : []
    token.gloss = (clitics + article + ["?"]).joined(separator: " ")
    token.leipzig = (split.morphemes.map(\.label) + ["?"]).joined(separator: "-")
  }

  /// How likely it is that an unknown word really carries these clitics (taken from 1): the
  /// article and و are near-certain; a bare preposition (ب ك ل) is as likely the word's own
  /// first letter (كاتالانو), unless a hamza-initial word follows (لأوباما).
  private static func cliticLikelihood(_ split: AffixInventory.ProcliticSplit, hamzaNext: Bool) -> Double {
    // ف is a much rarer conjunction than و, and a name may begin with its letter (فال…:
    // Valentino, Valencia), so ف and ف+ال alone do not reach the threshold of 1.
    let fa = split.morphemes.first?.text == "ف"
    var score = 0.0
    if split.article { score += fa ? 0.5 : 2 }
    if split.conjunction { score += fa ? 0.25 : 1 }
    if split.preposition { score += split.article || hamzaNext ? 0.5 : -1.5 }
    return score
  }

  private func glossOther(_ token: inout GlossedToken) {
    let text = token.token.text
    switch token.token.kind {
    case .number:
      token.gloss = normalizer.key(text).map { $0 == "٫" ? "." : $0 == "٬" ? "," : $0 }.map(String.init).joined()
      token.leipzig = token.gloss
      token.translit = token.gloss
    case .latin:
      token.gloss = text
      token.leipzig = text
      token.translit = text
    case .punctuation:
      // Punctuation is not glossed (it is not a word); its Latin form is its romanization.
      token.translit = String(text.map { Self.punctuation[$0] ?? $0 })
    case .whitespace, .other:
      token.gloss = ""
    case .arabic:
      break
    }
  }

  private static let punctuation: [Character: Character] = [
    "،": ",", "؛": ";", "؟": "?", "«": "“", "»": "”", "٪": "%",
  ]
}
