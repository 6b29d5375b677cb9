import ICUKit

/// The interlinear gloss for terminals: per sentence, word columns with four lines (Arabic,
/// romanization, Leipzig gloss, readable gloss), aligned in terminal cells and wrapped to a
/// width, then the draft translation.
public struct InterlinearTextRenderer: Sendable {
  /// Where the first word stands.
  public enum Direction: String, Sendable, CaseIterable {
    /// First word at the right, as Arabic reads.
    case rtl
    /// First word at the left.
    case ltr
  }

  /// How Arabic is sent to the terminal.
  public enum BidiMode: String, Sendable, CaseIterable {
    /// In logical order: the terminal reorders (or shows it as stored).
    case logical
    /// Reordered and shaped per display line, for terminals with no bidi support.
    case visual
  }

  /// Line width in terminal cells.
  public var width = 100
  /// Column order.
  public var direction = Direction.rtl
  /// Bidi handling.
  public var bidi = BidiMode.logical
  /// ANSI colours for entities, terms, fallback and unknown words.
  public var color = false
  /// Whether to add the draft translation under each sentence.
  public var draft = true

  /// A renderer with default settings.
  public init() {}

  /// The text for `sentences`.
  public func render(_ sentences: [GlossedSentence]) -> String {
    var out = ""
    for sentence in sentences {
      let units = InterlinearUnit.units(of: sentence)
      guard !units.isEmpty else { continue }
      out += "[\(sentence.index + 1)]\n"
      for line in lines(units) { out += line + "\n" }
      if draft { out += DraftTranslation.label + " " + DraftTranslation.of(units) + "\n" }
      out += "\n"
    }
    return out
  }

  /// The unit columns, wrapped into blocks of four lines that fit `width`.
  public func lines(_ units: [InterlinearUnit]) -> [String] {
    var blocks: [[InterlinearUnit]] = [[]]
    var used = 0
    for unit in units {
      let w = columnWidth(unit) + 2
      if used + w > width && !(blocks.last?.isEmpty ?? true) {
        blocks.append([])
        used = 0
      }
      blocks[blocks.count - 1].append(unit)
      used += w
    }
    var out: [String] = []
    for (b, block) in blocks.enumerated() {
      if b > 0 { out.append("") }
      let ordered = direction == .rtl ? block.reversed() : block
      var rows = ["", "", "", ""]
      for unit in ordered {
        let w = columnWidth(unit)
        let cells = [unit.marker + unit.arabic, unit.translit, unit.leipzig, unit.gloss]
        for (r, cell) in cells.enumerated() {
          var text = r == 0 ? displayArabic(cell) : cell
          // Arabic right-aligned in its column, as it reads; Latin left-aligned.
          text = DisplayWidth.pad(text, to: w, left: r == 0 && direction == .rtl)
          rows[r] += paint(text, unit.kind) + "  "
        }
      }
      out += rows.map { trimTrailing($0) }
    }
    return out
  }

  private func columnWidth(_ unit: InterlinearUnit) -> Int {
    [DisplayWidth.of(unit.marker + unit.arabic), DisplayWidth.of(unit.translit),
     DisplayWidth.of(unit.leipzig), DisplayWidth.of(unit.gloss)].max() ?? 0
  }

  /// Arabic for this bidi mode: visual reorders and shapes the cell (one cell is one line
  /// of text, so per-line reordering is per cell).
  private func displayArabic(_ text: String) -> String {
    guard bidi == .visual else { return text }
    let shaped = (try? Bidi.shapeArabic(text)) ?? text
    return (try? Bidi.visual(shaped, base: .rightToLeft)) ?? shaped
  }

  private func paint(_ text: String, _ kind: InterlinearUnit.Kind) -> String {
    guard color else { return text }
    let code: String
    switch kind {
    case .entity: code = "36"  // cyan
    case .term: code = "33"  // yellow
    case .repaired: code = "32"  // green
    case .fallback: code = "35"  // magenta
    case .unknown: code = "31"  // red
    default: return text
    }
    return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
  }

  private func trimTrailing(_ s: String) -> String {
    var t = Substring(s)
    while t.last == " " { t = t.dropLast() }
    return String(t)
  }

  /// The legend of markers, colours and Leipzig labels.
  public static var legend: String {
    var out = "Markers: * named entity (cyan)  ^ multi-word term (yellow)  + run-together word split (green)\n"
    out += "         ~ fallback dictionary (magenta)  ? unknown stem (red)\n"
    out += "Lines: Arabic, romanization, morpheme gloss (Leipzig), readable gloss\n"
    out += "Leipzig labels:\n"
    for (label, meaning) in Leipzig.legend { out += "  \(label)\t\(meaning)\n" }
    return out
  }
}
