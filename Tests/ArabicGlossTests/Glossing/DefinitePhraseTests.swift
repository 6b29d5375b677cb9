import ArabicGloss
import Testing

/// Multi-word entries listed without the article and written definite.
struct DefinitePhraseTests {
  func glosses(_ text: String) throws -> [String] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.gloss)
  }

  @Test func theArticleOnTheFirstWordOnlyIsRead() throws {
    // A borrowed compound (الواي فاي) and a noun with its prepositional complement (البيع
    // بالتجزئة "retail", listed as بيع بالتجزئة).
    #expect(try glosses("الواي فاي") == ["Wi-Fi", "Wi-Fi"])
    #expect(try glosses("البيع بالتجزئة") == ["retail", "retail"])
  }

  @Test func aDefiniteNounBeforeANisbaIsASentenceNotAPhrase() throws {
    // الحرب أهلية "the war is civil"; the phrase حرب أهلية is read only when both words are
    // indefinite or both definite.
    #expect(try glosses("الحرب أهلية").first == "the war")
    #expect(try glosses("الحرب الأهلية") == ["civil war", "civil war"])
  }
}
