/// What a token of the source text is.
public enum TokenKind: String, Sendable, CaseIterable {
  /// A word in Arabic script (it may carry clitics, diacritics, tatweel and joiners).
  case arabic
  /// A word in Latin script.
  case latin
  /// A number in Latin or Arabic-Indic digits.
  case number
  /// Punctuation and symbols (، ؛ ؟ « » " % …).
  case punctuation
  /// Spaces, tabs and line ends.
  case whitespace
  /// Anything else: other scripts, lone marks, control and format characters.
  case other
}
