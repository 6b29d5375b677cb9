extension Collection where Element == GlossedToken {
  /// Whether these tokens (the ones between two words) are spaces on one line: the words
  /// stand next to each other, with no punctuation or line break between them.
  var areSpacesOnOneLine: Bool {
    allSatisfy { $0.token.kind == .whitespace && !$0.token.text.utf8.contains(0x0A) }
  }
}
