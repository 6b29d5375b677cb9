import CICUShims

/// The Unicode Bidirectional Algorithm and Arabic shaping, for showing Arabic on terminals.
///
/// Every function works on one paragraph within one call into C: ICU aliases the text it is
/// given, so no handle outlives the call. Safe from any thread.
public enum Bidi {
  /// The base direction of a paragraph.
  public enum BaseDirection: Sendable {
    case leftToRight
    case rightToLeft
    /// From the first strong character, left-to-right when there is none.
    case automatic

    var level: UInt8 {
      switch self {
      case .leftToRight: 0
      case .rightToLeft: 1
      case .automatic: UInt8(CICU_BIDI_DEFAULT_LTR)
      }
    }
  }

  /// The overall direction of a resolved paragraph.
  public enum Direction: Int32, Sendable {
    case leftToRight = 0
    case rightToLeft = 1
    case mixed = 2
    case neutral = 3
  }

  /// A resolved paragraph: its level and the embedding level of every UTF-16 unit.
  public struct Paragraph: Sendable, Equatable {
    /// 0 for a left-to-right paragraph, 1 for right-to-left.
    public var level: Int
    /// Whether the text is all one direction or mixed.
    public var direction: Direction
    /// One level per UTF-16 code unit: even is left-to-right, odd right-to-left.
    public var levels: [UInt8]
  }

  /// A run of one direction, in display (visual) order.
  public struct Run: Sendable, Equatable {
    /// The run's text, in logical order.
    public var text: String
    /// Whether the run is displayed right to left.
    public var isRightToLeft: Bool
    /// The run's logical range in UTF-16 units.
    public var range: Range<Int>
  }

  /// Resolves `text` as one paragraph.
  ///
  /// The corresponding ICU functions are `ubidi_setPara`, `ubidi_getLevels`,
  /// `ubidi_getDirection` and `ubidi_getParaLevel`.
  public static func paragraph(_ text: String, base: BaseDirection = .automatic) throws(ICUError)
    -> Paragraph
  {
    let units = UTF16Conversion.units(of: text)
    var levels = [UInt8](repeating: 0, count: units.count)
    var direction: Int32 = 0
    var status: Int32 = 0
    let level = levels.withUnsafeMutableBufferPointer { buffer in
      cicu_bidi_levels(
        units, Int32(units.count), base.level, buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!,
        &direction, &status)
    }
    try ICUError.check(status)
    return Paragraph(
      level: Int(level), direction: Direction(rawValue: direction) ?? .mixed, levels: levels)
  }

  /// The directional runs of one paragraph, in the order a reader sees them.
  ///
  /// The corresponding ICU functions are `ubidi_countRuns` and `ubidi_getVisualRun`.
  public static func runs(_ text: String, base: BaseDirection = .automatic) throws(ICUError)
    -> [Run]
  {
    let units = UTF16Conversion.units(of: text)
    if units.isEmpty { return [] }
    var status: Int32 = 0
    let count = cicu_bidi_runs(units, Int32(units.count), base.level, nil, nil, nil, 0, &status)
    try ICUError.check(status)
    var starts = [Int32](repeating: 0, count: Int(count))
    var lengths = [Int32](repeating: 0, count: Int(count))
    var rtl = [UInt8](repeating: 0, count: Int(count))
    _ = starts.withUnsafeMutableBufferPointer { s in
      lengths.withUnsafeMutableBufferPointer { l in
        rtl.withUnsafeMutableBufferPointer { r in
          cicu_bidi_runs(
            units, Int32(units.count), base.level, s.baseAddress, l.baseAddress, r.baseAddress,
            count, &status)
        }
      }
    }
    try ICUError.check(status)
    return (0..<Int(count)).map { i in
      let range = Int(starts[i])..<Int(starts[i] + lengths[i])
      let text = units.withUnsafeBufferPointer {
        UTF16Conversion.string(from: UnsafeBufferPointer(rebasing: $0[range]))
      }
      return Run(text: text, isRightToLeft: rtl[i] != 0, range: range)
    }
  }

  /// `text` in visual (display) order, line by line, for terminals that do not reorder.
  ///
  /// Each `\n`-separated line is its own paragraph. Mirrored characters (brackets) are
  /// mirrored and bidi control characters removed. The corresponding ICU function is
  /// `ubidi_writeReordered`.
  public static func visual(_ text: String, base: BaseDirection = .automatic) throws(ICUError)
    -> String
  {
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let units = UTF16Conversion.units(of: String(line))
      if units.isEmpty {
        lines.append("")
        continue
      }
      let options = UInt16(CICU_BIDI_DO_MIRRORING | CICU_BIDI_REMOVE_BIDI_CONTROLS)
      let reordered = try UTF16Conversion.filling(guess: units.count + 8) {
        dest, capacity, status in
        cicu_bidi_reorder(units, Int32(units.count), base.level, options, dest, capacity, &status)
      }
      lines.append(UTF16Conversion.string(from: reordered))
    }
    return lines.joined(separator: "\n")
  }

  /// Arabic letters replaced by their contextual presentation forms (display only), for
  /// terminals that neither reorder nor shape. Apply before `visual(_:base:)`.
  ///
  /// The corresponding ICU function is `u_shapeArabic` with `U_SHAPE_LETTERS_SHAPE`.
  public static func shapeArabic(_ text: String) throws(ICUError) -> String {
    let units = UTF16Conversion.units(of: text)
    if units.isEmpty { return text }
    let shaped = try UTF16Conversion.filling(guess: units.count + 8) { dest, capacity, status in
      cicu_shape_arabic(
        units, Int32(units.count), UInt32(CICU_SHAPE_LETTERS_SHAPE), dest, capacity, &status)
    }
    return UTF16Conversion.string(from: shaped)
  }
}
