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

  @Test func peopleDoNotTakeAnArticleTheirEntryLacks() throws {
    // السلام is "peace", not the article + a person named سلام.
    #expect(try token("السلام").gloss == "peace")
  }
}
