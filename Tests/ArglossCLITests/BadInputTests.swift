import Foundation
import Testing

/// The bad-input matrix: each kind of bad input, its exit status and its message.
@Suite(.serialized)
struct BadInputTests {
  func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
    let url = try CommandRunner.temporaryDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
  }

  @Test func invalidUTF8DeepInALargeFileNamesItsAbsoluteOffset() throws {
    let line = Array("قال بوتين إن روسيا تواصلت مع مصر\n".utf8)
    var bytes: [UInt8] = []
    while bytes.count < 1_200_000 { bytes += line }  // past the first 1 MiB read block
    let offset = bytes.count
    bytes += [0xC3, 0x28]
    let url = try file("late.txt", bytes)
    let result = try CommandRunner.run(["segment", "--format", "jsonl", url.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("late.txt") && result.stderr.contains("byte offset \(offset)"))
  }

  @Test func aFailedRunLeavesNoOutputFile() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let input = dir.appendingPathComponent("bad.txt")
    try Data(Array("قال بوتين\n".utf8) + [0xC3, 0x28]).write(to: input)
    let result = try CommandRunner.run(["gloss", "--no-fallback", "-o", dir.appendingPathComponent("out.txt").path, input.path])
    #expect(result.status == 65)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bad.txt"])
  }

  @Test func utf16IsNamedWithAHint() throws {
    let url = try file("utf16.txt", [0xFF, 0xFE] + Array("قال بوتين".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let result = try CommandRunner.run(["gloss", url.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("UTF-16") && result.stderr.contains("iconv"))
  }

  @Test func windows1256IsNamedWithAHint() throws {
    let url = try file("cp1256.txt", [0xDF, 0xD4, 0xDD, 0x20, 0xC7, 0xE1, 0xD1, 0xC6, 0xED, 0xD3, 0x0A])
    let result = try CommandRunner.run(["gloss", url.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("Windows-1256") && result.stderr.contains("CP1256"))
  }

  @Test func binaryFileIsBadData() throws {
    let url = try file("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x90, 0xFF, 0xC8])
    let result = try CommandRunner.run(["segment", url.path])
    #expect(result.status == 65 && result.stderr.contains("binary.bin"))
  }

  @Test func nulBytesInTextArePreserved() throws {
    let text = "قال\u{0}بوتين\u{0}"
    let result = try CommandRunner.run(["segment", "--format", "jsonl"], stdin: Data(text.utf8))
    #expect(result.status == 0)
    let rebuilt = try result.stdout.split(separator: "\n").map {
      (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String ?? ""
    }.joined()
    #expect(rebuilt == text)
  }

  @Test func aLineLongerThanAReadBlockIsKeptWhole() throws {
    let words = String(repeating: "كلمة ", count: 130_000)  // 1.17 MB, no newline
    let url = try file("long.txt", Array(words.utf8))
    let result = try CommandRunner.run(["segment", "--format", "jsonl", url.path])
    #expect(result.status == 0)
    let rebuilt = try result.stdout.split(separator: "\n").map {
      (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String ?? ""
    }.joined()
    #expect(rebuilt == words)
  }

  @Test func aGiantTokenIsGlossedAsUnknownAndRomanized() throws {
    let giant = String(repeating: "ب", count: 100_000)
    let result = try CommandRunner.run(
      ["coverage", "--no-fallback", "--format", "json"], stdin: Data(("كلمة " + giant).utf8))
    #expect(result.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(json?["tokens"] as? Int == 2)
  }

  @Test func emptyInputGivesNoOutput() throws {
    let url = try file("empty.txt", [])
    let result = try CommandRunner.run(["gloss", "--format", "jsonl", url.path])
    #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty)
  }

  @Test func missingFileAndFolderCannotBeOpened() throws {
    #expect(try CommandRunner.run(["gloss", "/nonexistent.txt"]).status == 66)
    #expect(try CommandRunner.run(["coverage", "--format", "json", "/nonexistent.txt"]).status == 66)
    #expect(try CommandRunner.run(["translit", "--file", "/nonexistent.txt"]).status == 66)
    #expect(try CommandRunner.run(["gloss", "/tmp"]).status == 66)
  }

  @Test(.enabled(if: getuid() != 0, "root can read any file"))
  func unreadableFileCannotBeOpened() throws {
    let url = try file("secret.txt", Array("قال".utf8))
    chmod(url.path, 0)
    #expect(try CommandRunner.run(["gloss", url.path]).status == 66)
  }

  @Test func bidiControlsAndMixedScriptsAreKept() throws {
    let text = "\u{202B}قال\u{202C} Putin \u{2067}بوتين\u{2069} Москва 東京 😀\n"
    let result = try CommandRunner.run(["gloss", "--no-fallback", "--format", "jsonl"], stdin: Data(text.utf8))
    #expect(result.status == 0)
    let rebuilt = try result.stdout.split(separator: "\n").map {
      (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String ?? ""
    }.joined()
    #expect(rebuilt == text)
  }

  @Test func emptyOrNonUTF8LexiconIsRefused() throws {
    let empty = try file("empty.tsv", [])
    let refused = try CommandRunner.run(["gloss", "--lexicon", empty.path], stdin: Data("قال".utf8))
    #expect(refused.status == 65 && refused.stderr.contains("no header line"))
    let latin1 = try file("latin1.tsv", Array("arabic\tpos\tgloss\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0A])
    let notUTF8 = try CommandRunner.run(["gloss", "--lexicon", latin1.path], stdin: Data("قال".utf8))
    #expect(notUTF8.status == 65 && notUTF8.stderr.contains("not UTF-8"))
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aFullDiskIsOutputFailure() throws {
    let result = try CommandRunner.run(["bash", "-c", "echo قال | \"$0\" gloss --no-fallback > /dev/full", CommandRunner.executable.path], viaShell: true)
    #expect(result.status == 74)
    #expect(result.stderr.contains("cannot write output"))
  }

  @Test func closedPipeEndsQuietly() throws {
    let words = String(repeating: "قال بوتين إن روسيا تواصلت مع مصر. ", count: 3_000)  // far more output than a pipe buffer
    let url = try file("big.txt", Array(words.utf8))
    let result = try CommandRunner.run(["bash", "-c", "\"$0\" gloss --no-fallback --format jsonl '\(url.path)' | head -1 > /dev/null; echo \"${PIPESTATUS[0]}\"", CommandRunner.executable.path], viaShell: true)
    #expect(result.stdout == "0\n")
    #expect(result.stderr.isEmpty)
  }

  @Test func interruptStopsPromptlyAndLeavesNoOutputFile() throws {
    let words = String(repeating: "قال بوتين إن روسيا تواصلت مع مصر. ", count: 200_000)
    let dir = try CommandRunner.temporaryDirectory()
    let input = dir.appendingPathComponent("big.txt")
    try Data(words.utf8).write(to: input)
    let output = dir.appendingPathComponent("out.json")
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = ["gloss", "--no-fallback", "--format", "json", "-o", output.path, input.path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: 1.0)
    kill(process.processIdentifier, SIGINT)
    let deadline = Date().addingTimeInterval(3)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    #expect(!process.isRunning)
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["big.txt"])
  }
}
