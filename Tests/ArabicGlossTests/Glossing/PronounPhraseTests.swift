import ArabicGloss
import Testing

/// Words whose English changes shape with a pronoun: reflexives, quantifiers, the subjects
/// of إنّ and its sisters, and words flagged `subject` (يمكنه "he can").
struct PronounPhraseTests {
  func gloss(_ word: String) throws -> String {
    try #require(ShippedLexicons.glosser().gloss(word).first?.tokens.first).gloss
  }

  @Test(arguments: [
    ("نفسه", "himself"), ("بنفسك", "with yourself"), ("ذاتها", "itself"), ("وحدهم", "by themselves"),
    ("أنفسنا", "ourselves"),
  ])
  func aSenseWithOneselfBecomesTheReflexive(word: String, expected: String) throws {
    #expect(try gloss(word) == expected)
  }

  @Test(arguments: [
    ("كلها", "all of it"), ("بعضهم", "some of them"), ("ومعظمهم", "and most of them"), ("أحدهم", "one of them"),
    ("إحداها", "one of them"),
  ])
  func aQuantifierWithAPronounReadsWithOf(word: String, expected: String) throws {
    #expect(try gloss(word) == expected)
  }

  @Test(arguments: [
    ("أنه", "that he"), ("لكنهم", "but they"), ("لأنني", "because I"), ("بأنه", "that he"), ("فإنها", "then it"),
  ])
  func aParticleOrConjunctionTakesItsClausesSubject(word: String, expected: String) throws {
    #expect(try gloss(word) == expected)
  }

  @Test(arguments: [("يمكنه", "he can"), ("يمكنني", "I can"), ("بإمكاننا", "we can"), ("ويمكنهم", "and they can")])
  func aWordFlaggedSubjectTakesThePronounAsItsSubject(word: String, expected: String) throws {
    #expect(try gloss(word) == expected)
  }

  @Test(arguments: [("أبوه", "his father"), ("أباه", "his father"), ("أبيها", "her father"), ("لأخيه", "for his brother")])
  func theFiveNounsWriteTheirCaseVowelBeforeAPronoun(word: String, expected: String) throws {
    #expect(try gloss(word) == expected)
  }

  @Test func aNounOfPeopleWithAPronounIsPluralRatherThanDual() throws {
    #expect(try gloss("مواطنيها") == "its citizens")
    // A pair of body parts stays dual.
    #expect(try gloss("يديه") == "his two hands")
  }

  @Test func aFemininePluralKeepsItsPluralBeforeAPronoun() throws {
    // Not عائلى + ة: an adjective's feminine in ـاة takes no pronoun.
    #expect(try gloss("عائلاتهم") == "their families")
    #expect(try gloss("خدماتها") == "its services")
  }

  @Test func aComparisonTakesThePronounAsItsObject() throws {
    #expect(try gloss("غيره") == "other than him")
    // سوى writes its ى as ا before a pronoun, as the lexicon lists.
    #expect(try gloss("سواها") == "except it")
  }

  @Test func anOrdinalFromThirdToTenthTakesThePronounOfItsWhole() throws {
    #expect(try gloss("ثالثها") == "the third of it")
    #expect(try gloss("خامسهم") == "the fifth of them")
    // Not ثاني: ثانيه is mostly ثانية "second" written with ه.
    #expect(try gloss("ثانيه") == "second")
  }

  @Test func myIsACommonOwnerOfARelative() throws {
    #expect(try gloss("أمي") == "my mother")
    #expect(try gloss("ابني") == "my son")
    // A form listed with its dual ending drops its ن before a pronoun: not "my parents".
    #expect(try gloss("والديني") == "and religious")
  }

  @Test func noOtherConjunctionTakesAPronoun() throws {
    // أمه is "his mother", not أم "or" + ه.
    #expect(try gloss("أمه") == "his mother")
  }

  @Test func aNisbasPluralNamesThePeopleByItsNounSense() throws {
    #expect(try gloss("الأجانب") == "foreigners")
    #expect(try gloss("الألمان") == "Germans")
  }

  @Test func herKinButItsGovernment() throws {
    #expect(try gloss("زوجها") == "her spouse (husband)")
    #expect(try gloss("حكومتها") == "its government")
  }

  @Test func withoutAPronounTheyKeepTheirOwnSense() throws {
    #expect(try gloss("كل") == "every")
    #expect(try gloss("نفس") == "same (oneself)")
  }
}
