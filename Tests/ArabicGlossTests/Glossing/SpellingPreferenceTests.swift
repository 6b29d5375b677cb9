import ArabicGloss
import Testing

/// The text's own spelling of final ى/ي and of hamza seats decides between close readings.
struct SpellingPreferenceTests {
  func gloss(_ word: String) throws -> String {
    try #require(ShippedLexicons.glosser().gloss(word).first?.tokens.first).gloss
  }

  @Test func finalYaAndAlifMaqsuraAsWrittenWinOverTheSwappedReading() throws {
    #expect(try gloss("نادي") == "club")
    #expect(try gloss("على") == "on")
    // Egyptian spelling still finds the word through the swap.
    #expect(try gloss("الروسى") == "Russian")
    #expect(try gloss("فى") == "in")
  }

  @Test func aReadingSpelledWithTheTextsHamzaSeatsComesFirstWhenClose() throws {
    #expect(try gloss("آب") == "August")
    #expect(try gloss("أن") == "that")
    // آل "family" (آل سعود), not the Latin letter's name إل "L".
    #expect(try gloss("آل") == "family (clan)")
  }

  @Test func aBareAlefInTheTextPrefersTheEntrySpelledWithoutASeat() throws {
    // كان "was", not كأنّ "as if", whose hamza the text does not write.
    #expect(try gloss("كان") == "was")
    #expect(try gloss("وكان") == "and was")
    // Where no entry is spelled as written, the seat is restored as before.
    #expect(try gloss("الى") == "to")
  }

  @Test func aWordWrittenWithAlLamIsTheArticleBeforeAVerbWithItsHamzaDropped() throws {
    // الحق "the right", not ألحق "inflicted"; also behind a conjunction.
    #expect(try gloss("الحق") == "the right")
    #expect(try gloss("والحق") == "and the right")
    // Not a broken plural in أ written without it: العاب is ألعاب "games".
    #expect(try gloss("العاب") == "games (toys)")
  }

  @Test func aHamzaSeatTheTextWritesOutweighsACloseEntryWithoutIt() throws {
    // بآبل: the madda belongs to آبل (Apple), not to بابل (Babylon).
    #expect(try gloss("بآبل") == "with Apple")
  }

  @Test func theSpellingOfAMatchedBrokenPluralIsComparedNotItsLemma() throws {
    // السنة is "the year"; ألسنة "tongues" is written with a hamza the text does not have.
    #expect(try gloss("السنة") == "the year")
    #expect(try gloss("ألسنة") == "tongues (languages)")
  }

  @Test func tanwinRulesOutAVerbOrANameReading() throws {
    #expect(try gloss("شخصٍ") == "person")
    #expect(try gloss("دوماً") == "always")
    #expect(try gloss("صورٌ") == "pictures (images)")
    // With only such readings a word has none (كتوماً "secretive" was read ك + Thomas
    // before كتوم was listed).
    #expect(try gloss("كترامب") == "like Trump")
    let word = try #require(ShippedLexicons.glosser().gloss("كترامبٍ").first?.tokens.first)
    #expect(word.status == .unknown)
  }

  @Test func aNegationTakesNoPronoun() throws {
    // ماي is not ما + ي "not me".
    let token = try #require(ShippedLexicons.glosser().gloss("ماي").first?.tokens.first)
    #expect(([token.analysis].compactMap { $0 } + token.alternatives).allSatisfy { $0.entry.leipzig != "NEG" })
  }

  @Test func hamzaWrittenOnAnotherSeatStillAgreesWithTheLemma() throws {
    // بدؤوا is بدأ "began" (hamza on و before the suffix), not بدا "seemed".
    #expect(try gloss("بدؤوا") == "they began (they started)")
  }

  @Test func aHamzaOnTheAlefOfAFormEightOrTenStemIsTheFirstPerson() throws {
    // The perfect's alef (استخدم "used") never takes a hamza; أستخدم is "I use".
    #expect(try ShippedLexicons.glosser().gloss("أستخدم أنتظر").flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.leipzig)
      == ["1SG-use.IPFV", "1SG-await.IPFV"])
    // Also behind a conjunction; a bare alef there stays the perfect.
    #expect(try gloss("وأعتقد") == "and I believe (I think)")
    #expect(try gloss("واعتقد") == "and believed (thought)")
  }
}
