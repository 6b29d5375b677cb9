import ICUKit
import Testing

struct BidiTests {
  @Test func arabicFirstMakesARightToLeftParagraph() throws {
    let p = try Bidi.paragraph("قال Putin")
    #expect(p.level == 1)
    #expect(p.direction == .mixed)
    #expect(p.levels.count == 9)
    #expect(p.levels.first == 1)
    #expect(p.levels.last == 2)
  }

  @Test func runsComeInDisplayOrder() throws {
    let runs = try Bidi.runs("abc قال", base: .leftToRight)
    #expect(runs.map(\.text) == ["abc ", "قال"])
    #expect(runs.map(\.isRightToLeft) == [false, true])
  }

  @Test func visualOrderReversesArabicAndMirrorsBrackets() throws {
    #expect(try Bidi.visual("قال (بوتين)") == "(نيتوب) لاق")
    #expect(try Bidi.visual("ab\nقال") == "ab\nلاق")
  }

  @Test func shapingUsesPresentationForms() throws {
    let shaped = try Bidi.shapeArabic("كشف")
    #expect(shaped.unicodeScalars.map(\.value) == [0xFEDB, 0xFEB8, 0xFED2])
  }
}
