/// A compiled snapshot of a loaded store: its entries and indexes in a compact binary form,
/// so a later run with the same lexicon files skips parsing, validation and indexing.
///
/// The format is private to one argloss version: a snapshot from another version, or of
/// other files, is never read (`LexiconLoader` checks a fingerprint of every file's path
/// and a hash of its contents).
extension LexiconStore {
  /// Bumped whenever the layout below or the meaning of an index changes.
  static let snapshotFormat: UInt32 = 6

  /// The store as bytes, headed by `fingerprint`.
  func snapshot(fingerprint: String) -> [UInt8] {
    var w = SnapshotWriter()
    w.bytes(Array("ARGLOSS-LEXICON".utf8))
    w.u32(Self.snapshotFormat)
    w.string(fingerprint)
    w.u32(UInt32(longestPhrase))
    var files: [String: UInt32] = [:]
    var fileNames: [String] = []
    for entry in entries where files[entry.source.file] == nil {
      files[entry.source.file] = UInt32(fileNames.count)
      fileNames.append(entry.source.file)
    }
    w.strings(fileNames)
    w.u32(UInt32(entries.count))
    for e in entries {
      w.string(e.arabic)
      w.u8(Self.code(e.pos))
      w.strings(e.glosses)
      w.u8(Self.code(e.category))
      w.u8(Self.code(e.gender))
      w.strings(e.plurals)
      w.u32(InflectionFlag.allCases.enumerated().reduce(0) { e.inflections.contains($1.element) ? $0 | 1 << $1.offset : $0 })
      w.string(e.imperfect ?? "")
      w.u8(Self.code(e.form))
      w.strings(e.variants)
      w.string(e.translit ?? "")
      w.string(e.leipzig ?? "")
      w.u8(Self.code(e.role))
      w.u32(files[e.source.file] ?? 0)
      w.u32(UInt32(e.source.line))
      w.u32(UInt32(e.layer))
    }
    w.u32(UInt32(stems.count))
    for (key, matches) in stems {
      w.string(key.string)
      w.u32(UInt32(matches.count))
      for m in matches {
        w.u32(UInt32(m.entry))
        w.u32(Self.code(m.kind))
      }
    }
    w.u32(UInt32(phrases.count))
    for (key, list) in phrases {
      w.string(key.string)
      w.ints(list)
    }
    w.u32(UInt32(phraseForms.count))
    for (index, forms) in phraseForms {
      w.u32(UInt32(index))
      w.u32(UInt32(forms.count))
      for words in forms { w.strings(words) }
    }
    w.u32(UInt32(morphemes.count))
    for (role, table) in morphemes {
      w.string(role.rawValue)
      w.u32(UInt32(table.count))
      for (key, list) in table {
        w.string(key.string)
        w.ints(list)
      }
    }
    return w.buffer
  }

  /// The store in `bytes`, or nil unless they are a snapshot of this format taken with
  /// exactly `fingerprint` (and intact).
  init?(snapshot bytes: [UInt8], fingerprint: String) {
    var r = SnapshotReader(bytes)
    guard r.bytes(15) == Array("ARGLOSS-LEXICON".utf8), r.u32() == Self.snapshotFormat,
      r.string() == fingerprint, let longest = r.u32()
    else { return nil }
    self.init()
    longestPhrase = Int(longest)
    guard let fileNames = r.strings(), let count = r.u32() else { return nil }
    entries.reserveCapacity(Int(count))
    for _ in 0..<count {
      guard let arabic = r.string(), let pos = r.u8().flatMap({ Self.value($0, of: PartOfSpeech.self) }),
        let glosses = r.strings(), let category = r.u8(), let gender = r.u8(),
        let plurals = r.strings(), let inflections = r.u32(), let imperfect = r.string(),
        let form = r.u8(), let variants = r.strings(), let translit = r.string(),
        let leipzig = r.string(), let role = r.u8(), let file = r.u32(), let line = r.u32(),
        let layer = r.u32(), Int(file) < fileNames.count
      else { return nil }
      var e = LexiconEntry(
        arabic: arabic, pos: pos, glosses: glosses, category: Self.value(category, of: EntryCategory.self),
        source: Provenance(file: fileNames[Int(file)], line: Int(line)))
      e.gender = Self.value(gender, of: Gender.self)
      e.plurals = plurals
      if inflections != 0 {
        e.inflections = Set(InflectionFlag.allCases.enumerated().filter { inflections & 1 << $0.offset != 0 }.map(\.element))
      }
      e.imperfect = imperfect.isEmpty ? nil : imperfect
      e.form = Self.value(form, of: VerbForm.self)
      e.variants = variants
      e.translit = translit.isEmpty ? nil : translit
      e.leipzig = leipzig.isEmpty ? nil : leipzig
      e.role = Self.value(role, of: MorphemeRole.self)
      e.layer = Int(layer)
      entries.append(e)
    }
    guard let stemCount = r.u32() else { return nil }
    stems.reserveCapacity(Int(stemCount))
    for _ in 0..<stemCount {
      guard let key = r.string(), let n = r.u32() else { return nil }
      var matches: [Match] = []
      for _ in 0..<n {
        guard let entry = r.u32(), let kind = r.u32().flatMap(Self.kind) else { return nil }
        matches.append(Match(entry: Int(entry), kind: kind))
      }
      stems[ByteKey(key)] = matches
    }
    guard let phraseCount = r.u32() else { return nil }
    for _ in 0..<phraseCount {
      guard let key = r.string(), let list = r.ints() else { return nil }
      phrases[ByteKey(key)] = list
    }
    guard let formCount = r.u32() else { return nil }
    for _ in 0..<formCount {
      guard let index = r.u32(), let n = r.u32() else { return nil }
      var forms: [[String]] = []
      for _ in 0..<n {
        guard let words = r.strings() else { return nil }
        forms.append(words)
      }
      phraseForms[Int(index)] = forms
    }
    guard let roleCount = r.u32() else { return nil }
    for _ in 0..<roleCount {
      guard let role = r.string().flatMap(MorphemeRole.init(rawValue:)), let n = r.u32() else { return nil }
      var table: [ByteKey: [Int]] = [:]
      for _ in 0..<n {
        guard let key = r.string(), let list = r.ints() else { return nil }
        table[ByteKey(key)] = list
      }
      morphemes[role] = table
    }
    guard r.isAtEnd else { return nil }
  }

