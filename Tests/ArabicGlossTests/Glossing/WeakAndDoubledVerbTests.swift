import ArabicGloss
import Testing

/// Hollow, doubled and passive verb forms the lexicon lists only as their 3SG.M perfect.
struct WeakAndDoubledVerbTests {
  func leipzig(_ word: String) throws -> String {
    try #require(ShippedLexicons.glosser().gloss(word).first?.tokens.first).leipzig
  }

  @Test(arguments: [
    ("كنت", "be.PFV-1SG"), ("قلنا", "say.PFV-1PL"), ("كنا", "be.PFV-1PL"), ("استطعت", "be_able.PFV-1SG"),
    ("أصبت", "injure.PFV-1SG"), ("اخترت", "choose.PFV-1SG"),
  ])
  func hollowVerbsOfEveryFormLoseTheirLongVowelBeforeAConsonantEnding(word: String, expected: String) throws {
    #expect(try leipzig(word) == expected)
  }

  @Test func doubledVerbsSplitBeforeAConsonantEndingButNotBeforeTheFeminineT() throws {
    #expect(try leipzig("أحببت") == "love.PFV-1SG")
    #expect(try leipzig("اضطررنا") == "be_forced.PFV-1PL")
    #expect(try leipzig("ظلت") == "remain.PFV-3SG.F")
    #expect(try leipzig("احتلت") == "occupy.PFV-3SG.F")
    // قلّ "decrease" never stands unsplit before نا: قلنا is "we said".
    #expect(try leipzig("قلنا") != "decrease.PFV-1PL")
  }

  @Test(arguments: [
    ("شوهد", "watch.PFV.PASS-3SG.M"), ("لوحظ", "notice.PFV.PASS-3SG.M"),
    ("أصيب", "injure.PFV.PASS-3SG.M"), ("اختير", "choose.PFV.PASS-3SG.M"),
    // The imperfect passive of a hollow verb writes its alef: يقاس "is measured", يصاغ.
    ("يقاس", "3SG.M-measure.IPFV.PASS"), ("تصاغ", "3SG.F-draft.IPFV.PASS"),
  ])
  func passivesOfHollowAndFormThreeVerbsAreRead(word: String, expected: String) throws {
    #expect(try leipzig(word) == expected)
  }

  @Test(arguments: [
    ("يختر", "3SG.M-choose.IPFV.JUSS"), ("يكن", "3SG.M-be.IPFV.JUSS"),
    ("يوضع", "3SG.M-put.IPFV.PASS"), ("يوصف", "3SG.M-describe.IPFV.PASS"),
    // A defective verb's imperfect passive ends in ى: تدعى "is called".
    ("تدعى", "3SG.F-call.IPFV.PASS"),
  ])
  func hollowJussivesOfEveryFormAndPassivesOfVerbsInWawAreRead(word: String, expected: String) throws {
    #expect(try leipzig(word) == expected)
  }

  @Test func aVerbFlaggedForTheImperfectPassiveAloneKeepsItsFirstPerson() throws {
    // أراد is `ipass`: يراد "is wanted", while أريد stays "I want", not "was wanted".
    #expect(try leipzig("يراد") == "3SG.M-want.IPFV.PASS")
    #expect(try leipzig("أريد") == "1SG-want.IPFV")
  }

  @Test func theFeminineSubjunctiveDropsItsNunAndYieldsToANounWithMy() throws {
    #expect(try leipzig("تستطيعي") == "2-be_able.IPFV-2SG.F.SBJV")
    #expect(try leipzig("توقعي") == "expectation-1SG")
    #expect(try leipzig("يستطيعي") != "2-be_able.IPFV-2SG.F.SBJV")
  }

  @Test func aDefectiveVerbsPerfectPassiveEndsInYa() throws {
    #expect(try leipzig("ألغي") == "cancel.PFV.PASS-3SG.M")
    #expect(try leipzig("دعي") == "call.PFV.PASS-3SG.M")
    // Bare, it yields to a noun of its letters: نادي is "club", not "was called".
    #expect(try leipzig("نادي") == "club")
    // With ت it is "I" unless a definite noun follows as its subject.
    #expect(try leipzig("أجريت") == "conduct.PFV-1SG")
    let tokens = try ShippedLexicons.glosser().gloss("أجريت الانتخابات").flatMap(\.tokens)
    #expect(tokens.first?.leipzig == "conduct.PFV.PASS-3SG.F")
  }

  @Test func aFirstPersonImperfectPassiveReadsBelowTheActive() throws {
    // "we are called" is rarely said; with ى written for ي the letters are the active's.
    #expect(try leipzig("ندعى") == "1PL-claim.IPFV")
    #expect(try leipzig("تدعى") == "3SG.F-call.IPFV.PASS")
  }

  @Test func aBareHollowPassiveReadsBelowANounOfTheSameLetters() throws {
    // بيع is "sale" and عيب "flaw"; قيل, with no noun of its letters, stays "it was said".
    #expect(try leipzig("بيع") == "sale")
    #expect(try leipzig("عيب") == "flaw")
    #expect(try leipzig("قيل") == "say.PFV.PASS-3SG.M")
    #expect(try leipzig("بيعت") == "sell.PFV.PASS-3SG.F")
  }

