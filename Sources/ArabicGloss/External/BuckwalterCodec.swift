import ICUKit

/// Arabic ↔ Buckwalter transliteration, one character for one, as a table built once from
/// the shipped `buckwalter` scheme's rules (so the scheme file stays the one definition).
/// Plain table lookups: fast and safe to share between threads.
public struct BuckwalterCodec: Sendable {
  private let toLatin: [Unicode.Scalar: Unicode.Scalar]
  private let toArabic: [Unicode.Scalar: Unicode.Scalar]

  /// Every Arabic letter, hamza form and mark the Buckwalter scheme covers.
  static let arabicRepertoire =
    "ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيپچڤگٱ" + "\u{064B}\u{064C}\u{064D}\u{064E}\u{064F}\u{0650}\u{0651}\u{0652}\u{0670}"

  /// The codec of the Buckwalter scheme whose ICU rules are `rules`.
  /// - Throws: `ICUError` if the rules do not compile.
  public init(rules: String) throws(ICUError) {
    let forward = try Transliterator(rules: rules, name: "argloss-buckwalter-codec")
    var toLatin: [Unicode.Scalar: Unicode.Scalar] = [:]
    var toArabic: [Unicode.Scalar: Unicode.Scalar] = [:]
    for arabic in Self.arabicRepertoire.unicodeScalars {
      let latin = try forward.apply(String(arabic)).unicodeScalars
      guard latin.count == 1, let l = latin.first, l != arabic else { continue }
      toLatin[arabic] = l
      toArabic[l] = arabic
    }
    self.toLatin = toLatin
    self.toArabic = toArabic
  }

  /// The Buckwalter form of Arabic text; characters outside the table pass through.
  public func latin(_ arabic: String) -> String {
    String(String.UnicodeScalarView(arabic.unicodeScalars.map { toLatin[$0] ?? $0 }))
  }

  /// The Arabic form of Buckwalter text; characters outside the table pass through.
  public func arabic(_ latin: String) -> String {
    String(String.UnicodeScalarView(latin.unicodeScalars.map { toArabic[$0] ?? $0 }))
  }
}
