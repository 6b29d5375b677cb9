import ICUKit

/// Romanizes words and analyses in one scheme (`TransliterationScheme`).
///
/// In a lexicon scheme, a known word is romanized from its vocalized form (the lexicon's
/// vocalized lemma with its affixes' vowels), its clitics get the scheme's own forms with
/// hyphens (wa-, bi-, li-, al-, lil-), and names are capitalized or, in a scheme that asks for
/// it, written as English writes them (بوتين → Putin). Unknown words are romanized from their
/// letters. A surface scheme (Buckwalter) romanizes the letters exactly as written. Not
/// thread-safe in its cache; use one per glosser.
public final class Romanizer {
  /// The scheme in use.
  public let scheme: TransliterationScheme
  private let transform: Transliterator
  private var cache: [String: String] = [:]

  /// A romanizer for `scheme`.
  /// - Throws: `ICUError` with the rule line when the scheme's rules do not compile.
  public init(scheme: TransliterationScheme) throws(ICUError) {
    self.scheme = scheme
    transform = try Transliterator(rules: scheme.rules, name: "argloss-" + scheme.name)
  }

  /// A romanizer with ICU's `Arabic-Latin` (ISO 233-like) and ALA-LC-style clitics.
  public convenience init() throws(ICUError) {
    var scheme = TransliterationScheme(name: "iso233", ruleFile: ":: Arabic-Latin ;")
    scheme.clitics = ["و": "wa-", "ف": "fa-", "ب": "bi-", "ل": "li-", "ك": "ka-", "س": "sa-"]
    try self.init(scheme: scheme)
  }

  /// The romanization of letters as they are (diacritics used where present).
  public func romanize(surface: String) -> String {
    if let cached = cache[surface] { return cached }
    let result =
      surface.unicodeScalars.count > 64
      ? romanizeInPieces(surface) : ((try? transform.apply(surface)) ?? surface)
    if cache.count > 100_000 { cache.removeAll(keepingCapacity: true) }
    cache[surface] = result
    return result
  }

  /// The romanization of a word read from its letters alone (unknown to the lexicon, or
  /// known without a vocalized form). A scheme that asks for it sees the word behind U+E000.
  public func romanize(letters: String) -> String {
    romanize(surface: scheme.marksLetterReadings ? Self.letterReadingMark + letters : letters)
  }

  /// What a scheme with `#! mark-letter-readings yes` sees before a word read from its letters.
  static let letterReadingMark = "\u{E000}"

  /// ICU's cost grows with the square of one call's length: a very long token (garbage, a
  /// run of letters) is romanized in pieces of 64 scalars, never split before a mark.
  private func romanizeInPieces(_ surface: String) -> String {
    var pieces: [String] = []
    var piece = String.UnicodeScalarView()
    func flush() {
      pieces.append((try? transform.apply(String(piece))) ?? String(piece))
      piece = String.UnicodeScalarView()
    }
    for s in surface.unicodeScalars {
      if piece.count >= 64 && !ScalarClass.isArabicMark(s) { flush() }
      piece.append(s)
    }
    if !piece.isEmpty { flush() }
    return pieces.joined()
  }

  /// The romanization of an analysed word whose text is `surface`.
  public func romanize(_ analysis: Analysis, surface: String) -> String {
    if scheme.surfaceOnly { return romanize(surface: surface) }
    let entry = analysis.entry
    let clitics = cliticPrefix(analysis.proclitics)
    if scheme.names == .exonym, entry.pos == .properNoun {
      // The English name stands for the article too: wa-Saudi Arabia.
      return cliticPrefix(analysis.proclitics.filter { $0.role != .article }) + entry.primaryGloss
    }
    // An installed dictionary's headword may carry an article the word does not: the word's
    // own letters are romanized.
    if entry.isFallback { return clitics + romanize(letters: analysis.stem) }
    let bare = analysis.suffixes.isEmpty && analysis.enclitic == nil && analysis.prefixes.isEmpty
      && analysis.match == .lemma
    if bare, let translit = entry.translit { return clitics + translit }
    var stem: String
    if bare && entry.role == nil {
      // Case endings of nouns are not romanized (أَمْسِ → ams); verbs and particles keep
      // their final vowel (kashafa, anna, maʻa).
      let word = entry.pos.isNominal || entry.pos == .adverb ? Self.droppingCaseEnding(entry.arabic) : entry.arabic
      stem = romanize(word: word, articleSplit: analysis.proclitics.contains { $0.role == .article })
    } else if let vocalized = VocalizedForm.of(analysis) {
      stem = romanize(surface: vocalized)
    } else if analysis.features.aspect == .imperative {
      // The imperative's alef is not in its stem: the word's own letters after its clitics.
      let cliticLetters = analysis.proclitics.reduce(0) { $0 + $1.text.count }
      stem = romanize(letters: String(surface.dropFirst(cliticLetters)))
    } else {
      let letters = analysis.prefixes.map(\.text).joined() + analysis.stem
        + analysis.suffixes.map(\.text).joined() + (analysis.enclitic?.text ?? "")
      stem = romanize(letters: letters)
    }
    if entry.pos == .properNoun && scheme.names != .none { stem = capitalized(stem) }
    return clitics + stem
  }