  @Test func aConjunctionBeforeAVerbInWawIsNotAFormThreePassive() throws {
    #expect(try leipzig("ووصلت") == "and-arrive.PFV-3SG.F")
  }

  @Test(arguments: [
    ("سئل", "ask.PFV.PASS-3SG.M"), ("سئلت", "ask.PFV.PASS-3SG.F"), ("قرئت", "read.PFV.PASS-3SG.F"),
    ("يؤكل", "3SG.M-eat.IPFV.PASS"), ("تؤخذ", "3SG.F-take.IPFV.PASS"), ("فوجئت", "surprise.PFV.PASS-3SG.F"),
  ])
  func passivesMoveTheHamzaToTheSeatOfTheirVowel(word: String, expected: String) throws {
    #expect(try leipzig(word) == expected)
  }

  @Test func defectiveVerbsKeepTheirLastLetterBeforeAConsonantEnding() throws {
    #expect(try leipzig("دعوت") == "call_for.PFV-1SG")
    #expect(try leipzig("رميت") == "throw.PFV-1SG")
    // Before the feminine ت they drop it.
    #expect(try leipzig("رمت") == "throw.PFV-3SG.F")
  }

  @Test func onlyAVerbInAVowelLetterDropsItBeforeWawAlif() throws {
    #expect(try leipzig("نسوا") == "forget.PFV-3PL.M")
    // أرجأ keeps its hamza (أرجؤوا): ارجو is "I hope", with the hamza of أ left unwritten.
    #expect(try leipzig("ارجو") == "1SG-hope.IPFV")
  }

  @Test func aPassiveIsReadOnlyForVerbsTheLexiconMarks() throws {
    // سار has no `passive` flag: سيروا is the imperative, never "they were gone".
    #expect(try leipzig("سيروا").contains("PASS") == false)
    #expect(try leipzig("قيل") == "say.PFV.PASS-3SG.M")
  }

  @Test func laBeforeAPerfectIsEmphasis() throws {
    #expect(try leipzig("لكان") == "EMPH-be.PFV-3SG.M")
    #expect(try leipzig("لكنت") == "EMPH-be.PFV-1SG")
    // Where an imperfect reads, ل is "to": لتبقى "to remain".
    #expect(try leipzig("لتبقى") == "to-3SG.F-remain.IPFV")
  }

  @Test func aHollowVerbNeverKeepsItsLongVowelBeforeAConsonantEnding() throws {
    // حالنا is "our condition", not حال + نا (that is حُلنا); قالت keeps it (a vowel ending).
    #expect(try leipzig("حالنا") == "condition-1PL")
    #expect(try leipzig("قالت") == "say.PFV-3SG.F")
  }

  @Test func informalWawForWawAlifIsReadBelowTheSpelledForm() throws {
    #expect(try leipzig("قالو") == "say.PFV-3PL.M")
    #expect(try leipzig("يكونو") == "3-be.IPFV-PL.M.SBJV")
    // A construct plural keeps its reading.
    #expect(try leipzig("مواطنو") == "citizen-M.PL.CSTR")
  }

  @Test func hollowVerbsInHamzaKeepTheHamzaWhenTheyLoseTheirLongVowel() throws {
    #expect(try leipzig("أسأت") == "offend.PFV-1SG")
    #expect(try leipzig("يشأ") == "3SG.M-wish.IPFV")
  }

  @Test func anImperfectPassiveInAlifIsOfFormOneOrFour() throws {
    // يطاق is أطاق (IV) "is borne", never طوّق (II) "is encircled".
    #expect(try leipzig("يطاق") == "3SG.M-bear.IPFV.PASS")
  }

  @Test func theFutureWithASubjunctiveEndingIsReadAsAnInformalSlip() throws {
    #expect(try leipzig("سيكونوا") == "FUT-3-be.IPFV-PL.M.SBJV")
    // …below an imperative of the same letters.
    #expect(try leipzig("سيروا") == "go.IMP-2PL.M")
  }

  @Test func formTenHollowVerbsHaveAnImperfectPassive() throws {
    #expect(try leipzig("يستجاب") == "3SG.M-respond.IPFV.PASS")
  }

  @Test func aShortenedJussiveYieldsToAFullReadingOfTheSameLetters() throws {
    // نفت is نفى "she denied", not a jussive "we miss" of فات, nor of form II فوّت, whose
    // middle و never drops.
    #expect(try leipzig("نفت") == "deny.PFV-3SG.F")
    // Where nothing else reads, the jussive still does.
    #expect(try leipzig("يكن") == "3SG.M-be.IPFV.JUSS")
  }

  @Test func aDoubledVerbsPassiveIsReadBeforeASuperlative() throws {
    let words = try ShippedLexicons.glosser().gloss("يعد من أهم").flatMap(\.tokens).filter { $0.token.kind == .arabic }
    #expect(words.first?.leipzig == "3SG.M-consider.IPFV.PASS")
    // Alone, the active reading comes first.
    #expect(try leipzig("يعد") == "3SG.M-consider.IPFV")
  }
}
