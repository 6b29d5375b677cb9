import ArabicGloss
import ArgumentParser
import Foundation
import ICUKit

#if canImport(Glibc)
  import Glibc
#endif

/// `argloss gloss`: the interlinear English gloss of Arabic text.
struct Gloss: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Gloss Arabic text word by word: morphemes, romanization, readable English, names.",
    discussion: """
      Formats: text (interlinear columns for terminals), jsonl (a token a line; \
      docs/gloss-jsonl.md), json (the whole document; docs/gloss-json.schema.json), tsv, \
      markdown, html (one standalone page), latex (expex examples; --standalone for a XeLaTeX \
      document), cldf (a CLDF ExampleTable; needs --output DIR). In text, Arabic is sent in \
      visual order (reordered and shaped) when standard output is a terminal, since most \
      terminals do not reorder it, and in logical order otherwise.

      Examples:
        argloss gloss samples/seed-article.ar.txt
        argloss gloss --format html -o article.html article.txt
        echo "قال بوتين" | argloss gloss --format jsonl --translit simple
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var lexicons: LexiconOptions

  @Option(help: "Output format: text, jsonl, json, tsv, markdown, html, latex or cldf.")
  var format: GlossFormat = .text

  @Option(help: ArgumentHelp("Romanization scheme: ala-lc, din, iso233, buckwalter, safe-buckwalter or simple.", valueName: "scheme"))
  var translit = "ala-lc"

  @Option(help: "Text: line width in terminal cells (default: the terminal's, else 100).")
  var width: Int?

  @Option(help: "Text: rtl puts the first word at the right, as Arabic reads; ltr at the left.")
  var direction: InterlinearTextRenderer.Direction = .rtl

  @Option(help: "Text: visual reorders and shapes Arabic for terminals without bidi support; logical leaves it to the terminal (default: visual on a terminal, else logical).")
  var bidi: InterlinearTextRenderer.BidiMode?

  @Option(help: "Text: colour entities, terms, fallback and unknown words (auto: on a terminal unless NO_COLOR is set).")
  var color: ColorChoice = .auto

  @Flag(inversion: .prefixedNo, help: "Text, HTML, Markdown, LaTeX: add a word-by-word draft translation under each sentence.")
  var free = true

  @Flag(help: "Print the markers, colours and gloss abbreviations first.")
  var legend = false

  @Flag(help: "LaTeX: a complete XeLaTeX document rather than the examples alone.")
  var standalone = false

  @Option(help: ArgumentHelp("Gloss on this many threads (default: one per core); the output is the same for any number.", valueName: "n"))
  var jobs: Int?

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically; for cldf, a folder) instead of standard output.", valueName: "path"))
  var output: String?

  @Option(help: ArgumentHelp("Only these sentences, counted from 1: N, N-M, N- or -M.", valueName: "range"))
  var sentences: SentenceRange?

  enum GlossFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl, json, tsv, markdown, html, latex, cldf
  }

  enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
  }

  func validate() throws {
    if format == .cldf && output == nil { throw ValidationError("--format cldf writes a folder: give it with --output DIR") }
    if let width, width < 20 { throw ValidationError("--width takes at least 20 cells") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs takes at least 1") }
  }

  func run() throws {
    try Diagnostics.reporting {
      let maker = try lexicons.glossers(scheme: translit)
      var engines = [try maker.make()]
      let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
      let files = input.files.isEmpty ? ["-"] : input.files
      let reader = input.reader
      let toTerminal = output == nil && isatty(1) == 1
      var text = InterlinearTextRenderer()
      text.width = width ?? (toTerminal ? Self.terminalWidth() : nil) ?? 100
      text.direction = direction
      text.bidi = bidi ?? (toTerminal ? .visual : .logical)
      let environment = ProcessInfo.processInfo.environment
      text.color = color == .always || (color == .auto && toTerminal && (environment["NO_COLOR"] ?? "").isEmpty)
      text.draft = free

      let sink = try Sink(output: format == .cldf ? nil : output)
      if legend { sink.write(InterlinearTextRenderer.legend + "\n") }
      if format == .text && text.bidi == .visual && toTerminal {
        sink.write("\u{1B}[8l")  // terminal-wg BiDi: explicit mode, so a bidi terminal does not reorder again
      }
      if format == .tsv { sink.write(GlossTSVRenderer().header) }
      var document: [GlossedSentence] = []
      var nextEntity = 0
      /// One paragraph in a streamed format.
      func render(_ glossed: [GlossedSentence]) -> String {
        switch format {
        case .text: return text.render(glossed)
        case .jsonl: return GlossJSONLinesRenderer().render(glossed)
        case .tsv: return GlossTSVRenderer().render(glossed)
        case .markdown:
          var markdown = GlossMarkdownRenderer()
          markdown.draft = free
          return markdown.render(glossed)
        case .json, .html, .latex, .cldf: return ""
        }
      }
      for file in files {
        var cursor = Segmenter.Cursor()
        let name = file == "-" ? "<stdin>" : file
        let progress = ProgressLine(total: Self.size(of: file))
        try reader.stream(file, progress: { progress.update($0) }) { block in
          for batch in Self.runs(of: Segmenter.paragraphs(of: block), limit: 1 << 16, size: \.utf8.count) {
            // Cut sentences here, gloss and render runs of sentences on up to `jobs`
            // engines, and write them in input order with one engine's entity numbering
            // (every streamed format renders sentence by sentence).
            var sentenceRuns: [[Sentence]] = []
            for paragraph in batch {
              let sentences = try ICUFailure.wrap { () throws(ICUError) in
                try engines[0].segment(paragraph: paragraph, cursor: &cursor)
              }
              sentenceRuns += Self.runs(of: sentences, limit: 1 << 14, size: \.range.count)
            }
            while engines.count < min(jobs, sentenceRuns.count) { engines.append(try maker.make()) }
            let workers = engines
            // A few runs per thread at a time, so a long paragraph is written as it goes.
            for group in stride(from: 0, to: sentenceRuns.count, by: 4 * workers.count) {
              let runs = sentenceRuns[group..<min(group + 4 * workers.count, sentenceRuns.count)]
              var glossed = Parallel.map(runs.count, workers: workers.count) { worker, item in
                workers[worker].gloss(sentences: runs[runs.startIndex + item])
              }
              for i in glossed.indices {
                for j in glossed[i].indices { nextEntity = glossed[i][j].renumberEntities(from: nextEntity) }
                if let sentences { glossed[i] = glossed[i].filter { sentences.contains($0.index + 1) } }
              }
              if [.json, .html, .latex, .cldf].contains(format) {
                document += glossed.joined()
                continue
              }
              for rendered in Parallel.map(glossed.count, workers: workers.count, { _, item in render(glossed[item]) }) {
                sink.write(rendered)
              }
            }
          }
        }
        progress.finish()
        try writeDocument(document, source: name, sink: sink)
        document.removeAll()
      }
      try sink.finish()
      // Everything is written (with write(2), no stdio buffer): end here rather than free
      // the lexicon indexes and caches one object at a time, a tenth of a short run.
      Glibc.exit(0)
    }
  }

  /// The whole-document formats, once an input is read.
  private func writeDocument(_ document: [GlossedSentence], source: String, sink: Sink) throws {
    switch format {
    case .json: sink.write(GlossJSONRenderer().render(document, source: source).pretty + "\n")
    case .html:
      var html = GlossHTMLRenderer()
      html.draft = free
      sink.write(html.render(document, title: source))
    case .latex:
      var latex = GlossLaTeXRenderer()
      latex.standalone = standalone
      latex.draft = free
      sink.write(latex.render(document, title: source))
    case .cldf:
      guard let folder = output else { return }
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in GlossCLDFRenderer().render(document, source: source) {
          try AtomicFile.write(file.content, to: folder + "/" + file.name)
        }
      } catch let error as CLIError {
        throw error
      } catch {
        throw CLIError.noInput("cannot write the CLDF dataset to '\(folder)': \(error)")
      }
    default: break
    }
  }

  /// `items` in consecutive runs of about `limit` bytes. Paragraphs go in runs of 64 KB
  /// (what is glossed at once, so memory stays bounded by the run, not the input) and their
  /// sentences in runs of 16 KB (what one thread glosses, so a paragraph of many megabytes, a
  /// file with no line breaks, is not held glossed all at once).
  private static func runs<T>(of items: [T], limit: Int, size: (T) -> Int) -> [[T]] {
    var runs: [[T]] = []
    var current: [T] = []
    var bytes = 0
    for item in items {
      current.append(item)
      bytes += size(item)
      if bytes >= limit {
        runs.append(current)
        current = []
        bytes = 0
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  private static func size(of path: String) -> Int {
    guard path != "-" else { return 0 }
    return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  }

  /// The terminal's width in cells, if standard output is one.
  private static func terminalWidth() -> Int? {
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}

extension InterlinearTextRenderer.Direction: ExpressibleByArgument {}
extension InterlinearTextRenderer.BidiMode: ExpressibleByArgument {}

/// A range of sentence numbers, counted from 1: `N`, `N-M`, `N-` or `-M`.
struct SentenceRange: ExpressibleByArgument {
  var lower: Int
  var upper: Int

  init?(argument: String) {
    let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
    switch parts.count {
    case 1:
      guard let n = Int(parts[0]), n >= 1 else { return nil }
      (lower, upper) = (n, n)
    case 2:
      let low = parts[0].isEmpty ? 1 : Int(parts[0])
      let high = parts[1].isEmpty ? Int.max : Int(parts[1])
      guard let low, let high, low >= 1, low <= high else { return nil }
      (lower, upper) = (low, high)
    default: return nil
    }
  }

  func contains(_ n: Int) -> Bool { lower <= n && n <= upper }
}
