import ArabicGloss
import Testing

/// The analyzer's rules on a tiny lexicon: clitics, suffixes, spelling changes, verbs.
struct WordAnalysisTests {
  static let lexicon = """
    arabic\tpos\tgloss\tcategory\tgender\tplural\tinflect\timperfect\tform\trole\tleipzig
    وَ\tCCONJ\tand\tgrammar\t\t\t\t\t\tproclitic\tand
    بِ\tADP\twith; by\tgrammar\t\t\t\t\t\tproclitic\twith
    لِ\tADP\tfor; to\tgrammar\t\t\t\t\t\tproclitic\tfor
    سَ\tPART\twill\tgrammar\t\t\t\t\t\tproclitic\tFUT
    ال\tDET\tthe\tgrammar\t\t\t\t\t\tarticle\tDEF
    ها\tPRON\tits; it\tgrammar\t\t\t\t\t\tenclitic\t3SG.F
    هُمْ\tPRON\ttheir; them\tgrammar\t\t\t\t\t\tenclitic\t3PL.M
    نا\tPRON\tour; us\tgrammar\t\t\t\t\t\tenclitic\t1PL
    هُ\tPRON\this; him\tgrammar\t\t\t\t\t\tenclitic\t3SG.M
    السُّعُودِيَّة\tPROPN\tSaudi Arabia\tplace\tf
    إِرْهاب\tNOUN\tterrorism\tsecurity\tm
    عَسْكَرِيّ\tNOUN\tsoldier\tmilitary\tm\t\tmpl
    طائِرَة\tNOUN\taircraft\tmilitary\tf
    قاعِدَة\tNOUN\tbase\tmilitary\tf\tقَواعِد
    رُوسِيّ\tADJ\tRussian\tnationality\tm\t\tnisba
    قاتَلَ\tVERB\tfight\tmilitary\t\t\t\tيُقاتِل\tIII
    كانَ\tVERB\tbe\tgeneral\t\t\t\tيَكُون\tI
    ضَرْب\tNOUN\tstriking\tmilitary\tm
    عَلَى\tADP\ton\tgrammar
    لٰكِنْ\tCCONJ\tbut\tgrammar
    مُواطِن\tNOUN\tcitizen\tgeneral\tm\t\tmpl
    """

  let glosser: Glosser

  init() throws {
    glosser = try Glosser(store: LexiconStore(entries: TinyLexicon.entries(Self.lexicon)))
  }

  func best(_ word: String) -> Analysis? { glosser.analyses(of: word).first }

  @Test func conjunctionAndArticleSplitOffAnEntityWrittenWithItsArticle() throws {
    let a = try #require(best("والسعودية"))
    #expect(a.morphemes.map(\.role) == [.proclitic, .article, .stem])
    #expect(a.entry.primaryGloss == "Saudi Arabia")
  }

  @Test func theConjunctionBeforeAConjunctionIsNotGlossedTwice() throws {
    let t = try #require(glosser.gloss("ولكن").first?.tokens.first)
    #expect(t.gloss == "but")
    #expect(t.leipzig == "and-but")
  }

  @Test func liPlusArticleIsWrittenLamLam() throws {
    let a = try #require(best("للإرهاب"))
    #expect(a.morphemes.map(\.label) == ["for", "DEF", "terrorism"])
  }

  @Test func egyptianFinalAlefMaqsuraReadsAsYa() throws {
    let a = try #require(best("الروسى"))
    #expect(a.entry.primaryGloss == "Russian")
  }

  @Test func soundPluralDropsItsNunBeforeAPronoun() throws {
    let a = try #require(best("عسكريونا"))
    #expect(a.entry.primaryGloss == "soldier" && a.features.number == .plural)
    #expect(a.enclitic?.label == "1PL")
  }

  @Test func constructPluralWithEgyptianSpelling() throws {
    let a = try #require(best("مواطنى"))
    #expect(a.entry.primaryGloss == "citizen" && a.features.number == .plural)
  }

  @Test func aConstructPluralTakesNoArticle() throws {
    // مواطني is "citizens of"; with the article it cannot be.
    #expect(glosser.analyses(of: "مواطني").contains { a in a.suffixes.contains { $0.label.hasSuffix("CSTR") } })
    #expect(glosser.analyses(of: "المواطني").allSatisfy { a in !a.suffixes.contains { $0.label.hasSuffix("CSTR") } })
  }

  @Test func taMarbutaIsWrittenTaBeforeAPronoun() throws {
    let a = try #require(best("طائرته"))
    #expect(a.entry.primaryGloss == "aircraft" && a.enclitic?.label == "3SG.M")
  }

  @Test func feminineSoundPluralAndPronoun() throws {
    let a = try #require(best("طائراتها"))
    #expect(a.features.number == .plural && a.enclitic?.label == "3SG.F")
  }

  @Test func brokenPluralFromTheLexicon() throws {
    let a = try #require(best("قواعدها"))
    #expect(a.match == .plural && a.entry.primaryGloss == "base")
  }

  @Test func nisbaAdjectiveTakesFeminineAndPlural() throws {
    #expect(best("الروسية")?.features.feminine == true)
    #expect(best("الروسيين")?.features.number == .plural)
  }

  @Test func imperfectPersonAndNumber() throws {
    let a = try #require(best("يقاتلون"))
    #expect(a.features.aspect == .imperfect && a.features.person == 3 && a.features.number == .plural)
    let b = try #require(best("تقاتل"))
    #expect(b.features.feminine && b.features.number == .singular)
    let c = try #require(best("نقاتل"))
    #expect(c.features.person == 1 && c.features.number == .plural)
  }

  @Test func futureParticleBeforeImperfect() throws {
    let a = try #require(best("سيقاتلون"))
    #expect(a.features.future && a.features.number == .plural)
  }

  @Test func perfectEndings() throws {
    #expect(best("قاتلت")?.features.feminine == true)
    #expect(best("قاتلوا")?.features.number == .plural)
  }

  @Test func hollowVerbShortForms() throws {
    #expect(best("كنت")?.entry.primaryGloss == "be")
    #expect(best("يكن")?.entry.primaryGloss == "be")
  }

  @Test func prepositionThenNounThenPronoun() throws {
    let a = try #require(best("بضربهم"))
    #expect(a.morphemes.map(\.label) == ["with", "striking", "3PL.M"])
  }

  @Test func prepositionTakesAPronounWithAlefMaqsuraAsYa() throws {
    #expect(best("عليه")?.entry.primaryGloss == "on")
    #expect(best("لهم")?.enclitic?.label == "3PL.M")
  }

  @Test func unknownWordsHaveNoAnalysis() {
    #expect(glosser.analyses(of: "كازاخستان").isEmpty)
  }
}
