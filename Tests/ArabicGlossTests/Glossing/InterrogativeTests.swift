import ArabicGloss
import Testing

/// The interrogative أ, read where it is unambiguous.
struct InterrogativeTests {
  func token(_ word: String) throws -> GlossedToken {
    try #require(ShippedLexicons.glosser().gloss(word).first?.tokens.first)
  }

  @Test func beforeAPronounTheQuestionIsRead() throws {
    let t = try token("أهو")
    #expect(t.leipzig == "Q-he")
    #expect(t.gloss == "he?")
  }

  @Test func beforeAWordWithNoOtherReadingTheQuestionIsRead() throws {
    #expect(try token("أليست").leipzig == "Q-is_not")
  }

  @Test func aWordWrittenWithHamzaAndNoOtherReadingAsksAboutAVerbOrADemonstrative() throws {
    #expect(try token("أهذا").leipzig == "Q-this")
    #expect(try token("أيعقل").leipzig == "Q-3SG.M-comprehend.IPFV")
    // Only with the hamza written: اتظن is no question.
    #expect(try token("اتظن").leipzig.hasPrefix("Q") == false)
  }

  @Test func aFirstPersonVerbKeepsItsReading() throws {
    // أعمل is "I work", not "did he work?".
    #expect(try token("أعمل").leipzig.hasPrefix("1SG-"))
  }

  @Test func anUnknownWordInAlefIsNoQuestionAboutANounOrVerb() throws {
    // أمورو is a name, not أ + مورو "Moreau?".
    #expect(try token("أمورو").leipzig.hasPrefix("Q") == false)
  }
}
