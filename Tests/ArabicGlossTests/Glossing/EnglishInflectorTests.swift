@testable import ArabicGloss
import Testing

/// The English inflection of glosses: plurals and past tenses.
struct EnglishInflectorTests {
  @Test func participlesAbbreviationsAndMassNounsStayInThePlural() {
    #expect(["injured", "Mrs.", "blood", "seed"].map(EnglishInflector.plural) == ["injured", "Mrs.", "blood", "seeds"])
    #expect(EnglishInflector.past("undo") == "undid")
    #expect(EnglishInflector.past("lie") == "lied")
    #expect(EnglishInflector.past("extol") == "extolled")
    #expect(EnglishInflector.past("lie down") == "lay down")
    #expect(EnglishInflector.past("must") == "had to")
    #expect(EnglishInflector.past("undergo") == "underwent")
    #expect(EnglishInflector.past("kidnap") == "kidnapped")
    #expect(["cafe", "knife", "housewife", "wolf"].map(EnglishInflector.plural) == ["cafes", "knives", "housewives", "wolves"])
    #expect(["spring", "building", "shelling"].map(EnglishInflector.plural) == ["springs", "buildings", "shelling"])
    #expect(["witness", "meaning", "darkness"].map(EnglishInflector.plural) == ["witnesses", "meanings", "darkness"])
    #expect(EnglishInflector.past("defer") == "deferred")
  }

  @Test func compoundsOfManMakeMenButHumanAndGermanTakeS() {
    #expect(["horseman", "spokeswoman", "gunman", "man"].map(EnglishInflector.plural) == ["horsemen", "spokeswomen", "gunmen", "men"])
    #expect(["human", "German", "talisman"].map(EnglishInflector.plural) == ["humans", "Germans", "talismans"])
    #expect(["horsemen", "specimen"].map(EnglishInflector.plural) == ["horsemen", "specimens"])
  }

  @Test func aSuperlativeMakesItsComparative() {
    let superlatives = ["biggest", "most important", "best", "worst", "least", "latest", "first", "red"]
    #expect(superlatives.map(EnglishInflector.comparative) == ["bigger", "more important", "better", "worse", "less", "later", "first", "red"])
  }

  @Test func aCompoundTakesItsPluralOnItsHead() {
    #expect(EnglishInflector.plural("head of state") == "heads of state")
    #expect(EnglishInflector.plural("mother-in-law") == "mothers-in-law")
    #expect(EnglishInflector.plural("respondent (in a poll)") == "respondents (in a poll)")
  }

  @Test func countableNounsInIsmTakeAPlural() {
    #expect(EnglishInflector.plural("mechanism") == "mechanisms")
    #expect(EnglishInflector.plural("terrorism") == "terrorism")
  }

  @Test func adjectivesMakeAdverbsAndOtherGlossesStayAsTheyAre() {
    #expect(["political", "basic", "temporary", "possible", "relative", "actual"].map(EnglishInflector.adverb)
      == ["politically", "basically", "temporarily", "possibly", "relatively", "actually"])
    #expect(["trade", "Eurasian", "daily", "of state"].map(EnglishInflector.adverb) == ["trade", "Eurasian", "daily", "of state"])
  }

  @Test func aGlossAlreadyPluralIsNotPluralizedAgain() {
    #expect(EnglishInflector.plural("clouds") == "clouds")
    #expect(EnglishInflector.plural("trees") == "trees")
    // Singulars in -s still take -es.
    #expect(EnglishInflector.plural("virus") == "viruses")
    #expect(EnglishInflector.plural("process") == "processes")
    #expect(EnglishInflector.plural("crisis") == "crises")
    #expect(EnglishInflector.plural("analysis") == "analyses")
  }

  @Test func onlyOneSyllableVerbsDoubleTheirFinalConsonant() {
    #expect(EnglishInflector.past("open") == "opened")
    #expect(EnglishInflector.past("strip") == "stripped")
    #expect(EnglishInflector.past("stop") == "stopped")
    #expect(EnglishInflector.past("bid") == "bid")
  }
}
