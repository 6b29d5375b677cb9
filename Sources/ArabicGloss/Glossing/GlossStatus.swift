/// How well argloss knows a token.
public enum GlossStatus: String, Sendable {
  /// Analysed from argloss's lexicons.
  case known
  /// Glossed by splitting a run-together word (a missing space) into known words.
  case repaired
  /// Only the installed fallback dictionary knew it.
  case fallback
  /// Only the user's Buckwalter (BAMA) lexicon knew it (`--bama`).
  case bama
  /// Clitics were recognized but the stem is unknown (و + ?).
  case partial
  /// Nothing is known about it.
  case unknown
}
