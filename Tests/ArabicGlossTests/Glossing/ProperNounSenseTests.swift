import ArabicGloss
import Testing

/// A proper noun whose entry lists a second English form shows it in parentheses, as other
/// content words show their second sense; the entity keeps the first as its English name.
struct ProperNounSenseTests {
  @Test func aNameSpelledForTwoEnglishNamesShowsBoth() throws {
    let tokens = try ShippedLexicons.glosser().gloss("قال ميشيل").flatMap(\.tokens).filter { $0.token.kind == .arabic }
    #expect(tokens.last?.gloss == "Michel (Michelle)")
    #expect(tokens.last?.entity?.english == "Michel")
  }

  @Test func anEntityKnownByItsAbbreviationShowsIt() throws {
    let sentences = try ShippedLexicons.glosser().gloss("وزار الاتحاد الأوروبي")
    let tokens = sentences.flatMap(\.tokens).filter { $0.token.kind == .arabic }
    #expect(tokens.last?.gloss == "European Union (EU)")
    #expect(sentences.flatMap(\.entities).map(\.english) == ["European Union"])
  }
}
