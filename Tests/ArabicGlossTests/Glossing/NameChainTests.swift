import ArabicGloss
import Testing

/// Names read from context: a word that can be a person's name, beside another name.
struct NameChainTests {
  func glosses(_ text: String) throws -> [String] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.gloss)
  }

  @Test func aWordBesideANameIsReadAsAName() throws {
    #expect(try glosses("كريستين سكوت توماس") == ["Christine", "Scott", "Thomas"])
    #expect(try glosses("إيوان ماكغريغور") == ["Ewan", "McGregor"])
  }

  @Test func aWordTheLexiconsLackCountsAsANameBesideIt() throws {
    // Most words no lexicon knows in news are foreign names: لين beside one is Lin, not "soft".
    #expect(try glosses("لين دوبرينسكي").first == "Lynn (Lin)")
    #expect(try glosses("لين").first == "soft (lenient)")
    #expect(try glosses("إيوان دوبرينسكي").first == "Ewan")
  }

  @Test func aContextNameNeverWinsOnItsOwn() throws {
    #expect(try glosses("قال سكوت") == ["said (told)", "silence"])
    #expect(try glosses("رايت") != ["Wright"])
  }

  @Test func functionWordsAndWordsWithCaseEndingsOrOtherHamzaSeatsStay() throws {
    // أن is "that" even beside a name; رأيت (with hamza) is "saw", not رايت Wright.
    #expect(try glosses("قال بوتين أن").last == "that")
    #expect(try glosses("جون رأيت").last != "Wright")
  }

  @Test func aMultiWordNameMatchesAcrossAHashtagUnderscoreOrAHyphen() throws {
    let entities = try ShippedLexicons.glosser().gloss("#عاصفة_الحزم").flatMap(\.entities)
    #expect(entities.map(\.english) == ["Operation Decisive Storm"])
  }

  @Test func aVerbBeforeItsSubjectsNameStaysAVerb() throws {
    // دار is also the surname Dar; before a name it is the verb of the sentence.
    #expect(try glosses("دار كامبل").first == "revolved (turned)")
  }

  @Test func aSurnameThatIsAlsoAVerbIsReadAsTheSurnameAfterAName() throws {
    // خان "betrayed" is the surname Khan after a given name, or after a word no lexicon knows.
    #expect(try glosses("فيليب خان").last == "Khan")
    #expect(try glosses("دوبرينسكي خان").last == "Khan")
    #expect(try glosses("خان فيليب").first == "betrayed")
  }

  @Test func particlesOfEuropeanNamesAreReadBetweenNames() throws {
    #expect(try glosses("جون دي دومينيكو") == ["John (Jon)", "de (di)", "Domenico"])
    // Alone, دي is the Latin letter's name.
    #expect(try glosses("حرف دي").last == "D")
  }

  @Test func punctuationBreaksAChain() throws {
    #expect(try glosses("كريستين، سكوت") == ["Christine", "silence"])
  }

  @Test func binBetweenNamesIsReadAsPartOfTheNameAlsoBesideAMultiWordName() throws {
    // عبد الله is one multi-word name; بن beside it is "bin", and عمر beside بن a name.
    #expect(try glosses("عبد الله بن عمر") == ["Abdullah", "Abdullah", "bin", "Omar"])
    // بن is "bin" also before a name the lexicons lack; بُنّ "coffee beans" is the rarer word.
    #expect(try glosses("بن دوبرينسكي").first == "bin")
  }

  @Test func aKunyaMatchesInEveryCase() throws {
    #expect(try glosses("عن أبي بكر") == ["about", "Abu Bakr", "Abu Bakr"])
    #expect(try glosses("إن أبا مازن").dropFirst() == ["Abu Mazen", "Abu Mazen"])
  }
}
