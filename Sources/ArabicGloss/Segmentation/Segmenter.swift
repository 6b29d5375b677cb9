import ICUKit

/// Splits text into sentences and tokens, losslessly, with ICU's sentence and word rules.
///
/// Every byte of the input lands in exactly one token, and tokens keep their exact source
/// text, so concatenating them rebuilds the input. ICU does not split clitics (و، ال، ب، ل)
/// or run-together words: that is the glossing engine's job.
public final class Segmenter: Sendable {
  private let sentences: BreakIterator
  private let words: BreakIterator

  /// Opens ICU's sentence and word iterators for Arabic.
  /// - Throws: `ICUError` if ICU cannot open them (a broken ICU data install).
  public init() throws(ICUError) {
    sentences = try BreakIterator(.sentence, locale: "ar")
    words = try BreakIterator(.word, locale: "ar")
  }

  /// Segments a whole document.
  public func segment(_ text: String) throws(ICUError) -> [Sentence] {
    var cursor = Cursor()
    var result: [Sentence] = []
    for paragraph in Self.paragraphs(of: text) {
      result += try segment(paragraph: paragraph, cursor: &cursor)
    }
    return result
  }

  /// Where the next paragraph starts: its byte offset and the next sentence and token
  /// indices. Segmenting a document paragraph by paragraph with one cursor gives the same
  /// result as segmenting it whole.
  public struct Cursor: Sendable, Equatable {
    /// Byte offset of the next paragraph in the document.
    public var byteOffset = 0
    /// Index of the next sentence.
    public var sentence = 0
    /// Index of the next token.
    public var token = 0

    /// A cursor at the start of a document.
    public init() {}
  }

  /// The document's paragraphs: each ends after a line feed (the last may have none).
  ///
  /// Sentences never cross a line end in ICU's rules, so paragraphs can be segmented alone.
  public static func paragraphs(of text: String) -> [Substring] {
    var result: [Substring] = []
    var start = text.startIndex
    let utf8 = text.utf8
    // Split on the byte 0x0A: a position after a line feed is always a character boundary
    // (grapheme rules break after LF), and CRLF stays whole in the paragraph it ends.
    for index in utf8.indices where utf8[index] == 0x0A {
      let end = utf8.index(after: index)
      result.append(text[start..<end])
      start = end
    }
    if start < text.endIndex { result.append(text[start...]) }
    return result
  }

  /// Whether a sentence boundary at UTF-16 `offset` falls inside letters joined by full
  /// stops (ق.م، أ.ف.ب): a single Arabic letter, a full stop, and an Arabic letter right
  /// after it. ICU breaks there, since Arabic letters have no case to say otherwise.
  static func isInsideDottedAbbreviation(_ offset: Int, of units: [UInt16]) -> Bool {
    guard offset >= 2, offset < units.count, units[offset - 1] == 0x2E else { return false }
    func isArabicLetter(_ u: UInt16) -> Bool { (0x0621...0x064A).contains(u) && u != 0x0640 }
    let singleLetterBefore = isArabicLetter(units[offset - 2]) && (offset < 3 || !isArabicLetter(units[offset - 3]))
    return singleLetterBefore && isArabicLetter(units[offset])
  }

  /// Segments one paragraph at `cursor`, then moves the cursor past it.
  public func segment(paragraph: Substring, cursor: inout Cursor) throws(ICUError) -> [Sentence] {
    let units = Array(paragraph.utf16)
    let byteAt = Self.byteOffsets(of: paragraph, unitCount: units.count)
    let base = cursor.byteOffset
    let bytes = Array(paragraph.utf8)
    let sentenceBounds = try units.withUnsafeBufferPointer { buffer throws(ICUError) in
      try sentences.boundaries(in: buffer)
    }.filter { !Self.isInsideDottedAbbreviation($0.offset, of: units) }
    var result: [Sentence] = []
    for (start, end) in zip(sentenceBounds, sentenceBounds.dropFirst()) {
      let wordBounds = try units.withUnsafeBufferPointer { buffer throws(ICUError) in
        try words.boundaries(
          in: UnsafeBufferPointer(rebasing: buffer[start.offset..<end.offset]))
      }
      var tokens: [Token] = []
      for (a, b) in zip(wordBounds, wordBounds.dropFirst()) {
        let from = byteAt[start.offset + a.offset]
        let to = byteAt[start.offset + b.offset]
        let text = String(decoding: bytes[from..<to], as: UTF8.self)
        let kind = ScalarClass.kind(of: text.unicodeScalars)
        if kind == .whitespace, let last = tokens.last, last.kind == .whitespace {
          tokens[tokens.count - 1].text += text
          tokens[tokens.count - 1].range = last.range.lowerBound..<(base + to)
          continue
        }
        // Hashtags join words with _ (عاصفة_الحزم), which ICU keeps inside one word: each
        // word and each _ is a token of its own (no piece array for the usual word).
        guard kind == .arabic, bytes[from..<to].contains(UInt8(ascii: "_")) else {
          tokens.append(
            Token(
              kind: kind, text: text, range: (base + from)..<(base + to), sentence: cursor.sentence,
              index: cursor.token + tokens.count))
          continue
        }
        for (pieceFrom, pieceTo) in Self.underscorePieces(bytes, from, to) {
          let piece = pieceFrom == from && pieceTo == to ? text : String(decoding: bytes[pieceFrom..<pieceTo], as: UTF8.self)
          tokens.append(
            Token(
              kind: piece == text ? kind : ScalarClass.kind(of: piece.unicodeScalars), text: piece,
              range: (base + pieceFrom)..<(base + pieceTo), sentence: cursor.sentence,
              index: cursor.token + tokens.count))
        }
      }
      let range = (base + byteAt[start.offset])..<(base + byteAt[end.offset])
      result.append(Sentence(index: cursor.sentence, range: range, tokens: tokens))
      cursor.sentence += 1
      cursor.token += tokens.count
    }
    cursor.byteOffset += bytes.count
    return result
  }

  /// The byte ranges of a word cut at each underscore (the underscores are pieces too); the
  /// whole range when the word has none or is nothing but underscores.
  static func underscorePieces(_ bytes: [UInt8], _ from: Int, _ to: Int) -> [(Int, Int)] {
    let underscore = UInt8(ascii: "_")
    guard bytes[from..<to].contains(underscore), bytes[from..<to].contains(where: { $0 != underscore }) else {
      return [(from, to)]
    }
    var pieces: [(Int, Int)] = []
    var start = from
    for i in from..<to where bytes[i] == underscore {
      if start < i { pieces.append((start, i)) }
      pieces.append((i, i + 1))
      start = i + 1
    }
    if start < to { pieces.append((start, to)) }
    return pieces
  }

  /// The UTF-8 byte offset of every UTF-16 offset of `text` (one more entry than units).
  private static func byteOffsets(of text: Substring, unitCount: Int) -> [Int] {
    var table = [Int](repeating: 0, count: unitCount + 1)
    var u16 = 0
    var u8 = 0
    for scalar in text.unicodeScalars {
      let width16 = scalar.value > 0xFFFF ? 2 : 1
      let width8 = UTF8.width(scalar)
      for k in 0..<width16 { table[u16 + k] = u8 }
      u16 += width16
      u8 += width8
    }
    table[unitCount] = u8
    return table
  }
}
