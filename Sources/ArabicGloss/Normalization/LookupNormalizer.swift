import ICUKit

/// Maps an Arabic word to the keys it is looked up under. The surface text is never changed:
/// keys are a separate, derived value.
///
/// A key is the word with, in order:
/// 1. presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) turned into letters (NFKC, applied
///    only to words that contain them, so nothing else changes);
/// 2. tatweel (ـ), harakat, shadda, sukun, dagger alef and Quranic marks removed;
/// 3. invisible format characters (ZWJ, ZWNJ, bidi controls, BOM) removed;
/// 4. alef variants folded: أ إ آ ٱ → ا; Persian ک → ك and ی → ي; the letters for foreign
///    sounds ڤ → ف, پ → ب, گ → غ; ىء (a common misspelling) → ئ;
/// 5. Arabic-Indic and Persian digits turned into ASCII digits.
///
/// Orthography that is ambiguous is not guessed: `candidateKeys(for:)` offers both readings
/// (Egyptian newspapers write final ي as ى and sometimes final ة as ه), best first, and the
/// lexicon decides.
public struct LookupNormalizer: Sendable {
  private let nfkc = Normalizer(.nfkc)

  /// A normalizer.
  public init() {}

  /// The primary lookup key of `word`.
  public func key(_ word: some StringProtocol) -> String {
    var scalars = String.UnicodeScalarView()
    for s in expandedScalars(word) {
      guard let folded = Self.fold(s) else { continue }
      // ىء is a common misspelling of ئ (شاطىء، الطوارىء).
      if folded == "\u{0621}", scalars.last == "\u{0649}" {
        scalars.removeLast()
        scalars.append("\u{0626}")
        continue
      }
      scalars.append(folded)
    }
    return String(scalars)
  }

  /// The key and its alternative readings, best first, without duplicates.
  ///
  /// الروسى → [الروسى, الروسي]; مدرسه → [مدرسه, مدرسة]; علي → [علي, على].
  public func candidateKeys(for word: some StringProtocol) -> [String] {
    alternatives(ofKey: key(word))
  }

  /// The alternative readings of an already normalized key, the key first.
  public func alternatives(ofKey key: String) -> [String] {
    guard let last = key.unicodeScalars.last else { return [key] }
    var stem = key.unicodeScalars
    stem.removeLast()
    switch last {
    case "\u{0649}":  // ى: Egyptian spelling of final ي
      return [key, String(stem) + "\u{064A}"]
    case "\u{0647}":  // ه: sometimes written for final ة
      return [key, String(stem) + "\u{0629}"]
    case "\u{064A}":  // ي: a standard final ى spelled with dots
      return [key, String(stem) + "\u{0649}"]
    default:
      return [key]
    }
  }

  /// Whether `candidate` is `key` or one of its `alternatives(ofKey:)`, without building them.
  public func isReading(_ candidate: String, ofKey key: String) -> Bool {
    if candidate == key { return true }
    // The alternatives differ in the final letter only: ى/ي either way, ه read as ة.
    guard let last = key.unicodeScalars.last, let other = candidate.unicodeScalars.last else { return false }
    switch (last, other) {
    case ("\u{0649}", "\u{064A}"), ("\u{064A}", "\u{0649}"), ("\u{0647}", "\u{0629}"):
      return candidate.unicodeScalars.dropLast().elementsEqual(key.unicodeScalars.dropLast())
    default: return false
    }
  }

  /// `word` with tatweel and format characters removed but its diacritics kept: the
  /// vocalized form, for romanization.
  public func vocalizedForm(_ word: some StringProtocol) -> String {
    var scalars = String.UnicodeScalarView()
    for s in expandedScalars(word) where s.value != 0x0640 && !ScalarClass.isFormat(s) {
      scalars.append(s)
    }
    return String(scalars)
  }

  /// Whether `word` carries any Arabic diacritic.
  public static func isVocalized(_ word: some StringProtocol) -> Bool {
    word.unicodeScalars.contains { ScalarClass.isArabicMark($0) }
  }

  /// The word's scalars, with presentation forms expanded through NFKC.
  private func expandedScalars(_ word: some StringProtocol) -> String.UnicodeScalarView {
    let hasPresentationForms = word.unicodeScalars.contains {
      (0xFB50...0xFDFF).contains($0.value) || (0xFE70...0xFEFE).contains($0.value)
    }
    guard hasPresentationForms, let expanded = try? nfkc.normalize(String(word)) else {
      return String(word).unicodeScalars
    }
    return expanded.unicodeScalars
  }

  /// One scalar of a key: nil to drop it, or its folded form.
  private static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
    switch s.value {
    case 0x0640: return nil  // tatweel
    case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return "\u{0627}"  // alef variants
    case 0x06A9: return "\u{0643}"  // Persian keheh → kaf
    case 0x06CC: return "\u{064A}"  // Persian yeh → yeh
    // Letters some writers add for foreign sounds: ڤ v → ف, پ p → ب, گ g → غ (ڤيينا فيينا
    // Vienna, پاتون باتون Patton, گوگل غوغل Google).
    case 0x06A4: return "\u{0641}"
    case 0x067E: return "\u{0628}"
    case 0x06AF: return "\u{063A}"
    case 0x0660...0x0669: return Unicode.Scalar(s.value - 0x0660 + 0x30)
    case 0x06F0...0x06F9: return Unicode.Scalar(s.value - 0x06F0 + 0x30)
    default:
      if ScalarClass.isArabicMark(s) || ScalarClass.isFormat(s) { return nil }
      return s
    }
  }
}
