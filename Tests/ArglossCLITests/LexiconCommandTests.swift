import Foundation
import Testing

@testable import argloss

@Suite(.serialized)
struct LexiconCommandTests {
  @Test func parsesLexiconOptions() throws {
    let command = try LexiconLookup.parse(["--lexicon", "a.tsv", "--lexicon", "b", "--no-fallback", "بوتين"])
    #expect(command.lexicons.extra == ["a.tsv", "b"])
    #expect(command.lexicons.noFallback)
    #expect(command.words == ["بوتين"])
  }

  @Test func checkPassesOnTheShippedLexicons() throws {
    let result = try CommandRunner.run(["lexicon", "check"])
    #expect(result.status == 0)
    #expect(result.stdout.contains(" 0 problem(s)"))
  }

  @Test func checkReportsProblemsAndExitsOne() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("bad.tsv")
    try "arabic\tpos\tgloss\nكتاب\tNOUNS\tbook\nكتب\tNOUN\t\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["lexicon", "check", file.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("\(file.path):2:6: unknown part of speech 'NOUNS'"))
    #expect(result.stdout.contains("\(file.path):3:10: empty gloss"))
  }

  @Test func brokenUserLexiconIsRefusedWithDataError() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("bad.tsv")
    try "arabic\tpos\tgloss\nكتاب\tNOUNS\tbook\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["lexicon", "lookup", "--lexicon", file.path, "كتاب"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("bad.tsv:2:6"))
  }

  @Test func nonUTF8LexiconIsReportedWithItsPosition() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("latin1.tsv")
    try Data("arabic\tpos\tgloss\n".utf8 + [0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: file)
    let result = try CommandRunner.run(["lexicon", "check", file.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("latin1.tsv:2:4: not UTF-8"))
  }

  @Test func statsJSONMeetsTheSizeFloors() throws {
    let result = try CommandRunner.run(["lexicon", "stats", "--format", "json"])
    #expect(result.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect((json?["entities"] as? Int ?? 0) >= 2000)
    #expect((json?["terms"] as? Int ?? 0) >= 1500)
    #expect((json?["multiword"] as? Int ?? 0) > 0)
    #expect(json?["files"] is [String: Any] && json?["categories"] is [String: Any] && json?["pos"] is [String: Any])
  }

  @Test(arguments: [
    ("بوتين", "Putin", "lexicons/entities/persons.tsv:"), ("رابطة الدول المستقلة", "Commonwealth of Independent States", "lexicons/entities/organizations.tsv:"),
    ("داعش", "ISIS", "lexicons/entities/organizations.tsv:"), ("الروسى", "Russian", "lexicons/entities/nationalities.tsv:"),
    ("والسعودية", "Saudi Arabia", "lexicons/entities/places.tsv:"),
  ])
  func lookupShowsEntriesWithProvenance(word: String, english: String, source: String) throws {
    let result = try CommandRunner.run(["lexicon", "lookup", "--no-fallback", word])
    #expect(result.status == 0)
    let first = result.stdout.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
    #expect(first.contains(english) && first.contains(source), "\(result.stdout)")
  }

  @Test func englishLookupFindsTerrorism() throws {
    let result = try CommandRunner.run(["lexicon", "lookup", "--english", "terrorism"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("إِرْهاب") && result.stdout.contains("terms/"))
  }

  @Test func userLexiconOverridesAShippedGloss() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("mine.tsv")
    try "arabic\tpos\tgloss\tcategory\nبوتين\tPROPN\tVladimir Vladimirovich Putin\tperson\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["lexicon", "lookup", "--lexicon", file.path, "بوتين"])
    #expect(result.stdout.split(separator: "\n").dropFirst().first?.contains("Vladimir Vladimirovich Putin") == true)
    #expect(!result.stdout.contains("persons.tsv"))
    let glossed = try CommandRunner.run(["gloss", "--format", "jsonl", "--lexicon", file.path], stdin: Data("قال بوتين".utf8))
    #expect(glossed.stdout.contains("Vladimir Vladimirovich Putin"))
  }

  @Test func missingLexiconFolderSaysWhatToPass() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let result = try CommandRunner.run(["lexicon", "stats"], directory: dir, environment: ["ARGLOSS_LEXICONS": ""])
    #expect(result.status == 66)
    #expect(result.stderr.contains("--lexicons DIR") && result.stderr.contains("ARGLOSS_LEXICONS"))
  }

  @Test func lexiconsAreFoundFromTheEnvironment() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let result = try CommandRunner.run(
      ["lexicon", "lookup", "بوتين"], directory: dir,
      environment: ["ARGLOSS_LEXICONS": CommandRunner.root.appendingPathComponent("lexicons").path])
    #expect(result.status == 0 && result.stdout.contains("Putin"))
  }
}
