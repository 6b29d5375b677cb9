import ArabicGloss
import Testing

/// A nisba adjective with the adverbial ـًا reads as an English adverb, unless it agrees with
/// an indefinite accusative noun before it.
struct AdverbialNisbaTests {
  func glosses(_ text: String) throws -> [String] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.gloss)
  }

  @Test func aNisbaWithTheAdverbialEndingIsAnAdverb() throws {
    #expect(try glosses("تحرك سياسياً وعسكرياً") == ["moved", "politically", "and militarily"])
    #expect(try glosses("دولياً") == ["internationally"])
  }

  @Test func itOutranksTheNounOfTheSameLetters() throws {
    // اقتصادياً is "economically", not "an economist".
    let token = try #require(ShippedLexicons.glosser().gloss("اقتصادياً").first?.tokens.first)
    #expect(token.analysis?.entry.pos == .adjective)
  }

  @Test func afterAnIndefiniteAccusativeNounItStaysAnAdjective() throws {
    #expect(try glosses("كان عنصراً أساسياً").last == "basic (fundamental)")
  }
}
