/// A problem found in a lexicon file, located precisely enough for an editor to jump to it.
public struct LexiconIssue: Sendable, Hashable, CustomStringConvertible {
  /// The file, as given to the parser.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column (in characters) where the problem starts.
  public var column: Int
  /// What is wrong, in a sentence.
  public var message: String

  /// An issue at a place in a file.
  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: message`, the form compilers and editors understand.
  public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// A lexicon that cannot be loaded, with every problem found in it.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
  /// The problems, in file and line order.
  public var issues: [LexiconIssue]

  /// An error carrying `issues`.
  public init(issues: [LexiconIssue]) { self.issues = issues }

  public var description: String { issues.map(\.description).joined(separator: "\n") }
}
