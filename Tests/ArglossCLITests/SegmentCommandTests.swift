import Foundation
import Testing

@testable import argloss

@Suite(.serialized)
struct SegmentCommandTests {
  @Test func parsesFormatAndFiles() throws {
    let command = try Segment.parse(["--format", "jsonl", "a.txt", "-"])
    #expect(command.format == .jsonl)
    #expect(command.input.files == ["a.txt", "-"])
  }

  @Test func rejectsAnUnknownFormat() {
    #expect(throws: (any Error).self) { try Segment.parse(["--format", "xml"]) }
  }

  @Test func jsonlOfTheSampleTilesTheFile() throws {
    let result = try CommandRunner.run(["segment", "--format", "jsonl", "samples/seed-article.ar.txt"])
    #expect(result.status == 0)
    let data = try Data(contentsOf: CommandRunner.root.appendingPathComponent("samples/seed-article.ar.txt"))
    var offset = 0
    var rebuilt = ""
    for line in result.stdout.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      let start = object?["start"] as? Int, end = object?["end"] as? Int
      #expect(start == offset)
      offset = end ?? -1
      rebuilt += object?["text"] as? String ?? ""
      #expect(object?["sentence"] is Int && object?["token"] is Int && object?["kind"] is String)
    }
    #expect(offset == data.count)
    #expect(rebuilt == String(decoding: data, as: UTF8.self))
  }

  @Test func readsStandardInput() throws {
    let result = try CommandRunner.run(["segment"], stdin: Data("كشف 5".utf8))
    #expect(result.status == 0)
    #expect(result.stdout.contains("arabic") && result.stdout.contains("number"))
  }

  @Test func invalidUTF8ExitsWithDataErrorAndOffset() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("bad.txt")
    try Data([0xD9, 0x83, 0x20, 0xFF, 0x61]).write(to: file)
    let result = try CommandRunner.run(["segment", file.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains(file.path) && result.stderr.contains("byte offset 3"))
    #expect(result.stdout.isEmpty)
  }

  @Test func lossyReplacesAndWarns() throws {
    let result = try CommandRunner.run(["segment", "--lossy"], stdin: Data([0x61, 0xFF]))
    #expect(result.status == 0)
    #expect(result.stderr.contains("replaced 1"))
  }

  @Test func missingFileAndDirectoryExitWithNoInput() throws {
    let missing = try CommandRunner.run(["segment", "/nonexistent/file.txt"])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("/nonexistent/file.txt"))
    let directory = try CommandRunner.run(["segment", "samples"])
    #expect(directory.status == 66)
    #expect(directory.stderr.contains("directory"))
  }

  @Test func usageErrorsExitWith64() throws {
    #expect(try CommandRunner.run(["segment", "--format", "xml"]).status == 64)
    #expect(try CommandRunner.run(["no-such-command"]).status == 64)
  }

  @Test func versionNamesArglossAndICU() throws {
    let result = try CommandRunner.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("argloss ") && result.stdout.contains("ICU"))
  }
}
