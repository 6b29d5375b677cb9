import ArabicGloss
import Testing

/// Nationalities in the plural name the people, unless they agree with a noun.
struct NationalityPluralTests {
  func glosses(_ text: String) throws -> [String] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.gloss)
  }

  @Test func aNationalityInThePluralNamesThePeople() throws {
    #expect(try glosses("قال الروس") == ["said (told)", "Russians"])
    #expect(try glosses("قال الأمريكيون") == ["said (told)", "Americans"])
    #expect(try glosses("الصهاينة") == ["Zionists"])
  }

  @Test func aNationalityAgreeingWithItsNounStaysAnAdjective() throws {
    #expect(try glosses("الجنود الأمريكيين") == ["the soldiers", "American"])
    #expect(try glosses("جنود روس") == ["soldiers", "Russian"])
  }

  @Test func adjectivesInIshKeepTheirFormAndThePeopleHaveTheirOwnNoun() throws {
    // English cannot pluralize "Turkish": after a noun it stays the adjective, alone the
    // lexicon's noun أتراك names the people.
    #expect(try glosses("الجنود الأتراك") == ["the soldiers", "Turkish"])
    #expect(try glosses("قال الأتراك") == ["said (told)", "the Turks"])
  }
}
