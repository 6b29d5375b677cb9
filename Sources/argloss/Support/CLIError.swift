import ArgumentParser

/// A failure the command reports with a message and a documented exit status.
struct CLIError: Error, CustomStringConvertible {
  /// What went wrong and, where possible, what to do.
  var message: String
  /// The status the process exits with.
  var status: ExitCode

  var description: String { message }

  /// An input that cannot be opened (66).
  static func noInput(_ message: String) -> CLIError { CLIError(message: message, status: ExitStatus.noInput) }
  /// Bad data (65).
  static func dataError(_ message: String) -> CLIError { CLIError(message: message, status: ExitStatus.dataError) }
  /// A usage error the parser could not see (64).
  static func usage(_ message: String) -> CLIError { CLIError(message: message, status: ExitCode(64)) }
  /// An internal failure (70).
  static func internalError(_ message: String) -> CLIError {
    CLIError(message: message, status: ExitStatus.internalError)
  }
}
