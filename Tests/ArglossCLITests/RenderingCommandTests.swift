import Foundation
import Testing

@testable import argloss

/// The gloss formats end to end: schema validation, a real browser, a CLDF reader.
@Suite(.serialized)
struct RenderingCommandTests {
  static let fixture = CommandRunner.root.appendingPathComponent("Tests/ArabicGlossTests/Fixtures/short.txt").path

  /// Runs a Python snippet with arguments; returns its status and output.
  func python(_ code: String, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", code] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func parsesRenderingOptions() throws {
    let command = try Gloss.parse(["--format", "html", "--width", "80", "--direction", "ltr", "--bidi", "visual",
      "--color", "never", "--no-free", "--sentences", "2-3", "-o", "out.html"])
    #expect(command.format == .html && command.width == 80 && command.direction == .ltr && command.bidi == .visual)
    #expect(!command.free && command.sentences?.contains(2) == true && command.sentences?.contains(4) == false)
    #expect(throws: (any Error).self) { try Gloss.parse(["--format", "cldf"]) }
    #expect(throws: (any Error).self) { try Gloss.parse(["--sentences", "3-2"]) }
  }

  @Test func jsonAndJSONLinesValidateAgainstTheSchema() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let json = dir.appendingPathComponent("doc.json"), jsonl = dir.appendingPathComponent("doc.jsonl")
    #expect(try CommandRunner.run(["gloss", "--no-fallback", "--format", "json", "-o", json.path, Self.fixture]).status == 0)
    #expect(try CommandRunner.run(["gloss", "--no-fallback", "--format", "jsonl", "-o", jsonl.path, "samples/seed-article.ar.txt"]).status == 0)
    let schema = CommandRunner.root.appendingPathComponent("docs/gloss-json.schema.json").path
    let (status, output) = try python("""
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      jsonschema.validate(json.load(open(sys.argv[2])), schema)
      token = dict(schema, **schema["$defs"]["token"])
      for line in open(sys.argv[3], encoding="utf-8"):
          jsonschema.validate(json.loads(line), token)
      print("valid")
      """, [schema, json.path, jsonl.path])
    #expect(status == 0 && output.contains("valid"), "\(output)")
  }

  @Test func htmlRendersInHeadlessChromium() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let page = dir.appendingPathComponent("gloss.html")
    #expect(try CommandRunner.run(["gloss", "--no-fallback", "--format", "html", "-o", page.path, Self.fixture]).status == 0)
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    let browser = try #require(chromium, "headless Chromium is needed (apt-get install chromium)")
    func run(_ arguments: [String]) throws -> String {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: browser)
      process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] + arguments + [page.absoluteString]
      let pipe = Pipe()
      process.standardOutput = pipe
      process.standardError = FileHandle.nullDevice
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return String(decoding: data, as: UTF8.self)
    }
    let dom = try run(["--dump-dom"])
    #expect(dom.contains("class=\"w entity\"") && dom.contains("lang=\"ar\""))
    #expect(dom.contains("Vladimir Putin") && dom.contains("Draft (machine, word by word)"))
    let shot = dir.appendingPathComponent("gloss.png")
    _ = try run(["--screenshot=\(shot.path)", "--window-size=1200,800", "--hide-scrollbars"])
    let png = try Data(contentsOf: shot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
  }

  @Test func cldfReadsBackWithPycldf() throws {
    let dir = try CommandRunner.temporaryDirectory().appendingPathComponent("cldf")
    #expect(try CommandRunner.run(["gloss", "--no-fallback", "--format", "cldf", "-o", dir.path, Self.fixture]).status == 0)
    let (status, output) = try python("""
      import sys
      from pycldf import Dataset
      ds = Dataset.from_metadata(sys.argv[1] + "/cldf-metadata.json")
      rows = list(ds["ExampleTable"])
      assert len(rows) == 2, rows
      for row in rows:
          assert len(row["Analyzed_Word"]) == len(row["Gloss"]), row
      from pyigt import Corpus
      corpus = Corpus.from_cldf(ds)
      assert len(list(corpus)) == 2
      print("aligned", [len(r["Gloss"]) for r in rows])
      """, [dir.path])
    #expect(status == 0 && output.contains("aligned"), "\(output)")
  }

  @Test func outputFileIsWrittenWhole() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let target = dir.appendingPathComponent("out.md")
    let result = try CommandRunner.run(["gloss", "--no-fallback", "--format", "markdown", "--output", target.path, Self.fixture])
    #expect(result.status == 0 && result.stdout.isEmpty)
    let text = try String(contentsOf: target, encoding: .utf8)
    #expect(text.hasPrefix("### Sentence 1") && text.contains("### Sentence 2"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.md"])
  }

  @Test func sentenceRangePicksSentences() throws {
    let result = try CommandRunner.run(["gloss", "--no-fallback", "--format", "tsv", "--sentences", "2", Self.fixture])
    let sentences = Set(result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[0] })
    #expect(sentences == ["1"])
  }

  @Test func legendListsMarkersAndLabels() throws {
    let result = try CommandRunner.run(["gloss", "--no-fallback", "--legend", Self.fixture])
    #expect(result.stdout.hasPrefix("Markers:") && result.stdout.contains("DEF"))
  }

  @Test func colourFollowsTheFlagAndNoColor() throws {
    let always = try CommandRunner.run(["gloss", "--no-fallback", "--color", "always", Self.fixture])
    #expect(always.stdout.contains("\u{1B}[36m"))
    let auto = try CommandRunner.run(["gloss", "--no-fallback", Self.fixture], environment: ["NO_COLOR": "1"])
    #expect(!auto.stdout.contains("\u{1B}["))
  }
}