  /// The romanization of word `index` of a multi-word entry written `surface` in the text.
  public func romanize(phraseWord index: Int, of entry: LexiconEntry, proclitics: [Morpheme], surface: String) -> String {
    if scheme.surfaceOnly { return romanize(surface: surface) }
    let clitics = cliticPrefix(proclitics.filter { $0.role != .article })
    if scheme.names == .exonym, entry.isEntity || entry.pos == .properNoun { return clitics + entry.primaryGloss }
    let words = entry.arabic.split(separator: " ")
    guard index < words.count, entry.translit == nil else { return clitics + romanize(surface: surface) }
    let word = romanize(word: String(words[index]), articleSplit: false)
    return clitics + (entry.pos == .properNoun && scheme.names != .none ? capitalized(word) : word)
  }

  /// A word whose clitics are known and whose stem `rest` is not: the clitics in the
  /// scheme's forms, then the stem's letters (wa-Kātālānū).
  public func romanize(proclitics: [Morpheme], rest: String) -> String {
    if scheme.surfaceOnly { return romanize(surface: proclitics.map(\.text).joined() + rest) }
    return cliticPrefix(proclitics) + romanize(letters: rest)
  }

  /// The proclitics in the scheme's forms; li- + al- is written لل and romanized lil-.
  private func cliticPrefix(_ proclitics: [Morpheme]) -> String {
    var out = ""
    var afterLi = false
    for m in proclitics {
      if m.role == .article {
        if afterLi, let li = scheme.clitics["ل"], out.hasSuffix(li) {
          out.removeLast(li.count)
          out += scheme.articleAfterLi
        } else {
          out += scheme.article
        }
      } else {
        out += scheme.clitics[m.text] ?? romanize(surface: m.text) + "-"
      }
      afterLi = m.text == "ل" && m.role == .proclitic
    }
    return out
  }

  /// One word of the lexicon: a leading article takes the scheme's form and does not double
  /// the sun letter after it (ALA-LC writes al-shams, al-duwal).
  private func romanize(word: String, articleSplit: Bool) -> String {
    var scalars = Substring(word).unicodeScalars
    let article: [Unicode.Scalar] = ["\u{0627}", "\u{0644}"]
    guard scalars.starts(with: article) else { return romanize(surface: word) }
    scalars = scalars.dropFirst(2)
    while let s = scalars.first, ScalarClass.isArabicMark(s) { scalars = scalars.dropFirst() }
    var rest = String.UnicodeScalarView()
    var droppedShadda = false
    for s in scalars {
      if s == "\u{0651}" && !droppedShadda && rest.count <= 2 {
        droppedShadda = true
        continue
      }
      rest.append(s)
    }
    let body = romanize(surface: String(rest))
    return articleSplit ? body : scheme.article + body
  }

  /// The word without a final short vowel or nunation (a case ending).
  static func droppingCaseEnding(_ word: String) -> String {
    var scalars = word.unicodeScalars
    while let last = scalars.last, (0x064B...0x0650).contains(last.value) || last.value == 0x0652 {
      scalars.removeLast()
    }
    return String(scalars)
  }

  private func capitalized(_ text: String) -> String {
    let article = scheme.article
    if !article.isEmpty, text.hasPrefix(article), text.count > article.count {
      return article + capitalized(String(text.dropFirst(article.count)))
    }
    // Skip a leading hamza or ʿayn sign: ʻIrāq → ʻIrāq.
    guard let index = text.firstIndex(where: { $0.isLetter && $0 != "ʻ" && $0 != "ʼ" }) else { return text }
    return text[..<index] + text[index].uppercased() + text[text.index(after: index)...]
  }
}
