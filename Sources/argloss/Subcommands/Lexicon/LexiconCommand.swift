import ArgumentParser

/// `argloss lexicon`: check, query and extend the lexicons.
struct LexiconCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexicon",
    abstract: "Check, look up and count lexicon entries; generate the CLDR names file.",
    subcommands: [LexiconCheck.self, LexiconLookup.self, LexiconStats.self, LexiconImportCLDR.self]
  )
}
