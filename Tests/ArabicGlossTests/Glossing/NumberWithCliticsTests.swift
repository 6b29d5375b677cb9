import ArabicGloss
import Testing

/// Digits with a conjunction, preposition or the article written on them.
struct NumberWithCliticsTests {
  func token(_ word: String) throws -> GlossedToken {
    try #require(ShippedLexicons.glosser().gloss(word).first?.tokens.first)
  }

  @Test(arguments: [
    ("ب7", "with 7", "with-7"), ("وب5", "and with 5", "and-with-5"), ("للـ2014", "for 2014", "for-DEF-2014"),
    ("ب٧٫٥", "with 7.5", "with-7.5"), ("ب7,5", "with 7,5", "with-7,5"),
  ])
  func cliticsOnANumberAreGlossedAndTheNumberKept(word: String, gloss: String, leipzig: String) throws {
    let t = try token(word)
    #expect(t.status == .known)
    #expect(t.gloss == gloss)
    #expect(t.leipzig == leipzig)
  }

  @Test func theArticleOnANumberIsReadWithOrWithoutTatweel() throws {
    #expect(try token("الـ96").leipzig == "DEF-96")
    #expect(try token("ال53").leipzig == "DEF-53")
  }

  @Test func lettersAfterTheDigitsAreNotANumberReading() throws {
    #expect(try token("ب7ب").status == .unknown)
  }
}