  /// An enum case as one byte: its position among the cases, plus one; 0 is nil.
  private static func code<E: CaseIterable & Equatable>(_ value: E?) -> UInt8 {
    guard let value, let index = E.allCases.firstIndex(of: value) else { return 0 }
    return UInt8(E.allCases.distance(from: E.allCases.startIndex, to: index) + 1)
  }

  /// The case `code` stands for (nil for 0 or a code past the last case).
  private static func value<E: CaseIterable>(_ code: UInt8, of _: E.Type) -> E? {
    guard code > 0, Int(code) <= E.allCases.count else { return nil }
    return E.allCases[E.allCases.index(E.allCases.startIndex, offsetBy: Int(code) - 1)]
  }

  private static func code(_ kind: StemKind) -> UInt32 {
    switch kind {
    case .lemma: 0
    case .variant: 1
    case .plural: 2
    case .imperfect: 3
    }
  }

  private static func kind(_ code: UInt32) -> StemKind? {
    [StemKind.lemma, .variant, .plural, .imperfect].dropFirst(Int(code)).first
  }
}

/// Appends little-endian integers and length-prefixed UTF-8 strings.
struct SnapshotWriter {
  var buffer: [UInt8] = []

  mutating func bytes(_ b: [UInt8]) { buffer += b }

  mutating func u32(_ v: UInt32) {
    withUnsafeBytes(of: v.littleEndian) { buffer.append(contentsOf: $0) }
  }

  mutating func u8(_ v: UInt8) { buffer.append(v) }

  mutating func string(_ s: String) {
    u32(UInt32(s.utf8.count))
    buffer.append(contentsOf: s.utf8)
  }

  mutating func strings(_ list: [String]) {
    u32(UInt32(list.count))
    for s in list { string(s) }
  }

  mutating func ints(_ list: [Int]) {
    u32(UInt32(list.count))
    for v in list { u32(UInt32(v)) }
  }
}

/// Reads what `SnapshotWriter` wrote; every read returns nil past the end.
struct SnapshotReader {
  private let buffer: [UInt8]
  private var offset = 0

  init(_ buffer: [UInt8]) { self.buffer = buffer }

  var isAtEnd: Bool { offset == buffer.count }

  mutating func bytes(_ n: Int) -> [UInt8]? {
    guard n >= 0, offset + n <= buffer.count else { return nil }
    defer { offset += n }
    return Array(buffer[offset..<(offset + n)])
  }

  mutating func u8() -> UInt8? {
    guard offset < buffer.count else { return nil }
    defer { offset += 1 }
    return buffer[offset]
  }

  mutating func u32() -> UInt32? {
    guard offset + 4 <= buffer.count else { return nil }
    defer { offset += 4 }
    return UInt32(buffer[offset]) | UInt32(buffer[offset + 1]) << 8 | UInt32(buffer[offset + 2]) << 16
      | UInt32(buffer[offset + 3]) << 24
  }

  mutating func string() -> String? {
    guard let n = u32().map(Int.init), offset + n <= buffer.count else { return nil }
    defer { offset += n }
    return String(decoding: buffer[offset..<(offset + n)], as: UTF8.self)
  }

  mutating func strings() -> [String]? {
    guard let n = u32() else { return nil }
    var list: [String] = []
    list.reserveCapacity(Int(n))
    for _ in 0..<n {
      guard let s = string() else { return nil }
      list.append(s)
    }
    return list
  }

  mutating func ints() -> [Int]? {
    guard let n = u32() else { return nil }
    var list: [Int] = []
    list.reserveCapacity(Int(n))
    for _ in 0..<n {
      guard let v = u32() else { return nil }
      list.append(Int(v))
    }
    return list
  }
}
