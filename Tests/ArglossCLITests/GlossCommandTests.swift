import Foundation
import Testing

@testable import argloss

@Suite(.serialized)
struct GlossCommandTests {
  @Test func parsesFormat() throws {
    #expect(try Gloss.parse(["--format", "jsonl"]).format == .jsonl)
  }

  @Test func jsonlHasEveryFieldAndRebuildsTheInput() throws {
    let input = "كشف الرئيس الروسى فلاديمير بوتين عن أن روسيا تواصلت مع مصر والسعودية، 5 و 7 آلاف.\n"
    let result = try CommandRunner.run(["gloss", "--format", "jsonl", "--no-fallback"], stdin: Data(input.utf8))
    #expect(result.status == 0)
    let objects = try result.stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
    #expect(objects.map { $0["text"] as? String ?? "" }.joined() == input)
    let fields = ["sentence", "token", "kind", "text", "start", "end", "translit", "gloss", "leipzig",
      "lemma", "pos", "morphemes", "entity", "status", "source", "alternatives"]
    for object in objects {
      for field in fields { #expect(object.keys.contains(field), "\(field) missing") }
    }
    let saudi = try #require(objects.first { $0["text"] as? String == "والسعودية" })
    #expect(saudi["gloss"] as? String == "and Saudi Arabia")
    #expect(saudi["status"] as? String == "known")
    let entity = try #require(saudi["entity"] as? [String: Any])
    #expect(entity["english"] as? String == "Saudi Arabia" && entity["type"] as? String == "place")
    let morphemes = try #require(saudi["morphemes"] as? [[String: Any]])
    #expect(morphemes.map { $0["role"] as? String } == ["proclitic", "article", "stem"])
    let putin = objects.filter { ($0["entity"] as? [String: Any])?["english"] as? String == "Vladimir Putin" }
    #expect(putin.count == 2)
  }

  @Test func textOutputMarksEntities() throws {
    let result = try CommandRunner.run(["gloss", "--no-fallback"], stdin: Data("قال بوتين".utf8))
    #expect(result.status == 0)
    #expect(result.stdout.contains("*بوتين") && result.stdout.contains("Putin"))
    #expect(result.stdout.contains("Draft (machine, word by word): Putin said"))
  }

  @Test func bamaLexiconAddsMarkedGlossesWhereTheShippedLexiconsHaveNone() throws {
    let fixture = "Tests/ArabicGlossTests/Fixtures/bama"
    let viaOption = try CommandRunner.run(
      ["gloss", "--format", "jsonl", "--no-fallback", "--bama", fixture], stdin: Data("والزرقفات كتاب".utf8))
    let viaEnvironment = try CommandRunner.run(
      ["gloss", "--format", "jsonl", "--no-fallback"], stdin: Data("والزرقفات كتاب".utf8),
      environment: ["ARGLOSS_BAMA": fixture])
    for result in [viaOption, viaEnvironment] {
      #expect(result.status == 0)
      let words = try result.stdout.split(separator: "\n").compactMap {
        try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
      }.filter { $0["kind"] as? String == "arabic" }
      #expect(words.map { $0["status"] as? String } == ["bama", "known"])
      #expect(words.map { $0["gloss"] as? String } == ["and the gizmos (contraptions)", "book"])
      #expect((words[0]["source"] as? String)?.hasSuffix("bama/dictStems:4") == true)
    }
    let text = try CommandRunner.run(["gloss", "--no-fallback", "--bama", fixture], stdin: Data("والزرقفات".utf8))
    #expect(text.stdout.contains("~والزرقفات"))
  }

  @Test func aMissingOrMalformedBAMALexiconIsReported() throws {
    let missing = try CommandRunner.run(["gloss", "--bama", "/nonexistent/bama"], stdin: Data("كتاب".utf8))
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("/nonexistent/bama"))
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("argloss-bama-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for name in ["dictPrefixes", "dictStems", "dictSuffixes", "tableAB", "tableAC", "tableBC"] {
      try FileManager.default.copyItem(
        at: CommandRunner.root.appendingPathComponent("Tests/ArabicGlossTests/Fixtures/bama/" + name),
        to: dir.appendingPathComponent(name))
    }
    try Data("; comment\nzrqf\tFx-N\n".utf8).write(to: dir.appendingPathComponent("dictStems"))
    let malformed = try CommandRunner.run(["gloss", "--bama", dir.path], stdin: Data("كتاب".utf8))
    #expect(malformed.status == 65)
    #expect(malformed.stderr.contains("dictStems:2: expected 4 tab-separated fields, found 2"))
  }

  @Test func invalidInputExitsWithDataError() throws {
    let result = try CommandRunner.run(["gloss"], stdin: Data([0x61, 0xFF]))
    #expect(result.status == 65)
    #expect(result.stderr.contains("<stdin>") && result.stderr.contains("byte offset 1"))
  }
}
