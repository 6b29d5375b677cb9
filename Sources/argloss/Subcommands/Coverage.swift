import ArabicGloss
import ArgumentParser
import Foundation
import ICUKit

/// `argloss coverage`: what the lexicons know of a corpus, and the entries to add.
struct Coverage: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Report which words of a text or corpus the lexicons know, and write candidate entries for the rest.",
    discussion: """
      Folders are read recursively for *.txt files. Exit status 1 when --min-coverage is not met. \
      JSON reports keep raw counts: reports of shards merge with --merge into the report of \
      the whole corpus (docs/coverage.md shows the map-and-merge recipe).

      Examples:
        argloss coverage --top 20 corpus/
        argloss coverage --candidates todo.tsv --min-coverage 95 corpus/
        argloss coverage --format json corpus/ > before.json; argloss coverage --baseline before.json corpus/
      """
  )

  @Argument(help: "Files or folders (standard input when none).")
  var paths: [String] = []

  @OptionGroup var lexicons: LexiconOptions

  @Flag(help: "Read the '# text = ' lines of CoNLL-U files.")
  var conllu = false

  @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
  var lossy = false

  @Option(help: "Output format: text, json or tsv.")
  var format: CoverageFormat = .text

  @Option(help: "How many unknown types to list in the text report.")
  var top = 30

  @Option(help: ArgumentHelp("Write the unknown types as lexicon entries to fill in.", valueName: "file"))
  var candidates: String?

  @Option(help: ArgumentHelp("Exit with status 1 when token coverage is below this percentage.", valueName: "percent"))
  var minCoverage: Double?

  @Option(help: ArgumentHelp("Compare with an earlier JSON report and show what changed.", valueName: "report.json"))
  var baseline: String?

  @Flag(help: "Merge the JSON reports given as arguments instead of reading text.")
  var merge = false

  enum CoverageFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, tsv
  }

  func validate() throws {
    if let minCoverage, !(0...100).contains(minCoverage) {
      throw ValidationError("--min-coverage takes a percentage from 0 to 100")
    }
    if merge && paths.isEmpty { throw ValidationError("--merge needs the JSON reports to merge") }
    if top < 0 { throw ValidationError("--top takes a number of at least 0") }
  }

  func run() throws {
    try Diagnostics.reporting {
      let report = merge ? try mergedReport() : try corpusReport()
      let output = OutputWriter()
      switch format {
      case .text: output.write(report.text(top: top))
      case .json: output.write(report.json.pretty + "\n")
      case .tsv: output.write(report.tsv)
      }
      if let baseline {
        let old = try Self.readReport(baseline)
        output.write((format == .text ? "\n" : "") + report.comparison(with: old))
      }
      output.flush()
      if let candidates {
        do {
          try AtomicFile.write(report.candidates, to: candidates)
        } catch {
          throw CLIError.noInput("cannot write '\(candidates)': \(error)")
        }
      }
      if let minCoverage, report.tokenCoverage < minCoverage {
        Diagnostics.write(String(format: "argloss: token coverage %.2f%% is below %.2f%%\n", report.tokenCoverage, minCoverage))
        throw ExitStatus.checkFailed
      }
    }
  }

  private func mergedReport() throws -> CoverageReport {
    CoverageReport.merged(try paths.map(Self.readReport))
  }

  static func readReport(_ path: String) throws -> CoverageReport {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CLIError.noInput("cannot read the report '\(path)'")
    }
    do {
      return try CoverageReport(json: data)
    } catch {
      throw CLIError.dataError("\(path): \(error.description)")
    }
  }

  private func corpusReport() throws -> CoverageReport {
    let files = try Self.inputFiles(paths)
    let glosser = try lexicons.glosser()
    let reader = InputReader(lossy: lossy)
    var report = CoverageReport()
    let progress = ProgressLine(total: files.reduce(0) { $0 + (Self.size(of: $1) ?? 0) })
    var done = 0
    for file in files {
      let name = file == "-" ? "<stdin>" : file
      var cursor = Segmenter.Cursor()
      try reader.stream(file, progress: { progress.update(done + $0) }) { block in
        let text = conllu ? Self.conlluText(block) : block
        for paragraph in Segmenter.paragraphs(of: text) {
          let sentences = try ICUFailure.wrap { () throws(ICUError) in
            try glosser.gloss(paragraph: paragraph, cursor: &cursor)
          }
          report.add(sentences, file: name)
        }
      }
      done += Self.size(of: file) ?? 0
    }
    progress.finish()
    return report
  }

  /// The sentences of a CoNLL-U block: its `# text = ` lines, one a line.
  static func conlluText(_ block: String) -> String {
    var out = ""
    for line in block.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("# text = ") {
      out += line.dropFirst(9) + "\n"
    }
    return out
  }

  /// The files named: folders are walked for *.txt (and *.conllu with --conllu), sorted.
  static func inputFiles(_ paths: [String]) throws -> [String] {
    if paths.isEmpty { return ["-"] }
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
          .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".conllu") }.sorted()
        files += found.map { path + "/" + $0 }
      } else {
        files.append(path)
      }
    }
    return files
  }

  private static func size(of path: String) -> Int? {
    guard path != "-" else { return nil }
    return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
  }
}
