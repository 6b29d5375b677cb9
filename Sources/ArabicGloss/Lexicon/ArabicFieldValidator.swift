/// Checks the Arabic-script fields of a lexicon line: letters, diacritics and spacing.
enum ArabicFieldValidator {
  /// Letters allowed in a lexicon's Arabic fields: the Arabic alphabet with hamza forms and
  /// ى، ة، ٱ, and the letters Arabic news uses for foreign names (پ چ ڤ گ ژ).
  static func isLetter(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x0621...0x063A, 0x0641...0x064A, 0x0671, 0x067E, 0x0686, 0x0698, 0x06A4, 0x06AF:
      return true
    default:
      return false
    }
  }

  /// Harakat, tanwin, shadda, sukun and dagger alef.
  static func isDiacritic(_ s: Unicode.Scalar) -> Bool {
    (0x064B...0x0652).contains(s.value) || s.value == 0x0670
  }

  /// Problems in `field` as (0-based character offset in the field, message) pairs.
  static func problems(in field: Substring, allowSpaces: Bool) -> [(offset: Int, message: String)] {
    var found: [(Int, String)] = []
    if field.first == " " || field.last == " " {
      found.append((field.first == " " ? 0 : field.count - 1, "leading or trailing space in an Arabic field"))
    }
    var marksOnLetter: [Unicode.Scalar] = []
    var previousWasLetter = false
    for (offset, character) in field.enumerated() {
      for s in character.unicodeScalars {
        if s == " " {
          if !allowSpaces {
            found.append((offset, "a space in a single-word field"))
          } else if !previousWasLetter {
            found.append((offset, "malformed multi-word entry: words must be separated by one space"))
          }
          previousWasLetter = false
          marksOnLetter = []
        } else if isLetter(s) {
          previousWasLetter = true
          marksOnLetter = []
        } else if isDiacritic(s) {
          if !previousWasLetter {
            found.append((offset, "misplaced diacritic U+\(hex(s)): it must follow a letter"))
          } else if !isValidStack(marksOnLetter + [s]) {
            found.append((offset, "misplaced diacritic U+\(hex(s)): too many or conflicting marks on one letter"))
          }
          marksOnLetter.append(s)
        } else if s.value == 0x0640 {
          found.append((offset, "tatweel (U+0640) in an Arabic field"))
        } else {
          found.append((offset, "non-Arabic character '\(s.escaped(asASCII: true))' (U+\(hex(s))) in an Arabic field"))
        }
      }
    }
    return found
  }

  /// Whether marks on one letter combine: at most one vowel or tanwin or sukun, optionally
  /// with a shadda (in either order), or a dagger alef with at most one other mark.
  private static func isValidStack(_ marks: [Unicode.Scalar]) -> Bool {
    if marks.count > 2 { return false }
    if marks.count < 2 { return true }
    let shadda: Unicode.Scalar = "\u{0651}"
    let sukun: Unicode.Scalar = "\u{0652}"
    let dagger: Unicode.Scalar = "\u{0670}"
    if marks[0] == marks[1] { return false }
    if marks.contains(dagger) { return true }
    if marks.contains(shadda) { return !marks.contains(sukun) }
    return false
  }

  private static func hex(_ s: Unicode.Scalar) -> String {
    let digits = String(s.value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
