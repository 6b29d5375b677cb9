extension StringProtocol {
  /// The text's letters only: no vowel marks, tatweel or format characters; hamza seats and
  /// final ى/ي kept as written (unlike a lookup key), so the text's own spelling can decide.
  var skeleton: String {
    String(String.UnicodeScalarView(unicodeScalars.filter {
      !ScalarClass.isArabicMark($0) && !ScalarClass.isFormat($0) && $0.value != 0x0640
    }))
  }
}
