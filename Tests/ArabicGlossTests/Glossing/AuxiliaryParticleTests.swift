import ArabicGloss
import Testing

/// Particles English renders as auxiliaries: لم and لن take an imperfect in the bare
/// infinitive, لا negates a present verb ("does not") or a noun ("no"), قد is "has" before a
/// perfect and "may" before an imperfect.
struct AuxiliaryParticleTests {
  func words(_ text: String) throws -> [GlossedToken] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }
  }

  func glosses(_ text: String) throws -> [String] { try words(text).map(\.gloss) }

  func draft(_ text: String) throws -> String {
    let sentence = try #require(ShippedLexicons.glosser().gloss(text).first)
    return DraftTranslation.of(InterlinearUnit.units(of: sentence))
  }

  @Test func aVerbAfterLamOrLanIsInTheBareInfinitive() throws {
    #expect(try glosses("لم يأت") == ["did not", "come"])
    #expect(try glosses("لن نكتب") == ["will not", "we write"])
    #expect(try glosses("لم يكتبه") == ["did not", "write him"])
  }

  @Test func lamReadsTheShortenedJussiveOverANounOrAFullImperfect() throws {
    // تنس is the jussive of نسي, not "tennis"; يقل of قال, not "decreases".
    #expect(try glosses("لم تنس") == ["did not", "forget"])
    #expect(try glosses("لم يقل").last == "say (tell)")
    // A sound verb's jussive is written like its indicative: وصل, not صلّى.
    #expect(try glosses("لم يصل").last == "arrive (reach)")
    // يرى shortens to one letter.
    #expect(try glosses("لم ير").last == "see (consider)")
    #expect(try words("لم يكن").last?.leipzig == "3SG.M-be.IPFV.JUSS")
  }

  @Test func laIsDoesNotBeforeAVerbAndNoBeforeANoun() throws {
    #expect(try glosses("لا يكتب") == ["does not", "write"])
    #expect(try glosses("ولا يكتب").first == "and does not")
    // The jussive after لا forbids.
    #expect(try glosses("لا تنس") == ["do not", "forget"])
    #expect(try words("لا تنسوا").last?.leipzig == "2-forget.IPFV-PL.M.SBJV")
    // لا hardly negates a perfect: حل is "solution", not "solved"; توفر "provides", not
    // "was available".
    #expect(try glosses("لا حل") == ["no", "solution (dissolution)"])
    #expect(try glosses("لا توفر") == ["does not", "provide (save)"])
  }

  @Test func aNegationThatIsAlsoAnotherGrammarWordIsLeftAlone() throws {
    // ما before an imperfect is mostly "what"; غير أنه is "however", not "non- I forbid".
    #expect(try glosses("ما يملك").last == "owns (possesses)")
    #expect(try glosses("غير أنه").last == "that he")
  }

  @Test func theDraftPutsTheSubjectBeforeTheNegationAndTensesBe() throws {
    #expect(try draft("لم تكتب الصحيفة") == "The newspaper did not write")
    #expect(try draft("ولم يكتبوا المقال") == "And they did not write the article")
    #expect(try draft("لم نستطع") == "We were not able")
    #expect(try draft("لم يكن الرئيس") == "The president was not")
    #expect(try draft("لا تنس") == "Do not forget")
  }

  @Test func qadIsHasBeforeAPerfectAndMayBeforeAnImperfect() throws {
    #expect(try glosses("وقد نشر") == ["and has", "published (deployed)"])
    #expect(try glosses("قد كتبوا") == ["have", "they written"])
    #expect(try glosses("قد قتل") == ["has", "killed"])
    #expect(try glosses("قد يكون") == ["may", "be"])
    #expect(try draft("وقد أعلنت الحكومة") == "And the government has announced")
    #expect(try draft("قد كتبوا") == "They have written")
  }

  @Test func sawfaAndLikayTakeTheBareInfinitive() throws {
    #expect(try glosses("سوف يكون") == ["will", "be"])
    #expect(try glosses("لكي يعمل") == ["in order to", "work"])
    #expect(try draft("سوف نكتب") == "We will write")
  }

  @Test func aVerbBeforeAVerbIsReadAsTheParticleWhereItCanBe() throws {
    // فقد is "lost" alone, ف + قد before a verb.
    #expect(try glosses("فقد") == ["lost"])
    #expect(try glosses("فقد قال") == ["so has", "said (told)"])
  }

  @Test func baadAfterANegationWithNoNounToGovernIsYet() throws {
    #expect(try glosses("لم يحسم اللقب بعد.").last == "yet")
    #expect(try glosses("لم يعلن بعد عن موقفه")[2] == "yet")
    #expect(try glosses("لم يتحدث بعد الاجتماع")[2] == "after")
    #expect(try glosses("جاء بعد الحرب")[1] == "after")
  }
}
