import ICUKit
import Testing

struct ICUErrorTests {
  @Test func namesComeFromICU() {
    #expect(ICUError(rawValue: 1).name == "U_ILLEGAL_ARGUMENT_ERROR")
    #expect(ICUError(rawValue: 15).name == "U_BUFFER_OVERFLOW_ERROR")
  }

  @Test func checkPassesWarningsAndThrowsFailures() {
    #expect(throws: Never.self) { try ICUError.check(0) }
    #expect(throws: Never.self) { try ICUError.check(-124) }
    #expect(throws: ICUError(rawValue: 15)) { try ICUError.check(15) }
  }

  @Test func versionIsDotted() {
    #expect(ICUVersion.current.split(separator: ".").count >= 2)
  }
}
