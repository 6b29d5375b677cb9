import ArabicGloss
import ArgumentParser
import Foundation
import ICUKit

/// `argloss lexicon import-cldr`: generate the CLDR names lexicon from the system ICU.
struct LexiconImportCLDR: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import-cldr",
    abstract: "Write a lexicon of Arabic–English region, language, currency and city names from ICU's CLDR data.",
    discussion: """
      Commit the result as lexicons/generated/cldr-names.tsv: files under generated/ load \
      before the curated ones, which override them.

      Example:
        argloss lexicon import-cldr -o lexicons/generated/cldr-names.tsv
      """
  )

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
  var output: String?

  func run() throws {
    try Diagnostics.reporting {
      let text = try ICUFailure.wrap { () throws(ICUError) in try CLDRLexiconGenerator().generate() }
      if let output {
        do {
          try AtomicFile.write(text, to: output)
        } catch {
          throw CLIError.noInput("cannot write '\(output)': \(error)")
        }
      } else {
        let writer = OutputWriter()
        writer.write(text)
        writer.flush()
      }
    }
  }
}
