import ICUKit
import Testing

struct BreakIteratorTests {
  @Test func wordsKeepCliticsAndRunTogetherWordsWhole() throws {
    let words = try BreakIterator(.word)
    #expect(
      try words.segments(of: "والسعودية الولاياتالمتحدة") == ["والسعودية", " ", "الولاياتالمتحدة"])
  }

  @Test func ruleStatusTellsNumbersFromLetters() throws {
    let words = try BreakIterator(.word)
    let units = Array("5 كشف".utf16)
    let bounds = try units.withUnsafeBufferPointer { try words.boundaries(in: $0) }
    #expect(bounds.map(\.offset) == [0, 1, 2, 5])
    #expect((100..<200).contains(bounds[1].ruleStatus))
    #expect((200..<300).contains(bounds[3].ruleStatus))
  }

  @Test func sentencesEndAtFullStops() throws {
    let sentences = try BreakIterator(.sentence)
    #expect(try sentences.segments(of: "قال بوتين. وأضاف: نعم.") == ["قال بوتين. ", "وأضاف: نعم."])
  }

  @Test func emptyTextHasOneBoundary() throws {
    let words = try BreakIterator(.word)
    let bounds = try [UInt16]().withUnsafeBufferPointer { try words.boundaries(in: $0) }
    #expect(bounds.map(\.offset) == [0])
  }

  @Test func longTextGrowsTheBoundaryBuffer() throws {
    let words = try BreakIterator(.character)
    let text = String(repeating: "ab", count: 1000)
    #expect(try words.segments(of: text).count == 2000)
  }
}
