import ArabicGloss
import ICUKit
import Testing

/// Properties over generated text (seeded, so every run checks the same cases): lookup keys
/// are idempotent, Buckwalter round-trips, glossing is deterministic, and glossing split
/// over several engines equals one engine's.
struct GlossingPropertyTests {
  static let letters = Array("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي")
  static let marks: [Character] = ["\u{064B}", "\u{064C}", "\u{064D}", "\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}", "\u{0652}"]

  /// Words of the sample article, random letter strings, punctuation, digits, Latin and
  /// line breaks, joined by spaces.
  static func text(_ rng: inout SeededGenerator, words: Int) -> String {
    let article = RepositoryFiles.sampleArticle.split(whereSeparator: \.isWhitespace).map(String.init)
    var out = ""
    for _ in 0..<words {
      switch Int.random(in: 0..<10, using: &rng) {
      case 0..<6: out += article.randomElement(using: &rng)!
      case 6: out += String((0..<Int.random(in: 1...8, using: &rng)).map { _ in letters.randomElement(using: &rng)! })
      case 7: out += ["،", ".", "؟", "(", ")", "«", "»", "-"].randomElement(using: &rng)!
      case 8: out += ["2024", "١٩٩٠", "NATO", "Putin", "\n", "\n\n"].randomElement(using: &rng)!
      default: out += String(letters.randomElement(using: &rng)!) + String(marks.randomElement(using: &rng)!)
      }
      out += " "
    }
    return out
  }

  @Test func lookupKeysAreIdempotent() {
    let normalizer = LookupNormalizer()
    var rng = SeededGenerator(seed: 7)
    for _ in 0..<500 {
      let word = String((0..<Int.random(in: 1...12, using: &rng)).map { _ in
        Bool.random(using: &rng) ? Self.letters.randomElement(using: &rng)! : (Self.marks + ["ـ", "\u{200C}", "٣", "ﻻ"]).randomElement(using: &rng)!
      })
      let key = normalizer.key(word)
      #expect(normalizer.key(key) == key, "\(word)")
    }
  }

  @Test(arguments: ["buckwalter", "safe-buckwalter"])
  func buckwalterRoundTripsGeneratedText(scheme: String) throws {
    let rules = ShippedLexicons.scheme(scheme).rules
    let forward = try Transliterator(rules: rules)
    let backward = try Transliterator(rules: rules, direction: .reverse)
    var rng = SeededGenerator(seed: 11)
    for _ in 0..<200 {
      let text = String((0..<Int.random(in: 1...20, using: &rng)).map { _ in
        Bool.random(using: &rng) ? Self.letters.randomElement(using: &rng)! : Self.marks.randomElement(using: &rng)!
      })
      #expect(try backward.apply(forward.apply(text)) == text)
    }
  }

  @Test func glossingIsDeterministic() throws {
    var rng = SeededGenerator(seed: 3)
    let warm = try ShippedLexicons.glosser()
    for _ in 0..<20 {
      let text = Self.text(&rng, words: 80)
      let fresh = GlossJSONLinesRenderer().render(try ShippedLexicons.glosser().gloss(text))
      // A warm engine (its caches full of other text) renumbers entities from its count.
      var again = try warm.gloss(text)
      var next = 0
      for i in again.indices { next = again[i].renumberEntities(from: next) }
      #expect(GlossJSONLinesRenderer().render(again) == fresh)
    }
  }

  @Test func glossingSplitOverEnginesEqualsOneEngine() throws {
    var rng = SeededGenerator(seed: 5)
    let engines = [try ShippedLexicons.glosser(), try ShippedLexicons.glosser(), try ShippedLexicons.glosser()]
    for _ in 0..<10 {
      let text = Self.text(&rng, words: 200)
      // The reference: a fresh engine, numbering entities from 0.
      let whole = GlossJSONLinesRenderer().render(try ShippedLexicons.glosser().gloss(text))
      var cursor = Segmenter.Cursor()
      var next = 0
      var split: [GlossedSentence] = []
      for (i, paragraph) in Segmenter.paragraphs(of: text).enumerated() {
        let sentences = try engines[0].segment(paragraph: paragraph, cursor: &cursor)
        for var sentence in engines[i % engines.count].gloss(sentences: sentences) {
          next = sentence.renumberEntities(from: next)
          split.append(sentence)
        }
      }
      #expect(GlossJSONLinesRenderer().render(split) == whole)
    }
  }
}
