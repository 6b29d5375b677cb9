import ArabicGloss
import Testing

/// Inflected and clitic-bearing forms made from lexicon entries across all files must
/// analyse back to their lemma: the engine recognizes forms, the lexicons list lemmas.
struct InflectedFormTests {
  /// A form and the lemma it must analyse to.
  struct Case: CustomStringConvertible {
    var form: String
    var lemma: LexiconEntry
    var description: String { "\(form) → \(lemma.arabic) (\(lemma.source))" }
  }

  /// Up to `count` forms, spread evenly over the entries of every file.
  static func sample(_ count: Int) -> [Case] {
    let normalizer = LookupNormalizer()
    var cases: [Case] = []
    let entries = ShippedLexicons.store.entries.filter {
      !$0.isMultiword && $0.role == nil && $0.category != .grammar && !$0.isFallback
        && [.noun, .adjective, .verb].contains($0.pos)
    }
    // Some entries yield no form (too short), so sample a quarter more and keep `count`.
    let step = max(1, entries.count / (count + count / 4))
    for (i, entry) in entries.enumerated() where i % step == 0 {
      let w = normalizer.key(entry.arabic)
      guard w.count >= 3 else { continue }
      let taMarbuta = w.hasSuffix("ة")
      switch (entry.pos, i / step % 4) {
      case (.noun, 0): cases.append(Case(form: "وال" + w, lemma: entry))
      case (.noun, 1): cases.append(Case(form: (taMarbuta ? String(w.dropLast()) + "ت" : w) + "ها", lemma: entry))
      case (.noun, 2):
        if let plural = entry.plurals.first { cases.append(Case(form: "ال" + normalizer.key(plural), lemma: entry)) } else {
          cases.append(Case(form: "بال" + w, lemma: entry))
        }
      case (.noun, _): cases.append(Case(form: "لل" + w, lemma: entry))
      case (.adjective, let k):
        if (entry.inflections.contains(.feminine) || entry.inflections.contains(.nisba)) && !taMarbuta && k % 2 == 0 {
          cases.append(Case(form: "ال" + w + "ة", lemma: entry))
        } else if entry.inflections.contains(.masculinePlural) || entry.inflections.contains(.nisba) {
          cases.append(Case(form: w + "ون", lemma: entry))
        } else {
          cases.append(Case(form: "وال" + w, lemma: entry))
        }
      case (.verb, let k):
        let weak = w.hasSuffix("ا") || w.hasSuffix("ى") || w.hasSuffix("ي")
        if k % 2 == 0, let imperfect = entry.imperfect {
          let stem = String(normalizer.key(imperfect).dropFirst())
          cases.append(Case(form: weak || stem.hasSuffix("و") || stem.hasSuffix("ي") || stem.hasSuffix("ى") ? "ت" + stem : "ي" + stem + "ون", lemma: entry))
        } else {
          cases.append(Case(form: "و" + w + (weak ? "" : "ت"), lemma: entry))
        }
      default: break
      }
    }
    return Array(cases.prefix(count))
  }

  @Test func twoHundredInflectedFormsAnalyseToTheirLemma() throws {
    let glosser = try ShippedLexicons.glosser()
    let cases = Self.sample(200)
    #expect(cases.count == 200)
    let missed = cases.filter { c in !glosser.analyses(of: c.form).contains { $0.entry == c.lemma } }
    #expect(missed.isEmpty, "\(missed.count) not recognized: \(missed.prefix(20))")
  }
}
