import ArgumentParser

/// The exit statuses of argloss (the sysexits convention argument-parser starts).
enum ExitStatus {
  /// A check ran and found problems (`lexicon check`, `coverage --min-coverage`).
  static let checkFailed = ExitCode(1)
  /// Bad data: invalid UTF-8, a malformed lexicon (EX_DATAERR).
  static let dataError = ExitCode(65)
  /// An input that cannot be opened: missing, unreadable, a directory (EX_NOINPUT).
  static let noInput = ExitCode(66)
  /// An internal error, such as an ICU failure (EX_SOFTWARE).
  static let internalError = ExitCode(70)
}
