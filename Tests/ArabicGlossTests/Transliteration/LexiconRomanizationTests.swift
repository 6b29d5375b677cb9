import ArabicGloss
import Testing

/// Known words are romanized from the lexicon's vocalized forms, with the clitics' own forms.
struct LexiconRomanizationTests {
  static let lexicon = """
    arabic\tpos\tgloss\tcategory\tgender\tinflect\timperfect\tform\trole\tleipzig
    وَ\tCCONJ\tand\tgrammar\t\t\t\t\tproclitic\tand
    لِ\tADP\tfor\tgrammar\t\t\t\t\tproclitic\tfor
    ال\tDET\tthe\tgrammar\t\t\t\t\tarticle\tDEF
    شَمْس\tNOUN\tsun\tgeneral\tf
    قَمَر\tNOUN\tmoon\tgeneral\tm
    السُّعُودِيَّة\tPROPN\tSaudi Arabia\tplace\tf
    رُوسِيّ\tADJ\tRussian\tnationality\tm\tnisba
    قاتَلَ\tVERB\tfight\tmilitary\t\t\tيُقاتِل\tIII
    أَمْسِ\tADV\tyesterday\tgrammar
    """

  func romanize(_ text: String, scheme: String = "ala-lc") throws -> [String] {
    let glosser = try Glosser(
      store: LexiconStore(entries: TinyLexicon.entries(Self.lexicon)),
      romanizer: Romanizer(scheme: ShippedLexicons.scheme(scheme)))
    return try glosser.gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.translit)
  }

  @Test func articleBeforeSunAndMoonLettersIsAlWithoutAssimilation() throws {
    #expect(try romanize("الشمس القمر والشمس للقمر") == ["al-shams", "al-qamar", "wa-al-shams", "lil-qamar"])
  }

  @Test func entityWrittenWithItsArticle() throws {
    #expect(try romanize("والسعودية") == ["wa-al-Suʻūdīyah"])
  }

  @Test func inflectedFormsKeepTheLemmasVowels() throws {
    #expect(try romanize("الروسية الروسيون قاتلوا يقاتلون تقاتل") == [
      "al-rūsīyah", "al-rūsīyūn", "qātalū", "yuqātilūna", "tuqātil",
    ])
  }

  @Test func caseEndingsOfNounsAreDropped() throws {
    #expect(try romanize("أمس") == ["ams"])
  }

  @Test func simpleSchemeWritesKnownNamesAsEnglishDoes() throws {
    #expect(try romanize("والسعودية", scheme: "simple") == ["wa-Saudi Arabia"])
  }

  @Test func vocalizedFlagTellsWhetherShortVowelsAreKnown() throws {
    let glosser = try Glosser(
      store: LexiconStore(entries: TinyLexicon.entries(Self.lexicon)),
      romanizer: Romanizer(scheme: ShippedLexicons.scheme("ala-lc")))
    let tokens = try glosser.gloss("الشمس كازاخستان").flatMap(\.tokens).filter { $0.token.kind == .arabic }
    #expect(tokens.map(\.vocalized) == [true, false])
  }
}
