extension StringProtocol {
  /// The text without leading and trailing spaces (U+0020 only), as a String.
  var trimmingSpaces: String {
    var s = self[...]
    while s.first == " " { s = s.dropFirst() }
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
