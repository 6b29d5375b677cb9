import ArgumentParser
import ArabicGloss
import ICUKit

/// `argloss segment`: sentences and tokens with their byte offsets.
struct Segment: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Split text into sentences and tokens (lossless, with UTF-8 byte offsets).",
    discussion: """
      Every byte of the input belongs to exactly one token: concatenating the tokens' text \
      rebuilds the input. Offsets are UTF-8 byte offsets into each file.

      Examples:
        argloss segment samples/seed-article.ar.txt
        printf '5 و 7 آلاف' | argloss segment --format jsonl
      """
  )

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text or jsonl.")
  var format: SegmentationRenderer.Format = .text

  func run() throws {
    try Diagnostics.reporting {
      let inputs = try input.reader.read(input.files)
      let segmenter = try ICUFailure.wrap { () throws(ICUError) in try Segmenter() }
      let renderer = SegmentationRenderer(format: format)
      let output = OutputWriter()
      for file in inputs {
        if inputs.count > 1 && format == .text { output.write("# \(file.name)\n") }
        var cursor = Segmenter.Cursor()
        for paragraph in Segmenter.paragraphs(of: file.text) {
          let sentences = try ICUFailure.wrap { () throws(ICUError) in
            try segmenter.segment(paragraph: paragraph, cursor: &cursor)
          }
          output.write(renderer.render(sentences))
        }
      }
      output.flush()
    }
  }
}

extension SegmentationRenderer.Format: ExpressibleByArgument {}
