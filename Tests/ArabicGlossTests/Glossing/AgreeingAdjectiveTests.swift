import ArabicGloss
import Testing

/// A word after a noun that can be an adjective agreeing with it is read as that adjective.
struct AgreeingAdjectiveTests {
  func glosses(_ text: String) throws -> [String] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.gloss)
  }

  @Test func aDefiniteAdjectiveAfterADefiniteNoun() throws {
    #expect(try glosses("القوات المسيحية").last == "Christian")
  }

  @Test func aGrammarAdjectiveAfterAnIndefiniteNoun() throws {
    // آخَر "other" follows its noun; آخِر "last" precedes it.
    #expect(try glosses("شخص آخر") == ["person", "other (another)"])
    #expect(try glosses("آخر مرة").first == "last (end)")
  }

  @Test func aParticipleThatIsNounAndAdjectiveIsTheAdjectiveAfterAnIndefiniteNoun() throws {
    #expect(try glosses("هجوم مسلح") == ["attack (offensive)", "armed"])
    // Also both in the accusative: هجوماً مسلحاً.
    #expect(try glosses("هجوماً مسلحاً") == ["attack (offensive)", "armed"])
    // Not before a genitive, nor when the adjective is another word (عامّ "general").
    #expect(try glosses("إيقاف منتخب أستراليا")[1] == "national team (selection)")
    #expect(try glosses("نهاية عام").last == "year")
    // Nor a singular after a plural noun.
    #expect(try glosses("رجال مسلح").last == "gunman (militant)")
  }

  @Test func anAdverbInTaIsTheAdjectivesFeminineAfterAnIndefiniteFeminineNoun() throws {
    #expect(try glosses("وحدة خاصة").last == "special (private)")
    #expect(try glosses("رحلة مباشرة").last == "direct (live)")
    // After a definite noun, or as the sentence's adverb, it stays "especially".
    #expect(try glosses("في المنطقة خاصة في الصيف")[2] == "especially")
  }

  @Test func theAdjectivesFeminineOverTheFeminineOfANounOfTheSameLetters() throws {
    #expect(try glosses("قوات مشتركة").last == "joint (common)")
    #expect(try glosses("طريقة مطورة").last == "developed")
    // A noun with a pronoun is definite: the adjective after it has the article.
    #expect(try glosses("دراجتهم الكهربائية").last == "electric (electrical)")
  }

  @Test func aFeminineAdjectiveOverANounInTaMarbutaAfterAFeminineOrPluralNoun() throws {
    #expect(try glosses("مادة مهمة").last == "important")
    #expect(try glosses("علاقاتها الشخصية").last == "personal")
    // Not after a masculine singular noun, nor with a preposition: those are genitives.
    #expect(try glosses("طالب جامعة").last == "university (league)")
    // ف "so" opens no word inside a noun phrase.
    #expect(try glosses("مشكلات فنية").last == "technical (artistic)")
    #expect(try glosses("الواجهة للمدينة").last == "for the city")
  }

  @Test func anAdjectiveAgreesInGenderAndWithANounThatHasAPronoun() throws {
    // A noun with a pronoun is definite: قلقه البالغ "his grave concern".
    #expect(try glosses("قلقه البالغ").last == "extreme (amounting to)")
    // A masculine singular word after a feminine noun is no adjective of it.
    #expect(try glosses("الدول العربية الرئيس").last == "the president (head)")
  }

  @Test func aMonthOrAPlaceIsADefiniteNounAPersonIsNot() throws {
    #expect(try glosses("أغسطس الماضي").last == "last (past)")
    #expect(try glosses("ترامب الرئيس").last == "the president (head)")
  }

  @Test func everyAdjectiveAfterTheNounAgreesWithIt() throws {
    #expect(try glosses("بطلعات جوية مشتركة").last == "joint (common)")
  }

  @Test func aNounInTaMarbutaWithASuffixIsSpelledWithoutIt() throws {
    // الآليات is آلية + ات "the mechanisms", which the text spells with its own madda too.
    #expect(try glosses("من الآليات").last == "the mechanisms (vehicles)")
  }

  @Test func onlyTheWordRightAfterTheNounAgreesWithIt() throws {
    // A comma and a multi-word expression stand between: العملية is "the operation".
    #expect(try glosses("للإرهاب، مؤكداً أن العملية").last == "the operation (process)")
  }

  @Test func aRareAdjectiveIsNotPromotedByAgreement() throws {
    // مُحْتَوِي "containing" is flagged rare: المحتوى stays "the content" after a noun.
    #expect(try glosses("الطلاب المحتوى").last == "the content")
  }

  @Test func notWhereDefinitenessDiffersForThatIsAGenitive() throws {
    #expect(try glosses("كتاب الصحفية").last == "the journalist")
  }
}
