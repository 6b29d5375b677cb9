import ArabicGloss
import Testing

/// A preposition governs a noun: the word after one is read as a noun where it can be.
struct NounAfterPrepositionTests {
  func glosses(_ text: String) throws -> [String] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.gloss)
  }

  @Test func aVerbReadingYieldsToANounAfterAPreposition() throws {
    #expect(try glosses("الانضمام إلى عمل").last == "work (action)")
    #expect(try glosses("من أجل دعم").last == "support")
  }

  @Test func elsewhereTheVerbKeepsItsRank() throws {
    #expect(try glosses("عمل").last == "worked")
    // A preposition with a pronoun is no head of what follows: فيه كشف "in it he disclosed".
    #expect(try glosses("فيه كشف").last != "disclosure (uncovering)")
  }
}
