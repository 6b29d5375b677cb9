import ICUKit
import Testing

struct NormalizerTests {
  @Test func nfkcTurnsPresentationFormsIntoLetters() throws {
    #expect(try Normalizer(.nfkc).normalize("\u{FEDB}\u{FEB8}\u{FED2}") == "كشف")
    #expect(try Normalizer(.nfkc).normalize("\u{FDFA}").unicodeScalars.count == 18)
  }

  @Test func nfcComposesAndLeavesPresentationFormsAlone() throws {
    #expect(try Normalizer(.nfc).normalize("\u{0627}\u{0653}") == "\u{0622}")
    #expect(try Normalizer(.nfc).normalize("\u{FEDB}") == "\u{FEDB}")
    #expect(try Normalizer(.nfc).isNormalized("كشف"))
    #expect(try !Normalizer(.nfkc).isNormalized("\u{FEDB}"))
  }
}
