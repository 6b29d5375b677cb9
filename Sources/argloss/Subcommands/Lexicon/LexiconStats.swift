import ArabicGloss
import ArgumentParser

/// `argloss lexicon stats`: what the loaded lexicons hold.
struct LexiconStats: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Count entries: totals, entities, terms, multi-word, per file, category, part of speech and grammar class.",
    discussion: """
      Examples:
        argloss lexicon stats
        argloss lexicon stats --format json --lexicon mine.tsv
      """
  )

  @OptionGroup var lexicons: LexiconOptions

  @Option(help: "Output format: text or json.")
  var format: StatsFormat = .text

  enum StatsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  func run() throws {
    try Diagnostics.reporting {
      let statistics = LexiconStatistics(of: try lexicons.load())
      let output = OutputWriter()
      output.write(format == .json ? statistics.json.pretty + "\n" : statistics.text)
      output.flush()
    }
  }
}
