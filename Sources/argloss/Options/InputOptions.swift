import ArgumentParser

/// The input files of a command, and how to decode them.
struct InputOptions: ParsableArguments {
  @Argument(help: "Input files (UTF-8). Standard input when none is given or for '-'.")
  var files: [String] = []

  @Flag(help: "Replace invalid UTF-8 with U+FFFD (and report how many) instead of failing.")
  var lossy = false

  /// A reader configured by these options.
  var reader: InputReader { InputReader(lossy: lossy) }
}
