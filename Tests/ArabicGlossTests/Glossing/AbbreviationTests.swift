import ArabicGloss
import Testing

/// Latin abbreviations spelled out in Arabic letter names.
struct AbbreviationTests {
  /// (text, english) of every abbreviation entity in `text`, in order.
  private func abbreviations(_ text: String) throws -> [(String, String)] {
    let sentences = try ShippedLexicons.glosser().gloss(text)
    let tokens = sentences.flatMap(\.tokens)
    return sentences.flatMap(\.entities).filter { $0.type == "abbreviation" }.map { e in
      let words = tokens.filter { $0.token.kind == .arabic && (e.first...e.last).contains($0.token.index) }
      return (words.map(\.token.text).joined(separator: " "), e.english)
    }
  }

  @Test func letterNamesInARowAreOneAbbreviationGlossedAsItsLetters() throws {
    let found = try abbreviations("قالت آي إيه جي إن الضابط في إس إس عمل مع إم آي 6.")
    #expect(found.map(\.0) == ["آي إيه جي", "إس إس", "إم آي"])
    #expect(found.map(\.1) == ["IAG", "SS", "MI"])
  }

  @Test func everyWordOfTheAbbreviationShowsItAndKeepsItsLetterAndOtherReadings() throws {
    let tokens = try ShippedLexicons.glosser().gloss("ضابط في إس إس").flatMap(\.tokens).filter { $0.token.kind == .arabic }
    let letters = tokens.suffix(2)
    #expect(letters.allSatisfy { $0.gloss == "SS" && $0.entity?.english == "SS" && $0.status == .known })
    #expect(letters.allSatisfy { $0.analysis?.entry.primaryGloss == "S" })
    #expect(letters.allSatisfy { !$0.alternatives.isEmpty })
  }

  @Test func commonWordsThatFoldToLetterNamesAreNotAbbreviations() throws {
    // أم "or" and أي "any" fold to إم and إي but are spelled as the words.
    #expect(try abbreviations("هل تريد أم أي شيء آخر").isEmpty)
    // One letter name alone, or letter names split by punctuation or a line break, are not one.
    #expect(try abbreviations("فيتامين سي مهم").isEmpty)
    #expect(try abbreviations("جي، سي").isEmpty)
    #expect(try abbreviations("جي\nسي").isEmpty)
  }

  @Test func bIsALetterInsideARunOfLetterNamesAndWithMeElsewhere() throws {
    #expect(try abbreviations("قال إم بي إس").map(\.1) == ["MBS"])
    let tokens = try ShippedLexicons.glosser().gloss("جاء بي إلى البيت").flatMap(\.tokens)
    #expect(tokens.first { $0.token.text == "بي" }?.gloss == "with me")
  }

  @Test func aLexiconEntryForTheLettersWins() throws {
    let entities = try ShippedLexicons.glosser().gloss("كيه إل إم").flatMap(\.entities)
    #expect(entities.map(\.english) == ["KLM"])
    #expect(entities.map(\.type) == ["organization"])
  }

  @Test func aLetterNameTakesNoClitic() throws {
    // بيو is a name (Pugh), not ب + يو "with U".
    let t = try #require(ShippedLexicons.glosser().gloss("بيو").first?.tokens.first)
    #expect(t.gloss != "with U")
  }

  @Test func arabicAbbreviationsWithFullStopsAreReadThroughTheirLetters() throws {
    let tokens = try ShippedLexicons.glosser().gloss("قال (أ.ف.ب) إن ذلك كان في 500 ق.م").flatMap(\.tokens)
    let glosses = Dictionary(tokens.map { ($0.token.text, $0.gloss) }, uniquingKeysWith: { a, _ in a })
    #expect(glosses["أ.ف.ب"] == "AFP")
    #expect(glosses["ق.م"] == "BC")
    #expect(tokens.first { $0.token.text == "أ.ف.ب" }?.entity?.english == "AFP")
  }
}
