import ArabicGloss
import Testing

/// Nominals the engine derives from an entry that does not list them.
struct DerivedNominalTests {
  func token(_ word: String) throws -> GlossedToken {
    try #require(ShippedLexicons.glosser().gloss(word).first?.tokens.first)
  }

  @Test(arguments: [
    ("الاستكشافات", "DEF-exploration-F.PL"), ("انسحابات", "withdrawal-F.PL"), ("تحركات", "move-F.PL"),
  ])
  func verbalNounsOfDerivedFormsTakeTheFemininePlural(word: String, leipzig: String) throws {
    #expect(try token(word).leipzig == leipzig)
  }

  @Test func aPlaceInAlifMakesANisbaAdjective() throws {
    #expect(try token("كورسيكي").gloss == "Corsican")
    #expect(try token("الكورسيكية").leipzig == "DEF-Corsica-NSB-F")
    // A place not in -a is "of" it.
    #expect(try token("إسطنبولي").gloss == "of Istanbul")
  }

  @Test func aPlaceInYaAlifIsNotReadAsItsOwnAdverbialNisba() throws {
    let syria = try token("سوريا")
    #expect(syria.gloss == "Syria")
    #expect(!syria.alternatives.contains { $0.features.derivedNisba && $0.entry.pos == .properNoun })
  }

  @Test(arguments: ["سيليا", "صونيا", "كيليا", "ذكريا"])
  func noAdverbIsDerivedForAWordInYaAlifWithoutAListedNisba(word: String) throws {
    // Unlisted, such a word is a foreign name far more often than "of" a noun adverbially.
    let t = try token(word)
    #expect(t.analysis?.features.derivedNisba != true)
    #expect(!t.alternatives.contains { $0.features.derivedNisba })
  }

  @Test func onlyAPlaceDropsItsFinalAlifBeforeADerivedNisba() throws {
    // محيّا "face" makes no محيي "of face"; كورسيكا makes كورسيكي (above).
    let t = try token("محيي")
    #expect(t.analysis?.features.derivedNisba != true)
    #expect(!t.alternatives.contains { $0.features.derivedNisba && $0.entry.pos == .noun })
  }

  @Test func aDefectiveParticipleDropsItsYaBeforeTheMasculinePlural() throws {
    #expect(try token("الباقين").leipzig == "DEF-remaining-M.PL")
    #expect(try token("الباقون").leipzig == "DEF-remaining-M.PL")
  }

  @Test func masculinePluralsOfNounsInAlifMaqsuraAndOfNisbasWrittenWithOneYa() throws {
    #expect(try token("المتوفين").leipzig == "DEF-deceased-M.PL")
    #expect(try token("الفلسطينين").leipzig == "DEF-Palestinian-M.PL")
    // A listed plural keeps its reading (سنين "years", not a nisba سني + ين).
    #expect(try token("سنين").gloss == "years")
  }

  @Test func yaHamzaWrittenForHamzaOnYaIsReadWhenNothingElseReads() throws {
    #expect(try token("مباديء").leipzig == "principle.PL")
    #expect(try token("يخطيء").leipzig == "3SG.M-err.IPFV")
    // Words spelled with يء keep their own reading.
    #expect(try token("بريء").gloss == "innocent")
  }

  @Test func aHamzaOnAlefBeforeADualIsTheLemmasHamza() throws {
    #expect(try token("جزأين").leipzig == "part-DU")
  }

  @Test func yaHamzaWrittenForHamzaAfterAlifIsRead() throws {
    #expect(try token("يتسائل").leipzig == "3SG.M-wonder.IPFV")
  }

  @Test(arguments: [
    ("راكبة", "passenger-F"), ("كاتبات", "writer-F.PL"), ("ملزمون", "binding-M.PL"), ("المفقودون", "DEF-missing-M.PL"),
  ])
  func participlesTakeTheFeminineAndTheSoundPlurals(word: String, leipzig: String) throws {
    #expect(try token(word).leipzig == leipzig)
  }

  @Test func aNounInTaMarbutaOutranksAParticipleByShapeAlone() throws {
    #expect(try token("المستوطنات").gloss == "the settlements")
    #expect(try token("الطائرات").gloss == "aircraft (planes)")
    // مَفْعُول nouns name things and take no feminine (ملفوفة is the adjective "wrapped").
    #expect(try token("ملفوفة").gloss == "wrapped (rolled)")
  }

  @Test func anyAdjectiveTakesTheSoundMasculinePlural() throws {
    #expect(try token("الناجحون").leipzig == "DEF-successful-M.PL")
  }
}
