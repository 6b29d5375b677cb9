import ArabicGloss
import Testing

/// A preposition or a number governs a noun: the word after one is read as a noun where it
/// can be; a relative pronoun opens a clause that starts with its verb.
struct NounAfterPrepositionTests {
  func glosses(_ text: String) throws -> [String] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.gloss)
  }

  @Test func aVerbReadingYieldsToANounAfterAPreposition() throws {
    #expect(try glosses("الانضمام إلى عمل").last == "work (action)")
    #expect(try glosses("من أجل دعم").last == "support")
  }

  @Test func elsewhereTheVerbKeepsItsRank() throws {
    #expect(try glosses("عمل").last == "worked")
    // A preposition with a pronoun is no head of what follows: فيه كشف "in it he disclosed".
    #expect(try glosses("فيه كشف").last != "disclosure (uncovering)")
  }

  @Test func aNounReadingYieldsToAVerbAfterARelativePronoun() throws {
    #expect(try glosses("مما جعلها").last == "made it (caused)")
    #expect(try glosses("جعلها").last == "its making (turning into)")
    // An adjective too: التي أحدثها "that caused it", not "the latest of it".
    #expect(try glosses("التي أحدثها").last == "caused it (brought about)")
    #expect(try glosses("أحدثها").last != "caused it (brought about)")
    // ما also asks about nouns: ما رأيك "what is your opinion".
    #expect(try glosses("ما رأيك").last == "your opinion (view)")
  }

  @Test func aNumberIsFollowedByTheNounItCounts() throws {
    #expect(try glosses("ألف طالب").last == "student")
    #expect(try glosses("قتل 50 طالب").last == "student")
    // A number that names (a year) is no count: عام 1957 التقى "in 1957 met".
    #expect(try glosses("عام 1957 التقى").last == "met")
  }

  @Test func aPrepositionMeaningAboutBeforeANumberReadsAbout() throws {
    #expect(try glosses("نحو 50").first == "about")
    #expect(try glosses("نحو الجنوب").first == "towards")
  }

  @Test func anIndefiniteNounGovernsANounNotABarePerfect() throws {
    #expect(try glosses("تحقيق تقدم").last == "progress (advance)")
    #expect(try glosses("خيار سحب قواته")[1] == "withdrawal (pulling)")
    // With the article, the noun is no construct: الرئيس سحب "the president withdrew".
    #expect(try glosses("الرئيس سحب").last == "withdrew (pulled)")
  }

  @Test func aPrepositionThatIsAlsoARelativeIsTheRelativeBeforeAVerb() throws {
    #expect(try glosses("من قال") == ["who", "said (told)"])
    #expect(try glosses("من المدينة").first == "from")
  }
}
