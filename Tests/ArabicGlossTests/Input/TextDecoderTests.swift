import ArabicGloss
import Testing

struct TextDecoderTests {
  @Test func validUTF8DecodesUnchanged() throws {
    let text = "كشف \u{FEFF}abc 😀"
    #expect(try TextDecoder.decode(Array(text.utf8)) == text)
  }

  @Test(arguments: [
    ([0x61, 0x62, 0xFF], 2), ([0xC3], 0), ([0x61, 0xE0, 0x80, 0x80], 1),
    ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0), ([0xD9, 0x83, 0xD9], 2),
  ])
  func invalidUTF8IsReportedAtItsFirstByte(bytes: [UInt8], offset: Int) {
    #expect(throws: TextDecoder.Failure.invalidUTF8(offset: offset)) {
      try TextDecoder.decode(bytes)
    }
  }

  @Test func utf16IsRecognized() {
    let le: [UInt8] = [0xFF, 0xFE] + Array("كشف".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(throws: TextDecoder.Failure.utf16(littleEndian: true)) { try TextDecoder.decode(le) }
    let noMark = Array("hello world".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(throws: TextDecoder.Failure.utf16(littleEndian: true)) { try TextDecoder.decode(noMark) }
  }

  @Test func windows1256ArabicIsRecognized() {
    // "كشف الرئيس" in Windows-1256.
    let bytes: [UInt8] = [0xDF, 0xD4, 0xDD, 0x20, 0xC7, 0xE1, 0xD1, 0xC6, 0xED, 0xD3]
    #expect(throws: TextDecoder.Failure.windows1256(offset: 0)) { try TextDecoder.decode(bytes) }
  }

  @Test func lossyDecodingCountsReplacements() {
    let (text, replaced) = TextDecoder.decodeLossy([0x61, 0xFF, 0x62, 0xEF, 0xBF, 0xBD, 0xFE])
    #expect(text == "a\u{FFFD}b\u{FFFD}\u{FFFD}")
    #expect(replaced == 2)
  }
}
