import Foundation
import Testing

/// `--jobs`: any number of threads gives byte-for-byte the output of one.
struct ParallelGlossTests {
  /// A corpus of the sample article's paragraphs, repeated in a shuffled but fixed order,
  /// larger than one glossing batch (64 KB) so batches and threads both split it.
  func corpus() throws -> URL {
    let article = try String(contentsOf: CommandRunner.root.appendingPathComponent("samples/seed-article.ar.txt"), encoding: .utf8)
    let paragraphs = article.split(separator: "\n").map(String.init)
    var lines: [String] = []
    var state: UInt64 = 42
    while lines.joined().utf8.count < 150_000 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      lines.append(paragraphs[Int(state >> 33) % paragraphs.count])
    }
    let url = try CommandRunner.temporaryDirectory().appendingPathComponent("corpus.txt")
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    return url
  }

  @Test(arguments: [
    ["--format", "jsonl"], ["--format", "text"], ["--format", "json"],
    ["--format", "text", "--bidi", "visual", "--color", "always"],
  ])
  func manyThreadsGiveTheOutputOfOne(options: [String]) throws {
    let url = try corpus()
    let one = try CommandRunner.run(["gloss", "--no-fallback", "--jobs", "1", url.path] + options)
    let three = try CommandRunner.run(["gloss", "--no-fallback", "--jobs", "3", url.path] + options)
    #expect(one.status == 0 && three.status == 0)
    #expect(one.stdout.utf8.count > 100_000)
    #expect(one.stdout == three.stdout)
  }

  @Test func entityNumbersRunOverTheWholeDocument() throws {
    let result = try CommandRunner.run(["gloss", "--no-fallback", "--format", "jsonl", "--jobs", "3", try corpus().path])
    let ids = try result.stdout.split(separator: "\n").compactMap {
      ((try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["entity"] as? [String: Any])?["id"] as? Int
    }
    #expect(Set(ids) == Set(0...(ids.max() ?? -1)))
  }

  @Test func zeroJobsIsAUsageError() throws {
    #expect(try CommandRunner.run(["gloss", "--jobs", "0"], stdin: Data("قال".utf8)).status == 64)
  }
}
