import ArabicGloss
import Testing

/// Fixed formulas of news prose, listed as multi-word expressions.
struct NewsFormulaTests {
  @Test func reportingParticiplesBeforeWhatWasSaidAreOnePhrase() throws {
    let tokens = try ShippedLexicons.glosser().gloss("مشيراً إلى أن").flatMap(\.tokens).filter { $0.token.kind == .arabic }
    #expect(tokens.map(\.gloss) == ["pointing out", "pointing out", "that"])
    // Also written without the tanwin.
    let adding = try ShippedLexicons.glosser().gloss("مضيفا أن").flatMap(\.tokens).filter { $0.token.kind == .arabic }
    #expect(adding.map(\.gloss) == ["adding that", "adding that"])
  }

  @Test func stillIsOnePhraseInEveryPersonAndWrittenTogether() throws {
    let glosses = try ShippedLexicons.glosser().gloss("لا زالت ما زلنا لازالوا").flatMap(\.tokens)
      .filter { $0.token.kind == .arabic }.map(\.gloss)
    #expect(glosses == ["still", "still", "still", "still", "still"])
  }

  @Test func mannerPhrasesAreEnglishAdverbs() throws {
    let glosses = try ShippedLexicons.glosser().gloss("وبشكلٍ كبيرٍ بصورة مباشرة").flatMap(\.tokens)
      .filter { $0.token.kind == .arabic }.map(\.gloss)
    #expect(glosses == ["and greatly (significantly)", "greatly (significantly)", "directly", "directly"])
  }

  @Test func baWithAVerbalNounOfMannerIsAnAdverb() throws {
    let glosses = try ShippedLexicons.glosser().gloss("بنجاح وبوضوح بسرعته").flatMap(\.tokens)
      .filter { $0.token.kind == .arabic }.map(\.gloss)
    #expect(glosses == ["successfully", "and clearly", "with his speed"])
  }

  @Test func aVerbalIdiomReadsInThePastWhateverItsPerson() throws {
    let glosses = try ShippedLexicons.glosser().gloss("ألقت القبض على").flatMap(\.tokens)
      .filter { $0.token.kind == .arabic }.map(\.gloss)
    #expect(glosses == ["arrested", "arrested", "on"])
  }

  @Test func bothAndAsAWholeArePhrases() throws {
    let glosses = try ShippedLexicons.glosser().gloss("كلاً من النظام ككل").flatMap(\.tokens)
      .filter { $0.token.kind == .arabic }.map(\.gloss)
    #expect(glosses == ["both", "both", "the system (regime)", "as a whole"])
  }

  @Test func datingPhrasesAndAgesAreUnits() throws {
    let glosses = try ShippedLexicons.glosser().gloss("المتهم العام الماضي البالغ من العمر").flatMap(\.tokens)
      .filter { $0.token.kind == .arabic }.map(\.gloss)
    #expect(glosses == ["the defendant (accused)", "last year", "last year", "aged", "aged", "aged"])
  }
}
