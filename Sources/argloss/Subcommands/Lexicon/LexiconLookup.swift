import ArabicGloss
import ArgumentParser

/// `argloss lexicon lookup`: the entries for Arabic words or phrases, or for an English word.
struct LexiconLookup: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "Show the lexicon entries for Arabic words (with clitics, in any spelling) or, with --english, for an English word.",
    discussion: """
      A quoted argument with spaces is looked up as a multi-word entry ("رابطة الدول المستقلة"). \
      Each hit shows how the word was split (و+ال+…), the entry and where it is defined. \
      Exits 1 when no word was found.

      Examples:
        argloss lexicon lookup بوتين والسعودية الروسى
        argloss lexicon lookup "رابطة الدول المستقلة"
        argloss lexicon lookup --english terrorism
      """
  )

  @OptionGroup var lexicons: LexiconOptions

  @Flag(help: "Look up English words in the glosses instead.")
  var english = false

  @Argument(help: "Words or phrases to look up.")
  var words: [String]

  func run() throws {
    try Diagnostics.reporting {
      let engine = try lexicons.glosser()
      let output = OutputWriter()
      var missing = 0
      for word in words {
        output.write("\(word)\n")
        let lines: [String]
        if english {
          lines = engine.store.entries(english: word).map(LexiconEntryFormatter.line)
        } else {
          let found = word.contains(" ") ? engine.phraseAnalyses(of: word) : engine.analyses(of: word)
          lines = found.map { analysis in
            let split = analysis.morphemes.map { $0.role == .stem ? "[\($0.text)]" : $0.text }
              .joined(separator: "+")
            return split + "  " + LexiconEntryFormatter.line(analysis.entry)
          }
        }
        if lines.isEmpty {
          missing += 1
          output.write("  (no entry)\n")
        }
        for line in lines { output.write("  \(line)\n") }
      }
      output.flush()
      if missing == words.count { throw ExitStatus.checkFailed }
    }
  }
}
