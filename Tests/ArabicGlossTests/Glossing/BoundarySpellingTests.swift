import ArabicGloss
import Testing

/// Letters that merge or change where a stem meets its suffix or pronoun.
struct BoundarySpellingTests {
  func leipzig(_ word: String) throws -> String {
    try #require(ShippedLexicons.glosser().gloss(word).first?.tokens.first).leipzig
  }

  @Test func anIndefiniteDefectiveNominalDropsItsYaWithOrWithoutTanwin() throws {
    #expect(try leipzig("أغانٍ") == "song.PL")
    #expect(try leipzig("أراض") == "land.PL")
    #expect(try ShippedLexicons.glosser().gloss("راض").first?.tokens.first?.gloss == "satisfied (content)")
    // Never a name: كارير is not ك + إريري (Snowdonia).
    #expect(try leipzig("كارير") == "?")
  }

  @Test func minAndAnMergeTheirNunWithNa() throws {
    #expect(try leipzig("منا") == "from-1PL")
    #expect(try leipzig("عنا") == "about-1PL")
  }

  @Test func aVerbsFinalHamzaSitsOnWawOrYaBeforeASuffix() throws {
    #expect(try leipzig("يقرؤون") == "3-read.IPFV-PL.M")
    #expect(try leipzig("بدؤوا") == "begin.PFV-3PL.M")
  }

  @Test func liAndTheArticleMergeWithAStemThatBeginsInLam() throws {
    let glosser = try ShippedLexicons.glosser()
    #expect(try glosser.gloss("لله").first?.tokens.first?.gloss == "for God")
    #expect(try glosser.gloss("ولله").first?.tokens.first?.gloss == "and for God")
    let committee = try #require(try glosser.gloss("للجنة").first?.tokens.first)
    let definiteCommittee = committee.alternatives.first {
      $0.entry.arabic == "لَجْنَة" && $0.proclitics.contains { $0.role == .article && $0.text.isEmpty }
    }
    #expect(definiteCommittee != nil)
  }

  @Test func nounsInHamzaTaMarbutaTakeMaddaAt() throws {
    #expect(try ShippedLexicons.glosser().gloss("والمكافآت").first?.tokens.first?.gloss == "and the rewards (bonuses)")
    #expect(try leipzig("مفاجآت") == "surprise-F.PL")
  }

  @Test(arguments: [
    ("أعطاه", "give.PFV-3SG.M-3SG.M"), ("ألقاها", "deliver.PFV-3SG.M-3SG.F"),
    ("يراه", "3SG.M-see.IPFV-3SG.M"), ("يرون", "3-see.IPFV-PL.M"),
  ])
  func defectiveVerbsWriteTheirFinalAlifMaqsuraAsAlifBeforeAPronounAndDropItBeforeUna(word: String, expected: String) throws {
    #expect(try leipzig(word) == expected)
  }

  @Test func anAdjectiveInAlifMaqsuraMakesItsFeminineInAlifTa() throws {
    #expect(try leipzig("مستوحاة") == "inspired-F")
  }

  @Test func theHollowPerfectLosesItsLongVowelAndItsHamzaItsSeat() throws {
    #expect(try ShippedLexicons.glosser().gloss("جئت").first?.tokens.first?.gloss == "I came")
  }

  @Test func taMarbutaWrittenForHaIsReadOnlyWhereNothingElseReads() throws {
    let glosser = try ShippedLexicons.glosser()
    #expect(try glosser.gloss("هذة").first?.tokens.first?.gloss == "this")
    #expect(try leipzig("فية") == "in-3SG.M")
    // A word in ة that reads as written keeps that reading.
    #expect(try glosser.gloss("مدرسة").first?.tokens.first?.gloss == "school")
  }

  @Test func taMarbutaWrittenForHaIsNeverANounsPronoun() throws {
    // إمبراطورة "empress" is not إمبراطور + ه "his emperor".
    let t = try #require(ShippedLexicons.glosser().gloss("إمبراطورة").first?.tokens.first)
    #expect(t.analysis?.enclitic == nil)
  }
}
