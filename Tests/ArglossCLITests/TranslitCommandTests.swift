import Foundation
import Testing

@testable import argloss

@Suite(.serialized)
struct TranslitCommandTests {
  @Test func parsesOptions() throws {
    let command = try Translit.parse(["--scheme", "din", "--names", "--format", "jsonl", "كتب"])
    #expect(command.scheme == "din" && command.names && command.format == .jsonl && command.text == ["كتب"])
    #expect(throws: (any Error).self) { try Translit.parse(["--reverse", "--names"]) }
  }

  @Test func nonArabicPassesThroughUnchanged() throws {
    let result = try CommandRunner.run(["translit", "--no-fallback", "قال بوتين (Putin) 12، 5%\nسطر"])
    #expect(result.status == 0)
    #expect(result.stdout == "qāla Būtīn (Putin) 12، 5%\nsaṭr\n" || result.stdout.hasPrefix("qāla Būtīn (Putin) 12، 5%\n"))
  }

  @Test func namesOfTheSampleComeWithTheirExonyms() throws {
    let result = try CommandRunner.run(["translit", "--names", "--no-fallback", "--file", "samples/seed-article.ar.txt"])
    #expect(result.status == 0)
    let english = Set(result.stdout.split(separator: "\n").map { $0.split(separator: "\t")[1] })
    for name in ["Vladimir Putin", "Russia", "Egypt", "Saudi Arabia", "Jordan", "Israel", "Syria",
      "Kazakhstan", "Moscow", "Baghdad", "Iran", "Iraq", "Turkey", "Aleppo", "ISIS", "Hezbollah",
      "Caspian Sea", "NTV", "Anadolu Agency", "Commonwealth of Independent States"]
    {
      #expect(english.contains(Substring(name)), "\(name) missing")
    }
    #expect(result.stdout.contains("حَلَب\tAleppo\tḤalab"))
  }

  @Test func buckwalterReversesBackToArabic() throws {
    let forward = try CommandRunner.run(["translit", "--scheme", "buckwalter", "كَتَبَ الرَّئِيسُ"])
    #expect(forward.stdout == "kataba Alra~}iysu\n")
    let back = try CommandRunner.run(["translit", "--scheme", "buckwalter", "--reverse", "kataba Alra~}iysu"])
    #expect(back.stdout == "كَتَبَ الرَّئِيسُ\n")
  }

  @Test func reverseNeedsAReversibleScheme() throws {
    let result = try CommandRunner.run(["translit", "--reverse", "kataba"])
    #expect(result.status == 64)
  }

  @Test func unknownSchemeIsAUsageError() throws {
    let result = try CommandRunner.run(["translit", "--scheme", "klingon", "كتب"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("ala-lc") && result.stderr.contains("buckwalter"))
  }

  @Test func jsonlMarksVocalization() throws {
    let result = try CommandRunner.run(["translit", "--no-fallback", "--format", "jsonl", "بوتين كازاخستانوف"])
    let objects = try result.stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
    let words = objects.filter { $0["kind"] as? String == "arabic" }
    #expect(words.map { $0["vocalized"] as? Bool } == [true, false])
  }

  @Test func glossUsesTheChosenScheme() throws {
    let result = try CommandRunner.run(["gloss", "--no-fallback", "--translit", "simple", "--format", "tsv"], stdin: Data("قال بوتين".utf8))
    #expect(result.stdout.contains("بوتين\tPutin\t"))
  }
}
