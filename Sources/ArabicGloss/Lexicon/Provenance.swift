/// Where a lexicon entry was read: a file and a 1-based line.
public struct Provenance: Sendable, Hashable, CustomStringConvertible {
  /// The file's path as it was given to the loader (relative to the lexicon folder for the
  /// shipped lexicons, e.g. `lexicons/entities/persons.tsv`).
  public var file: String
  /// The 1-based line number.
  public var line: Int

  /// A provenance.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  /// `file:line`.
  public var description: String { "\(file):\(line)" }
}
