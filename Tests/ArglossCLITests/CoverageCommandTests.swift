import Foundation
import Testing

@testable import argloss

@Suite(.serialized)
struct CoverageCommandTests {
  let text = "قال الرئيس الكازاخستانوفي إن الفرغلوطية والفرغلوطية كبيرة. وقال بوتين إن الفرغلوطية هامة.\n"

  @Test func parsesOptions() throws {
    let command = try Coverage.parse(["--format", "json", "--min-coverage", "90", "--top", "5", "a.txt"])
    #expect(command.format == .json && command.minCoverage == 90 && command.top == 5)
    #expect(throws: (any Error).self) { try Coverage.parse(["--min-coverage", "120"]) }
  }

  @Test func sampleArticleIsFullyKnown() throws {
    let result = try CommandRunner.run(["coverage", "--no-fallback", "--format", "json", "samples/seed-article.ar.txt"])
    #expect(result.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(json?["tokenCoverage"] as? Double == 100)
  }

  @Test func reportsUnknownTypesWithContextAndRomanization() throws {
    let result = try CommandRunner.run(["coverage", "--no-fallback"], stdin: Data(text.utf8))
    #expect(result.status == 0)
    #expect(result.stdout.contains("2\tالفرغلوطية"))
    #expect(result.stdout.contains("«الفرغلوطية»"))
  }

  @Test func minCoverageSetsTheExitStatus() throws {
    let low = try CommandRunner.run(["coverage", "--no-fallback", "--min-coverage", "99"], stdin: Data(text.utf8))
    #expect(low.status == 1)
    #expect(low.stderr.contains("below 99.00%"))
    let ok = try CommandRunner.run(["coverage", "--no-fallback", "--min-coverage", "50"], stdin: Data(text.utf8))
    #expect(ok.status == 0)
  }

  @Test func candidatesLoopWriteFillCheckUse() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let input = dir.appendingPathComponent("corpus.txt")
    try text.write(to: input, atomically: true, encoding: .utf8)
    let candidates = dir.appendingPathComponent("candidates.tsv")
    let first = try CommandRunner.run(["coverage", "--no-fallback", "--format", "json", "--candidates", candidates.path, input.path])
    #expect(first.status == 0)
    let written = try String(contentsOf: candidates, encoding: .utf8)
    #expect(written.contains("# 3×"))
    // Unfilled candidates are not a valid lexicon yet.
    #expect(try CommandRunner.run(["lexicon", "check", candidates.path]).status == 1)
    // Fill every candidate: a noun glossed with its own romanization placeholder.
    let filled = written.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      guard !line.hasPrefix("#"), !line.hasPrefix("arabic"), !line.isEmpty else { return String(line) }
      let arabic = line.split(separator: "\t").first.map(String.init) ?? ""
      return "\(arabic)\tNOUN\tthing\tgeneral"
    }.joined(separator: "\n")
    try filled.write(to: candidates, atomically: true, encoding: .utf8)
    #expect(try CommandRunner.run(["lexicon", "check", candidates.path]).status == 0)
    let second = try CommandRunner.run(["coverage", "--no-fallback", "--format", "json", "--lexicon", candidates.path, input.path])
    let json = try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any]
    #expect(json?["tokenCoverage"] as? Double == 100)
  }

  @Test func baselineShowsNewlyKnownTypes() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let input = dir.appendingPathComponent("corpus.txt")
    try text.write(to: input, atomically: true, encoding: .utf8)
    let old = dir.appendingPathComponent("old.json")
    let before = try CommandRunner.run(["coverage", "--no-fallback", "--format", "json", input.path])
    try before.stdout.write(to: old, atomically: true, encoding: .utf8)
    let extra = dir.appendingPathComponent("extra.tsv")
    try "arabic\tpos\tgloss\nفرغلوطية\tNOUN\tfarghalutiya\n".write(to: extra, atomically: true, encoding: .utf8)
    let after = try CommandRunner.run(["coverage", "--no-fallback", "--lexicon", extra.path, "--baseline", old.path, input.path])
    #expect(after.status == 0)
    #expect(after.stdout.contains("types newly known: 2"))
    #expect(after.stdout.contains("+ الفرغلوطية"))
    #expect(after.stdout.contains("points"))
  }

  @Test func mergingHalvesEqualsTheWhole() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let lines = RepositoryText.sentences
    let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
    try lines.prefix(lines.count / 2).joined().write(to: a, atomically: true, encoding: .utf8)
    try lines.dropFirst(lines.count / 2).joined().write(to: b, atomically: true, encoding: .utf8)
    func report(_ args: [String]) throws -> String {
      try CommandRunner.run(["coverage", "--no-fallback", "--format", "json"] + args).stdout
    }
    let whole = try report([a.path, b.path])
    let ra = dir.appendingPathComponent("a.json"), rb = dir.appendingPathComponent("b.json")
    try report([a.path]).write(to: ra, atomically: true, encoding: .utf8)
    try report([b.path]).write(to: rb, atomically: true, encoding: .utf8)
    let merged = try report(["--merge", ra.path, rb.path])
    #expect(merged == whole)
  }

  @Test func conlluReadsTheTextLines() throws {
    let conllu = "# sent_id = 1\n# text = قال بوتين\n1\tقال\t_\n\n# text = كلمةمجهولةجدا\n1\tx\n"
    let result = try CommandRunner.run(["coverage", "--no-fallback", "--conllu", "--format", "json"], stdin: Data(conllu.utf8))
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(json?["tokens"] as? Int == 3)
  }
}

/// Sentences of the sample article, one a line, for corpus-splitting tests.
enum RepositoryText {
  static var sentences: [String] {
    let text = (try? String(contentsOf: CommandRunner.root.appendingPathComponent("samples/seed-article.ar.txt"), encoding: .utf8)) ?? ""
    return text.split(separator: ".").map { String($0) + ".\n" }
  }
}
