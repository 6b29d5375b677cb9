import CICUShims

/// A Unicode normalization form backed by ICU's shared, immutable normalizer instances.
public struct Normalizer: Sendable {
  /// The normalization forms argloss uses.
  public enum Form: Sendable {
    /// Canonical composition.
    case nfc
    /// Compatibility composition: presentation forms become letters (ﻛﺸﻒ → كشف).
    case nfkc

    var rawValue: Int32 { self == .nfc ? Int32(CICU_NORM_NFC) : Int32(CICU_NORM_NFKC) }
  }

  /// The form this normalizer produces.
  public let form: Form

  /// A normalizer for `form`.
  public init(_ form: Form) { self.form = form }

  /// Returns `text` in this normalizer's form.
  ///
  /// The corresponding ICU function is `unorm2_normalize`.
  public func normalize(_ text: String) throws(ICUError) -> String {
    let source = UTF16Conversion.units(of: text)
    if source.isEmpty { return text }
    let form = self.form.rawValue
    let result = try UTF16Conversion.filling(guess: source.count + 8) { dest, capacity, status in
      cicu_normalize(form, source, Int32(source.count), dest, capacity, &status)
    }
    return UTF16Conversion.string(from: result)
  }

  /// Whether `text` is already in this form.
  ///
  /// The corresponding ICU function is `unorm2_isNormalized`.
  public func isNormalized(_ text: String) throws(ICUError) -> Bool {
    let source = UTF16Conversion.units(of: text)
    var status: Int32 = 0
    let answer = cicu_is_normalized(form.rawValue, source, Int32(source.count), &status)
    try ICUError.check(status)
    return answer != 0
  }
}
