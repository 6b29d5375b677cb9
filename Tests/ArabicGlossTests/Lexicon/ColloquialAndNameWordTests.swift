import ArabicGloss
import Testing

/// The colloquial words and the European words inside names that the shipped lexicons add,
/// and that they do not hide the commoner Arabic readings of the same letters.
struct ColloquialAndNameWordTests {
  func gloss(_ text: String) throws -> [String] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.gloss)
  }

  @Test func colloquialFunctionWordsAreGlossed() throws {
    #expect(try gloss("اللي") == ["who"])
    #expect(try gloss("دلوقتي") == ["now"])
    #expect(try gloss("عايز") == ["wanting"])
  }

  @Test func aColloquialWordFlaggedContextLeavesTheStandardReadingFirst() throws {
    // خلاص is MSA "salvation" first; the colloquial "that's it" is an alternative.
    let token = try #require(ShippedLexicons.glosser().gloss("خلاص").first?.tokens.first)
    #expect(token.analysis?.entry.source.file.hasSuffix("colloquial.tsv") == false)
    #expect(token.alternatives.contains { $0.entry.source.file.hasSuffix("colloquial.tsv") })
  }

  @Test func aNameWordIsReadOnlyWhereNoArabicWordHasItsLetters() throws {
    #expect(try gloss("جاكرتا تايمز") == ["Jakarta", "Times"])
    // ستار is "curtain"; فنيو the construct plural of فني, not ف + New.
    #expect(try gloss("ستار") != ["Star"])
    #expect(try gloss("فنيو") == ["technicians"])
  }

  @Test func anEntityWithTheLettersOfADefiniteWordYieldsToIt() throws {
    // البيت is "the house", not Elbit (إلبيت) without its hamza.
    #expect(try gloss("البيت") == ["the house (home)"])
  }

  @Test func theColloquialBOfTheImperfectIsReadBelowBPlusANoun() throws {
    let token = try #require(ShippedLexicons.glosser().gloss("بيقول").first?.tokens.first)
    #expect(token.leipzig == "PROG-3SG.M-say.IPFV")
    #expect(token.gloss == "says (tells)")
    // ب + a noun keeps its reading.
    #expect(try gloss("بتعاون") == ["with cooperation"])
  }

  @Test func theColloquialFutureIsReadBelowEveryWholeWord() throws {
    #expect(try gloss("هيكون") == ["will be"])
    #expect(try gloss("وحنروح").first?.hasPrefix("and we will go") == true)
    // Whole words in ه or ح keep their reading.
    #expect(try gloss("هيكل") == ["structure (frame)"])
  }
}
