import ICUKit

/// Romanizes words and analyses with one transform: ALA-LC rules (`transliteration/`) by
/// default in the command, ICU's `Arabic-Latin` when no rules are given.
///
/// A known word is romanized from its vocalized lexicon form (so it has short vowels); the
/// clitics get their own fixed forms with hyphens (wa-, bi-, li-, al-, lil-); other words are
/// romanized from their letters. Not thread-safe in its cache; use one per glosser.
public final class Romanizer {
  private let transform: Transliterator
  private var cache: [String: String] = [:]

  /// The clitics' romanizations in ALA-LC (the article is not assimilated: al-shams).
  private static let clitics: [String: String] = [
    "و": "wa-", "ف": "fa-", "ب": "bi-", "ل": "li-", "ك": "ka-", "س": "sa-", "ال": "al-",
  ]

  /// A romanizer applying `rules` (ICU transform rule text), or ICU's `Arabic-Latin`.
  /// - Throws: `ICUError` with the rule line when the rules do not compile.
  public init(rules: String? = nil) throws(ICUError) {
    if let rules {
      transform = try Transliterator(rules: rules, name: "argloss-romanization")
    } else {
      transform = try Transliterator(id: "Arabic-Latin")
    }
  }

  /// The romanization of a word's letters (diacritics used where present).
  public func romanize(surface: String) -> String {
    if let cached = cache[surface] { return cached }
    let result = (try? transform.apply(surface)) ?? surface
    if cache.count > 100_000 { cache.removeAll(keepingCapacity: true) }
    cache[surface] = result
    return result
  }

  /// The romanization of an analysed word: clitics with hyphens, then the stem from its
  /// vocalized lexicon form when the word is the bare lemma, else from its letters.
  public func romanize(_ analysis: Analysis) -> String {
    var out = ""
    for m in analysis.proclitics {
      if m.role == .article && out.hasSuffix("li-") {
        out.removeLast(3)
        out += "lil-"  // li- + al- is written لل and romanized lil-
      } else {
        out += Self.clitics[m.role == .article ? "ال" : m.text] ?? romanize(surface: m.text) + "-"
      }
    }
    let entry = analysis.entry
    let bare = analysis.suffixes.isEmpty && analysis.enclitic == nil && analysis.prefixes.isEmpty
      && analysis.match == .lemma
    if bare, let translit = entry.translit {
      return out + translit
    }
    var stem: String
    if bare {
      stem = romanize(word: entry.arabic, articleSplit: analysis.proclitics.contains { $0.role == .article })
    } else {
      let letters = analysis.prefixes.map(\.text).joined() + analysis.stem
        + analysis.suffixes.map(\.text).joined() + (analysis.enclitic?.text ?? "")
      stem = romanize(surface: letters)
    }
    if entry.pos == .properNoun { stem = capitalized(stem) }
    return out + stem
  }

  /// The romanization of word `index` of a multi-word entry, from its vocalized form when
  /// the entry has as many words as the text (else from the token's letters).
  public func romanize(phraseWord index: Int, of entry: LexiconEntry, proclitics: [Morpheme], surface: String) -> String {
    let words = entry.arabic.split(separator: " ")
    var out = ""
    for m in proclitics { out += Self.clitics[m.text] ?? "" }
    guard index < words.count, entry.translit == nil else {
      return out + romanize(surface: surface)
    }
    let word = romanize(word: String(words[index]), articleSplit: false)
    return out + (entry.pos == .properNoun ? capitalized(word) : word)
  }

  /// One word of the lexicon: a leading article becomes al- and does not double the next
  /// letter (ALA-LC writes al-shams, al-duwal).
  private func romanize(word: String, articleSplit: Bool) -> String {
    var scalars = Substring(word).unicodeScalars
    let article: [Unicode.Scalar] = ["\u{0627}", "\u{0644}"]
    guard scalars.starts(with: article) else { return romanize(surface: word) }
    scalars = scalars.dropFirst(2)
    while let s = scalars.first, ScalarClass.isArabicMark(s) { scalars = scalars.dropFirst() }
    // The sun letter's shadda belongs to the article: drop it.
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
    return articleSplit ? body : "al-" + body
  }

  private func capitalized(_ text: String) -> String {
    // al-Suʻūdīyah: capitalize after the article.
    if text.hasPrefix("al-"), text.count > 3 { return "al-" + capitalized(String(text.dropFirst(3))) }
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
