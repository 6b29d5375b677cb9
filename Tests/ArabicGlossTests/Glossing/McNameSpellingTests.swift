import ArabicGloss
import Testing

/// Names in Mc and Mac, which Arabic writes both مك and ماك.
struct McNameSpellingTests {
  func token(_ word: String) throws -> GlossedToken {
    try #require(ShippedLexicons.glosser().gloss(word).first?.tokens.first)
  }

  @Test func aMcNameSpelledEitherWayIsRead() throws {
    #expect(try token("مكغريغور").gloss == "McGregor")
    #expect(try token("ماكغريغور").gloss == "McGregor")
    #expect(try token("ومكغريغور").gloss == "and McGregor")
  }

  @Test func aWordWithItsOwnReadingIsNotReadAsAMcName() throws {
    #expect(try token("مكتب").gloss == "office (bureau)")
  }
}
