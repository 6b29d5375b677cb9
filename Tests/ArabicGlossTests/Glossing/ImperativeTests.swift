import ArabicGloss
import Testing

/// Imperatives read from the imperfect stem.
struct ImperativeTests {
  func token(_ word: String) throws -> GlossedToken {
    try #require(ShippedLexicons.glosser().gloss(word).first?.tokens.first)
  }

  @Test(arguments: [
    ("اذهبوا", "go.IMP-2PL.M", "go!"), ("اكتبي", "write.IMP-2SG.F", "write!"),
    ("فاذهبوا", "so-go.IMP-2PL.M", "so go!"), ("كن", "be.IMP", "be!"),
  ])
  func imperativesOfFormsWithAlefAndOfTwoLetterStemsAreRead(word: String, leipzig: String, gloss: String) throws {
    let t = try token(word)
    #expect(t.leipzig == leipzig)
    #expect(t.gloss == gloss)
  }

  @Test func aBareAlefIsTheImperativeAndAHamzaTheFirstPersonSingular() throws {
    #expect(try token("انظر").leipzig == "look.IMP")
    #expect(try token("أنظر").leipzig == "1SG-look.IPFV")
  }

  @Test func aHamzaUnderTheAlefIsNoFirstPersonAndAMaddaNoImperative() throws {
    // The first person writes أ; إ is the imperative's alef, as many writers spell it.
    #expect(try token("إذهب").leipzig == "go.IMP")
    #expect(try token("إفتح").gloss.hasPrefix("open!"))
    // آ is neither the first person (but of a verb in hamza) nor an imperative's alef.
    let t = try token("آفري")
    #expect(t.analysis == nil || t.analysis?.entry.pos != .verb)
    #expect(try token("آمنوا").leipzig == "believe.PFV-3PL.M")
  }

  @Test func aLongVowelOrAWeakLastLetterWrittenAfterTheAlefIsTheFirstPerson() throws {
    // Hollow and defective imperatives lose them (قل، ارجُ); a form I verb in و has no alef (جد).
    #expect(try token("اقول").leipzig == "1SG-say.IPFV")
    #expect(try token("اريد").leipzig == "1SG-want.IPFV")
    #expect(try token("ارى").leipzig == "1SG-see.IPFV")
    #expect(try token("اجد").leipzig == "1SG-find.IPFV")
  }

  @Test func bareHollowAndDefectiveImperativesOfDerivedFormsAreRead() throws {
    #expect(try token("أضف").gloss == "add!")
    #expect(try token("أعطني").gloss == "give me!")
    #expect(try token("اختر").leipzig == "choose.IMP")
    // After لم the first person's jussive is read.
    let tokens = try ShippedLexicons.glosser().gloss("لم أضف").flatMap(\.tokens).filter { $0.token.kind == .arabic }
    #expect(tokens.last?.leipzig == "1SG-add.IPFV.JUSS")
  }

  @Test func anImperativeIsRomanizedFromTheImperfectBehindItsAlef() throws {
    #expect(try token("انظر").translit == "anẓur")
    #expect(try token("اذهبوا").translit == "adhhabū")
  }

  @Test func thePerfectOfTheSameLettersWins() throws {
    #expect(try token("انسحب").leipzig == "withdraw.PFV-3SG.M")
  }

  @Test func aHollowImperativeKeepsItsLongVowelBeforeAnEnding() throws {
    #expect(try token("قولوا").leipzig == "say.IMP-2PL.M")
    #expect(try token("سيروا").leipzig == "go.IMP-2PL.M")
  }

  @Test(arguments: [("حاولي", "try.IMP-2SG.F"), ("ضعي", "put.IMP-2SG.F"), ("ساعدي", "help.IMP-2SG.F")])
  func formsWithoutAlefAndVerbsInWawBuildTheirImperativeFromTheBareStem(word: String, leipzig: String) throws {
    // A verb's "me" is ني: حاولي is never "tried me".
    #expect(try token(word).leipzig == leipzig)
  }

  @Test func aFirstRadicalHamzaDropsInTheImperativeOfTwoLetters() throws {
    #expect(try token("خذوا").leipzig == "take.IMP-2PL.M")
    #expect(try token("خذها").gloss == "take it!")
    // كل stays "every": the imperative "eat!" costs more than the common word.
    #expect(try token("كل").gloss == "every")
  }

  @Test func anImperativeWithoutOtherFormsIsListedAsAnInterjection() throws {
    // تَعالَ has no perfect in use; تعالوا is "come!", not "they were exalted".
    #expect(try token("تعالوا").gloss == "come!")
    #expect(try token("تعالي").gloss == "come!")
  }
}
