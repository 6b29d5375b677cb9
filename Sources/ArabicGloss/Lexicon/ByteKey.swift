/// A dictionary key compared and hashed by its UTF-8 bytes.
///
/// Swift's `String` hashes and compares by canonical equivalence, which normalizes non-ASCII
/// text on every hash; lookup keys are already normalized by `LookupNormalizer`, so byte
/// equality is the same relation at a fraction of the cost.
struct ByteKey: Hashable, Sendable {
  let string: String

  init(_ string: String) { self.string = string }

  static func == (a: ByteKey, b: ByteKey) -> Bool { a.string.utf8.elementsEqual(b.string.utf8) }

  func hash(into hasher: inout Hasher) {
    var copy = string
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
