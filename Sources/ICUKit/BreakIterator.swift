import CICUShims
import Synchronization

/// An ICU break iterator (characters, words, lines or sentences) for one locale.
///
/// The text is given, iterated and detached within one call into C, so ICU never keeps a
/// pointer to Swift memory. Calls are serialized by a lock; `init` is cheap enough to make
/// one per thread where contention matters.
public final class BreakIterator: @unchecked Sendable {
  /// What the iterator finds boundaries between.
  public enum Kind: Sendable {
    case character
    case word
    case line
    case sentence

    var rawValue: Int32 {
      switch self {
      case .character: Int32(CICU_BREAK_CHARACTER)
      case .word: Int32(CICU_BREAK_WORD)
      case .line: Int32(CICU_BREAK_LINE)
      case .sentence: Int32(CICU_BREAK_SENTENCE)
      }
    }
  }

  /// A boundary and ICU's rule status for the segment that ends there.
  ///
  /// For words, the status tells the segment's kind: 0 none (spaces, punctuation),
  /// 100–199 number, 200–299 letter, 300–399 kana, 400–499 ideograph.
  public struct Boundary: Equatable, Sendable {
    /// Offset in UTF-16 code units.
    public var offset: Int
    /// ICU's rule status of the segment ending at `offset`.
    public var ruleStatus: Int32
  }

  /// The kind this iterator was opened for.
  public let kind: Kind
  private let handle: OpaquePointer
  private let lock = Mutex(())

  /// Opens an iterator for `kind` with the rules of `locale` (for example `"ar"`).
  ///
  /// The corresponding ICU function is `ubrk_open`.
  public init(_ kind: Kind, locale: String = "ar") throws(ICUError) {
    var status: Int32 = 0
    let opened = cicu_break_iterator_open(kind.rawValue, locale, &status)
    if status > 0, let opened { cicu_break_iterator_close(opened) }
    try ICUError.check(status)
    guard let opened else { throw ICUError(rawValue: Int32(CICU_ILLEGAL_ARGUMENT_ERROR)) }
    self.kind = kind
    handle = opened
  }

  deinit { cicu_break_iterator_close(handle) }

  /// Every boundary of `units` (UTF-16), from 0 to `units.count` inclusive.
  ///
  /// The corresponding ICU functions are `ubrk_setText`, `ubrk_first`, `ubrk_next` and
  /// `ubrk_getRuleStatus`.
  public func boundaries(in units: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Boundary] {
    guard let base = units.baseAddress, !units.isEmpty else {
      return [Boundary(offset: 0, ruleStatus: 0)]
    }
    var capacity = units.count / 2 + 8
    for _ in 0..<2 {
      var offsets = [Int32](repeating: 0, count: capacity)
      var statuses = [Int32](repeating: 0, count: capacity)
      var status: Int32 = 0
      let count = lock.withLock { _ in
        offsets.withUnsafeMutableBufferPointer { o in
          statuses.withUnsafeMutableBufferPointer { s in
            cicu_break_iterator_bounds(
              handle, base, Int32(units.count), o.baseAddress, s.baseAddress, Int32(capacity),
              &status)
          }
        }
      }
      try ICUError.check(status)
      if Int(count) > capacity {
        capacity = Int(count)
        continue
      }
      return (0..<Int(count)).map { Boundary(offset: Int(offsets[$0]), ruleStatus: statuses[$0]) }
    }
    throw ICUError(rawValue: Int32(CICU_BUFFER_OVERFLOW_ERROR))
  }

  /// The segments of `text` as strings.
  public func segments(of text: String) throws(ICUError) -> [String] {
    let units = UTF16Conversion.units(of: text)
    let bounds = try units.withUnsafeBufferPointer { buffer throws(ICUError) in
      try boundaries(in: buffer)
    }
    return zip(bounds, bounds.dropFirst()).map { start, end in
      units.withUnsafeBufferPointer {
        UTF16Conversion.string(from: UnsafeBufferPointer(rebasing: $0[start.offset..<end.offset]))
      }
    }
  }
}
