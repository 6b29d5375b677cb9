import ArabicGloss
import Testing

struct SegmenterTests {
  let segmenter = try! Segmenter()

  func tokens(_ text: String) throws -> [Token] {
    try segmenter.segment(text).flatMap(\.tokens)
  }

  /// Checks that tokens tile `text`: no gap, no overlap, exact text, to the last byte.
  func expectTiles(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let sentences = try segmenter.segment(text)
    var offset = 0
    var index = 0
    let bytes = Array(text.utf8)
    for (s, sentence) in sentences.enumerated() {
      #expect(sentence.index == s, sourceLocation: sourceLocation)
      #expect(sentence.range.lowerBound == offset, sourceLocation: sourceLocation)
      for token in sentence.tokens {
        #expect(token.range.lowerBound == offset, sourceLocation: sourceLocation)
        #expect(token.index == index, sourceLocation: sourceLocation)
        #expect(token.sentence == s, sourceLocation: sourceLocation)
        #expect(Array(token.text.utf8) == Array(bytes[token.range]), sourceLocation: sourceLocation)
        offset = token.range.upperBound
        index += 1
      }
      #expect(sentence.range.upperBound == offset, sourceLocation: sourceLocation)
    }
    #expect(offset == bytes.count, sourceLocation: sourceLocation)
    #expect(sentences.flatMap(\.tokens).map(\.text).joined() == text, sourceLocation: sourceLocation)
  }

  @Test func sampleArticleIsTiledExactly() throws {
    try expectTiles(RepositoryFiles.sampleArticle)
  }

  @Test(.enabled(if: RepositoryFiles.hasTreebank))
  func everyTreebankSentenceIsTiledExactly() throws {
    let sentences = RepositoryFiles.treebankSentences()
    #expect(sentences.count == 500)
    for sentence in sentences { try expectTiles(sentence) }
  }

  @Test func eachSpaceSeparatedArabicWordOfTheSampleIsOneToken() throws {
    let text = RepositoryFiles.sampleArticle
    let arabic = try tokens(text).filter { $0.kind == .arabic }.map(\.text)
    let expected = text.split(whereSeparator: \.isWhitespace).flatMap { chunk in
      // Strip the punctuation that hugs words: quotes, guillemets, commas, colons, stops.
      chunk.split(whereSeparator: { "\"«»،:.؟!()".contains($0) }).map(String.init)
    }.filter { $0.unicodeScalars.contains { (0x0621...0x064A).contains($0.value) } }
    #expect(arabic == expected)
    #expect(arabic.contains("الولاياتالمتحدة"))
  }

  @Test func numbersAndTheConjunctionBetweenThem() throws {
    let kinds = try tokens("5 و 7 آلاف").filter { $0.kind != .whitespace }.map(\.kind)
    #expect(kinds == [.number, .arabic, .number, .arabic])
  }

  @Test func hashtagWordsJoinedByUnderscoresAreSeparateTokens() throws {
    let found = try tokens("#عاصفة_الحزم foo_bar").map { "\($0.kind):\($0.text)" }
    #expect(found == [
      "punctuation:#", "arabic:عاصفة", "punctuation:_", "arabic:الحزم", "whitespace: ", "latin:foo_bar",
    ])
    try expectTiles("#عاصفة_الحزم و_ _و __ foo_bar")
  }

  @Test func quotesAroundANameAreTheirOwnTokens() throws {
    let found = try tokens("\"داعش\"").map { "\($0.kind):\($0.text)" }
    #expect(found == ["punctuation:\"", "arabic:داعش", "punctuation:\""])
  }

  @Test(arguments: [
    ("١٢٣", TokenKind.number), ("2024", .number), ("٣٫٥", .number), ("ISIS", .latin),
    ("،", .punctuation), ("؛", .punctuation), ("؟", .punctuation), ("«", .punctuation),
    ("كـــشف", .arabic), ("كَشَفَ", .arabic), ("\u{FEDB}\u{FEB8}\u{FED2}", .arabic),
    ("بر\u{200C}نامه", .arabic), ("Москва", .other),
  ])
  func tokenKinds(text: String, kind: TokenKind) throws {
    let found = try tokens(text)
    #expect(found.count == 1)
    #expect(found.first?.kind == kind)
  }

  @Test func crlfLineEndsStayWholeAndNoFinalNewlineIsKept() throws {
    let text = "قال\r\nبوتين"
    try expectTiles(text)
    #expect(try tokens(text).map(\.text) == ["قال", "\r\n", "بوتين"])
  }

  @Test func bidiControlsAndJoinersAreKept() throws {
    try expectTiles("\u{202B}قال\u{202C} \u{200F}Putin\u{200E} و\u{200D}ب \u{2067}x\u{2069}")
  }

  @Test func sentencesRestartNumberingNowhere() throws {
    let sentences = try segmenter.segment("قال بوتين. وأضاف: نعم.\nسطر ثان")
    #expect(sentences.count == 3)
    #expect(sentences.map(\.index) == [0, 1, 2])
  }

  @Test func emptyTextHasNoSentences() throws {
    #expect(try segmenter.segment("").isEmpty)
  }

  @Test func randomMixesAreTiledExactly() throws {
    let pieces: [String] = [
      "كشف", "الولايات", "و", "ـ", "\u{064E}", "\u{0651}", "\u{0670}", "5", "١٢", "٫", "abc",
      "ISIS-K", " ", "  ", "\n", "\r\n", "\t", "،", "؛", "؟", "«", "»", "\"", "(", ")", "%",
      "\u{200C}", "\u{200D}", "\u{200F}", "\u{202B}", "\u{202C}", "\u{2066}", "\u{2069}",
      "\u{FEFF}", "\u{FEDB}", "\u{FEFB}", "😀", "é", "e\u{0301}", "\u{0000}", ".",
    ]
    var rng = SeededGenerator(seed: 2026)
    for _ in 0..<300 {
      let count = Int.random(in: 0...40, using: &rng)
      let text = (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
      try expectTiles(text)
    }
  }

  @Test func paragraphsSplitAfterLineFeedsOnly() {
    #expect(Segmenter.paragraphs(of: "a\r\nb\n\nc").map(String.init) == ["a\r\n", "b\n", "\n", "c"])
    #expect(Segmenter.paragraphs(of: "").isEmpty)
  }

  @Test func lettersJoinedByFullStopsAreOneTokenInOneSentence() throws {
    let segmenter = try Segmenter()
    let sentences = try segmenter.segment("قال (أ.ف.ب) إن ذلك في 500 ق.م وانتهى. ثم")
    #expect(sentences.count == 2)
    let arabic = sentences[0].tokens.filter { $0.kind == .arabic }.map(\.text)
    #expect(arabic.contains("أ.ف.ب"))
    #expect(arabic.contains("ق.م"))
    try expectTiles("في 500 ق.م. وقال أ.ف.ب")
  }
}
