import ArabicGloss
import Testing

/// A final ه is read as the pronoun before it is read as ة written ه, and the first person
/// singular yields to other readings.
struct PronounReadingTests {
  func gloss(_ word: String) throws -> String {
    try #require(ShippedLexicons.glosser().gloss(word).first?.tokens.first).gloss
  }

  @Test(arguments: [
    ("وجهه", "his face (aspect)"), ("والده", "his father (parent)"), ("رأيه", "his opinion (view)"),
  ])
  func aFinalHaIsThePronounBeforeItIsTaMarbuta(word: String, expected: String) throws {
    #expect(try gloss(word) == expected)
  }

  @Test func taMarbutaWrittenHaIsStillReadWhereNoPronounReadingExists() throws {
    // مدرسه also reads as "his teacher"; السعوديه has no pronoun reading.
    #expect(try gloss("السعوديه") == "Saudi Arabia")
  }

  @Test func aPerfectWithAPronounBeatsTheFirstPersonImperfect() throws {
    #expect(try gloss("أجابه") == "answered him (replied)")
  }

  @Test func anElativeTakesAPronounAsItsWhole() throws {
    #expect(try gloss("أفضلهم") == "the best of them (better)")
    #expect(try gloss("أسوئها") == "the worst of it (worse)")
  }

  @Test func aPhrasalVerbTakesItsObjectInside() throws {
    #expect(try gloss("تخذلني") == "lets me down (abandons)")
    #expect(try gloss("دعاهم") == "called for them (invited)")
  }

  @Test func aPronounGoesWithTheNounOfTheSameLetters() throws {
    #expect(try gloss("صديقاتها") == "her friends")
    #expect(try gloss("عسكريونا") == "our soldiers (servicemen)")
  }

  @Test func aBrokenPluralAdjectiveWithAPronounIsANoun() throws {
    #expect(try gloss("كبارهم") == "their big ones (large)")
  }

  @Test func aNounListedInTheDualDropsItsNunBeforeAPronoun() throws {
    #expect(try gloss("والديه") == "his parents")
    #expect(try gloss("والداه") == "his parents")
    #expect(try gloss("لوالديهم") == "for their parents")
    #expect(try gloss("والدينا") == "our parents")
    // Words that merely end in ين take no such pronoun: ديه is not دين "religion" + ه.
    #expect(try gloss("والديني") == "and religious")
    #expect(try gloss("ديه") != "his religion")
  }
}
