import CICUShims

/// Conversions between Swift strings and the UTF-16 buffers ICU works on.
///
/// ICU output comes back through UTF-8 (`u_strToUTF8WithSub`): on Linux that is about 20 times
/// faster than `String(decoding:as: UTF16.self)`.
enum UTF16Conversion {
  /// The string's UTF-16 code units.
  static func units(of string: String) -> [UInt16] { Array(string.utf16) }

  /// A string from UTF-16 code units; unpaired surrogates become U+FFFD.
  static func string(from units: UnsafeBufferPointer<UInt16>) -> String {
    guard let base = units.baseAddress, !units.isEmpty else { return "" }
    let capacity = units.count * 3
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var status: Int32 = 0
      let length = buffer.withMemoryRebound(to: CChar.self) { chars in
        cicu_utf16_to_utf8(base, Int32(units.count), chars.baseAddress, Int32(capacity), &status)
      }
      return status > 0 ? 0 : Int(length)
    }
  }

  /// A string from an array of UTF-16 code units.
  static func string(from units: [UInt16]) -> String {
    units.withUnsafeBufferPointer { string(from: $0) }
  }

  /// Runs an ICU "preflight" call: tries `guess` units, and on overflow retries with the size
  /// ICU asked for. `call` gets the destination and its capacity and returns the needed length.
  static func filling(
    guess: Int,
    _ call: (UnsafeMutablePointer<UInt16>?, Int32, inout Int32) -> Int32
  ) throws(ICUError) -> [UInt16] {
    var capacity = max(guess, 1)
    for _ in 0..<2 {
      var status: Int32 = 0
      var result = [UInt16](repeating: 0, count: capacity)
      let needed = result.withUnsafeMutableBufferPointer { call($0.baseAddress, Int32(capacity), &status) }
      if status == Int32(CICU_BUFFER_OVERFLOW_ERROR) {
        capacity = Int(needed)
        continue
      }
      try ICUError.check(status)
      result.removeSubrange(Int(needed)...)
      return result
    }
    throw ICUError(rawValue: Int32(CICU_BUFFER_OVERFLOW_ERROR))
  }

  /// The same preflight pattern for calls that write bytes (C strings joined by newlines).
  static func fillingBytes(
    guess: Int,
    _ call: (UnsafeMutablePointer<CChar>?, Int32, inout Int32) -> Int32
  ) throws(ICUError) -> String {
    var capacity = max(guess, 1)
    for _ in 0..<2 {
      var status: Int32 = 0
      var bytes = [CChar](repeating: 0, count: capacity)
      let needed = bytes.withUnsafeMutableBufferPointer { call($0.baseAddress, Int32(capacity), &status) }
      if needed > capacity || status == Int32(CICU_BUFFER_OVERFLOW_ERROR) {
        capacity = Int(needed)
        continue
      }
      try ICUError.check(status)
      return String(decoding: bytes[..<Int(needed)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    throw ICUError(rawValue: Int32(CICU_BUFFER_OVERFLOW_ERROR))
  }
}
