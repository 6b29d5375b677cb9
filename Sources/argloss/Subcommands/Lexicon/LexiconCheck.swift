import ArabicGloss
import ArgumentParser

/// `argloss lexicon check`: report every problem in lexicon files.
struct LexiconCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check lexicon files and report every problem as file:line:column: message.",
    discussion: """
      Exits 1 when any problem is found. With no path, checks the shipped lexicon folder.

      Examples:
        argloss lexicon check
        argloss lexicon check mine.tsv
      """
  )

  @Argument(help: "Lexicon files or folders (default: the shipped lexicon folder).")
  var paths: [String] = []

  @Option(name: .customLong("lexicons"), help: ArgumentHelp("The shipped lexicon folder.", valueName: "dir"))
  var directory: String?

  func run() throws {
    try Diagnostics.reporting {
      let loader = LexiconLoader()
      let targets = paths.isEmpty ? [try LexiconLocator.locate(explicit: directory)] : paths
      var files: [LexiconLoader.LexiconFile] = []
      for path in targets {
        do {
          files += try loader.files(at: path)
        } catch {
          throw CLIError.noInput((error as? LexiconError)?.description ?? "\(error)")
        }
      }
      let output = OutputWriter()
      var problems = 0
      var entries = 0
      for file in files {
        let result = loader.check(file)
        entries += result.entries.count
        problems += result.issues.count
        for issue in result.issues { output.write("\(issue)\n") }
      }
      output.write("\(files.count) file(s), \(entries) entries, \(problems) problem(s)\n")
      output.flush()
      if problems > 0 { throw ExitStatus.checkFailed }
    }
  }
}
