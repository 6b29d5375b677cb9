import ArabicGloss
import Testing

/// Which unknown words are read as two words run together, and which are left unknown.
struct RunTogetherRepairTests {
  static let lexicon = """
    arabic\tpos\tgloss\tcategory\tgender\tplural\tinflect\trole\tleipzig
    ال\tDET\tthe\tgrammar\t\t\t\tarticle\tDEF
    أَلَم\tNOUN\tpain\tgeneral\tm
    كَرْمَة\tNOUN\tvine\tgeneral\tf
    طائِرَة\tNOUN\taircraft\tmilitary\tf
    رُوسِيّ\tADJ\tRussian\tnationality\tm\t\tnisba
    جِين\tPROPN\tJin\tperson\tm
    كارلو\tPROPN\tCarlo\tperson\tm
    أَنْتي\tPROPN\tAnte\tperson\tm
    بَأْس\tNOUN\tharm\tgeneral\tm
    دونالد\tPROPN\tDonald\tperson\tm
    تْرامْب\tPROPN\tTrump\tperson\tm
    """

  func token(_ word: String) throws -> GlossedToken {
    let glosser = try Glosser(store: LexiconStore(entries: TinyLexicon.entries(Self.lexicon)))
    return try #require(glosser.gloss(word).first?.tokens.first)
  }

  @Test func twoWholeWordsWithoutASpaceAreRepaired() throws {
    let t = try token("الطائرةالروسية")
    #expect(t.status == .repaired)
    #expect(t.gloss == "aircraft Russian")
    #expect(try token("دونالدترامب").gloss == "Donald Trump")
  }

  @Test func aWordStartingWithTheArticleIsNotSplitAfterAWordThatSwallowsIt() throws {
    // المكرمة is ال + an unknown stem, not ألم "pain" + كرمة "vine".
    let t = try token("المكرمة")
    #expect(t.status == .partial)
    #expect(t.gloss == "the ?")
  }

  @Test func twoCommonWordsWithoutTheArticleAreOneUnknownWord() throws {
    // A foreign name read as two bare words (ستارلين: ستار "curtain" + لين "soft") is no repair,
    // nor are two bare nouns (باب "door" + كرسي "chair").
    let glosser = try ShippedLexicons.glosser()
    for word in ["ستارلين", "بيتراسي", "بابكرسي"] {
      #expect(try #require(glosser.gloss(word).first?.tokens.first).status == .unknown)
    }
  }

  @Test func aReadingKeptForContextVouchesForNoSplit() throws {
    // المنهالي is a surname, not منّة "favour" (`context`) + آلي "automatic".
    #expect(try token("المنهالي").status != .repaired)
  }

  @Test func aNameRunTogetherWithACommonWordIsOneUnknownName() throws {
    #expect(try token("أنتيباس").status == .unknown)
  }

  @Test func aShortNameDoesNotVouchForASplit() throws {
    // جيانكارلو-like words: جين (three letters) + كارلو is one unknown name.
    #expect(try token("جينكارلو").status == .unknown)
  }

  @Test func maAndLaRunTogetherWithTheWordTheyQualifyAreRepaired() throws {
    let glosser = try ShippedLexicons.glosser()
    func gloss(_ word: String) throws -> GlossedToken { try #require(glosser.gloss(word).first?.tokens.first) }
    #expect(try gloss("ماكان").status == .repaired)
    #expect(try gloss("ماكان").gloss == "not was")
    // Before a pronoun ما asks "what"; a listed phrase (ما لم "unless") wins.
    #expect(try gloss("ماهو").gloss == "what he")
    #expect(try gloss("مالم").gloss == "unless")
    #expect(try gloss("لايمكن").status == .repaired)
  }

  @Test func theVocativeYaRunTogetherWithANounIsRepaired() throws {
    let t = try #require(ShippedLexicons.glosser().gloss("ياشباب").first?.tokens.first)
    #expect(t.status == .repaired)
    #expect(t.leipzig == "O youth")
  }

  @Test func aVerbWithItsEndingBeforeAPrepositionIsRepaired() throws {
    let glosser = try ShippedLexicons.glosser()
    let t = try #require(glosser.gloss("ذهبناالى").first?.tokens.first)
    #expect(t.status == .repaired)
    #expect(t.gloss == "we went to")
  }

  @Test func theFirstPartMayCarryAPrepositionBeforeItsArticle() throws {
    let t = try #require(ShippedLexicons.glosser().gloss("لليترمقارنة").first?.tokens.first)
    #expect(t.status == .repaired)
    #expect(t.gloss == "for the liter comparison")
  }

  @Test func aDualIsNoPartOfARepair() throws {
    // المتروبوليتان is one unknown word, not المترو + بولي-تان "two urinary".
    let t = try #require(ShippedLexicons.glosser().gloss("المتروبوليتان").first?.tokens.first)
    #expect(t.status != .repaired)
  }
}
