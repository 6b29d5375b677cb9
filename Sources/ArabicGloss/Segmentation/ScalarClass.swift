/// Character classes the segmenter and normalizer need, by code point.
enum ScalarClass {
  /// Arabic-script letters: the Arabic blocks and presentation forms, less tatweel.
  static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    // Fast path: the basic Arabic letters (ء to ي) without a property lookup.
    if (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v) { return true }
    guard (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v)
      || (0x08A0...0x08FF).contains(v) || (0xFB50...0xFDFF).contains(v)
      || (0xFE70...0xFEFE).contains(v)
    else { return false }
    return v != 0x0640 && s.properties.isAlphabetic && !isArabicMark(s)
  }

  /// Arabic combining marks: harakat, shadda, sukun, dagger alef, Quranic annotation marks.
  static func isArabicMark(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
      0x06E7...0x06E8, 0x06EA...0x06ED, 0x08D3...0x08E1, 0x08E3...0x08FF:
      return true
    default:
      return false
    }
  }

  /// Invisible format characters: joiners, bidi controls, byte-order mark, soft hyphen.
  static func isFormat(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x00AD, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069,
      0xFEFF:
      return true
    default:
      return false
    }
  }

  /// Latin-script letters.
  static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x250...0x2AF,
      0x1E00...0x1EFF, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
      return true
    default:
      return false
    }
  }

  /// Decimal digits of any script (0–9, ٠–٩, ۰–۹, …).
  static func isDigit(_ s: Unicode.Scalar) -> Bool {
    s.properties.generalCategory == .decimalNumber
  }

  /// Punctuation and symbols.
  static func isPunctuationOrSymbol(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
      .modifierSymbol, .otherSymbol:
      return true
    default:
      return false
    }
  }

  /// The kind of a segment, from the characters it holds (format characters are ignored
  /// unless they are all there is).
  static func kind<S: Sequence>(of scalars: S) -> TokenKind where S.Element == Unicode.Scalar {
    var arabic = false, latin = false, letter = false, digit = false
    var space = false, punctuation = false, rest = false
    for s in scalars {
      // Fast paths for ASCII and the Arabic block, which are nearly all text.
      let v = s.value
      if v < 0x80 {
        switch v {
        case 0x41...0x5A, 0x61...0x7A: latin = true
        case 0x30...0x39: digit = true
        case 0x09...0x0D, 0x20: space = true
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: punctuation = true
        default: rest = true
        }
        continue
      }
      if (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v) {
        arabic = true
        continue
      }
      if (0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640 { continue }  // marks, tatweel
      if isFormat(s) { continue }
      if isArabicLetter(s) {
        arabic = true
      } else if isLatinLetter(s) {
        latin = true
      } else if s.properties.isAlphabetic && !isArabicMark(s) && s.value != 0x0640 {
        letter = true
      } else if isDigit(s) {
        digit = true
      } else if s.properties.isWhitespace {
        space = true
      } else if isPunctuationOrSymbol(s) {
        punctuation = true
      } else {
        rest = true
      }
    }
    if arabic { return .arabic }
    if latin { return .latin }
    if letter { return .other }
    if digit { return .number }
    if space && !punctuation && !rest { return .whitespace }
    if punctuation && !rest && !space { return .punctuation }
    return .other
  }
}
