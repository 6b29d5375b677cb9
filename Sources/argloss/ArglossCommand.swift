import ArgumentParser
import ArabicGloss
import ICUKit

/// The `argloss` command: interlinear English glosses of Arabic news text.
@main
struct ArglossCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "argloss",
    abstract: "Interlinear English glosses, romanization and lexicon coverage for Arabic news text.",
    discussion: """
      Exit status: 0 success; 1 a check ran and failed; 64 usage error; 65 bad data \
      (invalid UTF-8, a malformed lexicon); 66 an input that cannot be opened; \
      70 internal error; 74 the output cannot be written.
      """,
    version: "argloss \(ArglossVersion.current) (ICU \(ICUVersion.current))",
    subcommands: [Gloss.self, Translit.self, Coverage.self, Segment.self, LexiconCommand.self]
  )

  static func main() {
    InterruptSignals.unblock()
    main(nil)
  }
}
