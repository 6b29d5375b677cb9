import ArabicGloss
import Testing

/// Ordinals from eleventh to nineteenth, two words with the article on the first only.
struct CompoundOrdinalTests {
  func glosses(_ text: String) throws -> [String] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.gloss)
  }

  @Test(arguments: [
    ("القرن التاسع عشر", "nineteenth"), ("للمرة الحادية عشرة", "eleventh"), ("الفصل الثاني عشر", "twelfth"),
    ("يوم خامس عشر", "fifteenth"),
  ])
  func aCompoundOrdinalReadsAsOneOrdinal(text: String, ordinal: String) throws {
    #expect(try glosses(text).suffix(2) == [ordinal, ordinal])
  }

  @Test func theTensAfterCenturyReadAsAnOrdinal() throws {
    #expect(try glosses("القرن العشرين").first == "twentieth century")
  }
}
