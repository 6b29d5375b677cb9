/// How many terminal cells text takes: combining marks and format characters take none,
/// East Asian wide and fullwidth characters two, everything else one.
public enum DisplayWidth {
  /// The width of `text` in terminal cells.
  public static func of(_ text: some StringProtocol) -> Int {
    var width = 0
    for s in text.unicodeScalars {
      width += cells(s)
    }
    return width
  }

  private static func cells(_ s: Unicode.Scalar) -> Int {
    let v = s.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    if ScalarClass.isArabicMark(s) || ScalarClass.isFormat(s) { return 0 }
    switch s.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }

  /// `text` padded with spaces to `width` cells, on the right (or the left).
  public static func pad(_ text: String, to width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - of(text)))
    return left ? padding + text : text + padding
  }
}
