import ArabicGloss
import ArgumentParser
import ICUKit

/// `argloss gloss`: the interlinear English gloss of Arabic text.
struct Gloss: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Gloss Arabic text word by word: morphemes, romanization, readable English, names.",
    discussion: "The JSON Lines fields are documented in docs/gloss-jsonl.md."
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var lexicons: LexiconOptions

  @Option(help: "Output format: text or jsonl.")
  var format: GlossFormat = .text

  @Option(help: ArgumentHelp("Romanization scheme: ala-lc, din, iso233, buckwalter, safe-buckwalter or simple.", valueName: "scheme"))
  var translit = "ala-lc"

  enum GlossFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  func run() throws {
    try Diagnostics.reporting {
      let inputs = try input.reader.read(input.files)
      let glosser = try lexicons.glosser(scheme: translit)
      let output = OutputWriter()
      let jsonl = GlossJSONLinesRenderer()
      let text = GlossTextRenderer()
      for file in inputs {
        var cursor = Segmenter.Cursor()
        for paragraph in Segmenter.paragraphs(of: file.text) {
          let sentences = try ICUFailure.wrap { () throws(ICUError) in
            try glosser.gloss(paragraph: paragraph, cursor: &cursor)
          }
          output.write(format == .jsonl ? jsonl.render(sentences) : text.render(sentences))
        }
      }
      output.flush()
    }
  }
}
