import ArabicGloss
import Testing

/// Which names take the article ال when their entry is written without it.
struct ArticleOnNamesTests {
  func token(_ word: String) throws -> GlossedToken {
    try #require(ShippedLexicons.glosser().gloss(word).first?.tokens.first)
  }

  @Test func organizationsAndMediaTakeTheArticleAsNewsWritesThem() throws {
    #expect(try token("اليونيسف").gloss == "UNICEF")
    #expect(try token("الفيسبوك").gloss == "Facebook")
    #expect(try token("اليونيسف").morphemes.map(\.role) == [.article, .stem])
  }

  @Test func weaponsAndEventsTakeTheArticleAsNewsWritesThem() throws {
    #expect(try token("التوماهوك").gloss == "Tomahawk")
    #expect(try token("البريكست").gloss == "Brexit")
  }

  @Test func aNameWrittenWithTheArticleKeepsItsRankBehindAClitic() throws {
    // الحريري is Hariri alone and behind و, not the adjective "silky".
    #expect(try token("الحريري").gloss == "Hariri")
    #expect(try token("والحريري").gloss == "and Hariri")
    #expect(try token("للمسيحية").gloss == "for Christianity")
  }

  @Test func surnamesOfTheNisbaShapeTakeTheArticleAsNewsWritesThem() throws {
    #expect(try token("الطالباني").gloss == "Talabani")
    #expect(try token("والبارزاني").gloss == "and Barzani")
  }

  @Test func anUnvocalizedSurnameInYaTakesTheArticleOnlyWhereNoWordReads() throws {
    // English writes these nisbas in -i: خاشقجي Khashoggi.
    #expect(try token("الخاشقجي").gloss == "Khashoggi")
    // A word, even one kept for context, comes first: الرامي "aiming", not Rami.
    #expect(try token("السامي").gloss.hasPrefix("high"))
    #expect(try token("الرامي").gloss.hasPrefix("aiming"))
    // A European given name in -y is no nisba: فريدي Freddie takes no article.
    #expect(try token("الفريدي").status == .partial)
  }

  @Test func peopleDoNotTakeAnArticleTheirEntryLacks() throws {
    // السلام is "peace", not the article + a person named سلام.
    #expect(try token("السلام").gloss == "peace")
  }
}
