import ArabicGloss
import Testing

/// The sample article's hard words, glossed with the shipped lexicons.
struct SampleArticleGlossTests {
  let tokens: [GlossedToken]

  init() throws {
    tokens = try ShippedLexicons.glosser().gloss(RepositoryFiles.sampleArticle).flatMap(\.tokens)
  }

  func token(_ text: String, occurrence: Int = 0) -> GlossedToken? {
    tokens.filter { $0.token.text == text }.dropFirst(occurrence).first
  }

  @Test(arguments: [
    ("والسعودية", "and Saudi Arabia"), ("للإرهاب", "for terrorism"), ("الروسى", "Russian"),
    ("عسكريونا", "our soldiers"), ("بضربهم", "with their striking"), ("طائراتها", "its aircraft"),
    ("قواعدها", "its bases"), ("يقاتلون", "they fight"), ("يتراوح", "ranges"),
    ("الولاياتالمتحدة", "United States"), ("داعش", "ISIS"), ("جنوبى", "southern"),
    ("حلب", "Aleppo"), ("آلاف", "thousands"),
  ])
  func hardWordsGetTheirReadableGloss(word: String, gloss: String) throws {
    let t = try #require(token(word))
    #expect(t.gloss.hasPrefix(gloss), "\(word) → \(t.gloss)")
  }

  @Test func runTogetherWordIsRepairedIntoTheEntity() throws {
    let t = try #require(token("الولاياتالمتحدة"))
    #expect(t.status == .repaired)
  }

  @Test(arguments: [
    (["فلاديمير", "بوتين"], "Vladimir Putin", "person"),
    (["رابطة", "الدول", "المستقلة"], "Commonwealth of Independent States", "organization"),
    (["حزب", "الله"], "Hezbollah", "organization"), (["بحر", "قزوين"], "Caspian Sea", "place"),
    (["أن", "تى", "في"], "NTV", "media"),
  ])
  func multiWordEntitiesSpanTheirTokens(words: [String], english: String, type: String) throws {
    let first = try #require(tokens.firstIndex { $0.token.text == words[0] && $0.entity?.english == english })
    let entity = try #require(tokens[first].entity)
    #expect(entity.type == type)
    let span = tokens.filter { $0.entity?.id == entity.id }
    #expect(span.map(\.token.text) == words)
  }

  @Test func numbersAndTheConjunctionBetweenThem() throws {
    let i = try #require(tokens.firstIndex { $0.token.text == "5" })
    let words = tokens[i...].filter { $0.token.kind != .whitespace }.prefix(4)
    #expect(words.map(\.gloss) == ["5", "and", "7", "thousands"])
  }

  @Test func everyNamedEntityCarriesItsEnglishName() {
    for t in tokens where t.entity != nil {
      #expect(!(t.entity?.english.isEmpty ?? true))
    }
    let names = Set(tokens.compactMap { $0.entity?.english })
    for name in ["Vladimir Putin", "Russia", "Egypt", "Saudi Arabia", "Jordan", "Israel", "Syria",
      "Kazakhstan", "Moscow", "Baghdad", "Iran", "Iraq", "Turkey", "Aleppo", "ISIS", "Hezbollah",
      "Caspian Sea", "NTV", "Anadolu Agency", "Commonwealth of Independent States"]
    {
      #expect(names.contains(name), "\(name) missing")
    }
  }

  @Test func everyArabicWordHasAGloss() {
    let missing = tokens.filter { $0.token.kind == .arabic && ($0.gloss.isEmpty || $0.status == .partial || $0.status == .unknown) }
    #expect(missing.isEmpty, "\(missing.map(\.token.text))")
  }

  @Test func glossingIsDeterministic() throws {
    let again = try ShippedLexicons.glosser().gloss(RepositoryFiles.sampleArticle).flatMap(\.tokens)
    #expect(again.map(\.gloss) == tokens.map(\.gloss))
    #expect(again.map(\.translit) == tokens.map(\.translit))
  }

  @Test func tokensRebuildTheInput() {
    #expect(tokens.map(\.token.text).joined() == RepositoryFiles.sampleArticle)
  }
}
