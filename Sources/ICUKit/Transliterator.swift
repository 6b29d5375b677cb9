import CICUShims
import Synchronization

/// A compiled ICU transform: a system ID such as `Arabic-Latin` or rule text compiled at run
/// time.
///
/// Opening a transform is expensive: open once and reuse. Calls are serialized by a lock, so
/// one instance may be shared between threads; ICU 72 serializes rule-based transforms
/// process-wide anyway. `clone()` gives an independent copy.
public final class Transliterator: @unchecked Sendable {
  /// Which way a transform runs.
  public enum Direction: Sendable {
    case forward
    case reverse
  }

  private let handle: OpaquePointer
  private let lock = Mutex(())

  /// Opens the system transform with the given ICU identifier (compound IDs allowed).
  ///
  /// The corresponding ICU function is `utrans_openU`.
  /// - Throws: `ICUError` (`U_INVALID_ID` for an unknown identifier).
  public init(id: String, direction: Direction = .forward) throws(ICUError) {
    let units = UTF16Conversion.units(of: id)
    var status: Int32 = 0
    let opened = cicu_transliterator_open_id(
      units, Int32(units.count), direction == .reverse ? 1 : 0, &status)
    if status > 0, let opened { cicu_transliterator_close(opened) }
    try ICUError.check(status)
    guard let opened else { throw ICUError(rawValue: Int32(CICU_ILLEGAL_ARGUMENT_ERROR)) }
    handle = opened
  }

  /// Compiles ICU transform rules (the syntax of ICU's rule-based transliterator).
  ///
  /// The corresponding ICU function is `utrans_openU` with rules.
  /// - Throws: `ICUError` with the 1-based rule line and offset where parsing failed.
  public init(rules: String, name: String = "argloss-rules", direction: Direction = .forward)
    throws(ICUError)
  {
    let nameUnits = UTF16Conversion.units(of: name)
    let ruleUnits = UTF16Conversion.units(of: rules)
    var status: Int32 = 0
    var parseError = cicu_parse_error()
    let opened = cicu_transliterator_open_rules(
      nameUnits, Int32(nameUnits.count), ruleUnits, Int32(ruleUnits.count),
      direction == .reverse ? 1 : 0, &parseError, &status)
    if status > 0 {
      throw Self.describe(status: status, parseError: parseError, rules: rules)
    }
    guard let opened else { throw ICUError(rawValue: Int32(CICU_ILLEGAL_ARGUMENT_ERROR)) }
    handle = opened
  }

  private init(handle: OpaquePointer) { self.handle = handle }

  deinit { cicu_transliterator_close(handle) }

  /// The transform's ICU identifier.
  ///
  /// The corresponding ICU function is `utrans_getUnicodeID`.
  public var id: String {
    lock.withLock { _ in
      let length = cicu_transliterator_id(handle, nil, 0)
      var units = [UInt16](repeating: 0, count: Int(length))
      _ = units.withUnsafeMutableBufferPointer {
        cicu_transliterator_id(handle, $0.baseAddress, length)
      }
      return UTF16Conversion.string(from: units)
    }
  }

  /// An independent copy, for use on another thread without contention on this one's lock.
  ///
  /// The corresponding ICU function is `utrans_clone`.
  public func clone() throws(ICUError) -> Transliterator {
    var status: Int32 = 0
    let copy = lock.withLock { _ in cicu_transliterator_clone(handle, &status) }
    if status > 0, let copy { cicu_transliterator_close(copy) }
    try ICUError.check(status)
    guard let copy else { throw ICUError(rawValue: Int32(CICU_ILLEGAL_ARGUMENT_ERROR)) }
    return Transliterator(handle: copy)
  }

  /// Returns `text` transformed.
  ///
  /// Call it per word or paragraph, never on a whole document: ICU's cost grows
  /// quadratically with the length of one call. The corresponding ICU function is
  /// `utrans_transUChars`.
  public func apply(_ text: String) throws(ICUError) -> String {
    if text.isEmpty { return text }
    let source = UTF16Conversion.units(of: text)
    var capacity = source.count * 2 + 16
    for _ in 0..<3 {
      var buffer = source + [UInt16](repeating: 0, count: capacity - source.count)
      var length = Int32(source.count)
      var status: Int32 = 0
      lock.withLock { _ in
        buffer.withUnsafeMutableBufferPointer {
          cicu_transliterator_apply(handle, $0.baseAddress!, &length, Int32(capacity), &status)
        }
      }
      if status == Int32(CICU_BUFFER_OVERFLOW_ERROR) {
        capacity = Int(length) + 16
        continue
      }
      try ICUError.check(status)
      return buffer.withUnsafeBufferPointer {
        UTF16Conversion.string(from: UnsafeBufferPointer(rebasing: $0[..<Int(length)]))
      }
    }
    throw ICUError(rawValue: Int32(CICU_BUFFER_OVERFLOW_ERROR))
  }

  /// The identifiers of every system transform.
  ///
  /// The corresponding ICU function is `utrans_openIDs`.
  public static func availableIDs() throws(ICUError) -> [String] {
    let units = try UTF16Conversion.filling(guess: 16_384) { dest, capacity, status in
      cicu_transliterator_available_ids(dest, capacity, &status)
    }
    return UTF16Conversion.string(from: units).split(separator: "\n").map(String.init)
  }

  /// Turns ICU's parse error into an `ICUError` whose line is counted in `rules`.
  private static func describe(status: Int32, parseError: cicu_parse_error, rules: String)
    -> ICUError
  {
    let pre = withUnsafeBytes(of: parseError.pre_context) { contextString($0) }
    let post = withUnsafeBytes(of: parseError.post_context) { contextString($0) }
    var line: Int? = parseError.line > 0 ? Int(parseError.line) : nil
    var offset: Int? = parseError.offset >= 0 ? Int(parseError.offset) : nil
    // ICU's transliterator parser reports the offset into the whole rule text, not a line:
    // count the line here so a message can point at it.
    if line == nil, let absolute = offset {
      let units = Array(rules.utf16)
      let end = min(absolute, units.count)
      let newlines = units[..<end].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      let lineStart = units[..<end].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      line = newlines + 1
      offset = end - lineStart
    } else if line == nil, !pre.isEmpty {
      // Masking errors give no offset; the pre-context is the masking rule as ICU prints
      // it (spacing may differ from the source), so compare without spaces.
      let wanted = pre.filter { !$0.isWhitespace }
      let lines = rules.split(separator: "\n", omittingEmptySubsequences: false)
      line = lines.firstIndex { $0.filter { !$0.isWhitespace }.contains(wanted) }.map { $0 + 1 }
    }
    return ICUError(rawValue: status, line: line, offset: offset, preContext: pre, postContext: post)
  }

  private static func contextString(_ raw: UnsafeRawBufferPointer) -> String {
    let units = raw.bindMemory(to: UInt16.self)
    let length = units.firstIndex(of: 0) ?? units.count
    return UTF16Conversion.string(from: UnsafeBufferPointer(rebasing: units[..<length]))
  }
}
