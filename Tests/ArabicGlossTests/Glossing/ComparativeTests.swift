import ArabicGloss
import Testing

/// An elative (أكبر، أفضل) compares where no noun follows it, and is the superlative of the
/// noun it governs.
struct ComparativeTests {
  func glosses(_ text: String) throws -> [String] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.gloss)
  }

  @Test func anElativeWithNoNounAfterItIsTheComparative() throws {
    #expect(try glosses("لعب دورا أكبر في الحرب")[2] == "bigger (larger)")
    #expect(try glosses("هو أكبر").last == "bigger (larger)")
    // A preposition or a conjunction governs no genitive: سلطات أكبر لمجلس "greater powers for".
    #expect(try glosses("سلطات أكبر لمجلس")[1] == "bigger (larger)")
    #expect(try glosses("أكبر وأفضل") == ["bigger (larger)", "and better"])
  }

  @Test func anElativeBeforeItsNounIsTheSuperlative() throws {
    #expect(try glosses("أكبر دولة").first == "biggest (largest)")
    #expect(try glosses("أكبر الدول").first == "biggest (largest)")
    // Also before a number, a pronoun, and a word whose noun reading comes second.
    #expect(try glosses("أكبر 10 شركات").first == "biggest (largest)")
    #expect(try glosses("أهم ما يميز").first == "most important")
    #expect(try glosses("بأكبر قدر").first == "with biggest (largest)")
    // With the article it is the superlative wherever it stands.
    #expect(try glosses("الدولة الأكبر").last == "biggest (largest)")
  }
}
