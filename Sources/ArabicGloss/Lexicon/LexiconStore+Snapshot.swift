/// A compiled snapshot of a loaded store: its entries and indexes in a compact binary form,
/// so a later run with the same lexicon files skips parsing, validation and indexing.
///
/// The format is private to one argloss version: a snapshot from another version, or of
/// other files, is never read (`LexiconLoader` checks a fingerprint of every file's path
/// and a hash of its contents).
extension LexiconStore {
  /// Bumped whenever the layout below or the meaning of an index changes.
  static let snapshotFormat: UInt32 = 4

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
      w.string(e.pos.rawValue)
      w.strings(e.glosses)
      w.string(e.category?.rawValue ?? "")
      w.string(e.gender?.rawValue ?? "")
      w.strings(e.plurals)
      w.strings(e.inflections.map(\.rawValue).sorted())
      w.string(e.imperfect ?? "")
      w.string(e.form?.rawValue ?? "")
      w.strings(e.variants)
      w.string(e.translit ?? "")
      w.string(e.leipzig ?? "")
      w.string(e.role?.rawValue ?? "")
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
      guard let arabic = r.string(), let pos = r.string().flatMap(PartOfSpeech.init(rawValue:)),
        let glosses = r.strings(), let category = r.string(), let gender = r.string(),
        let plurals = r.strings(), let inflections = r.strings(), let imperfect = r.string(),
        let form = r.string(), let variants = r.strings(), let translit = r.string(),
        let leipzig = r.string(), let role = r.string(), let file = r.u32(), let line = r.u32(),
        let layer = r.u32(), Int(file) < fileNames.count
      else { return nil }
      var e = LexiconEntry(
        arabic: arabic, pos: pos, glosses: glosses, category: EntryCategory(rawValue: category),
        source: Provenance(file: fileNames[Int(file)], line: Int(line)))
      e.gender = Gender(rawValue: gender)
      e.plurals = plurals
      e.inflections = Set(inflections.compactMap(InflectionFlag.init(rawValue:)))
      e.imperfect = imperfect.isEmpty ? nil : imperfect
      e.form = VerbForm(rawValue: form)
      e.variants = variants
      e.translit = translit.isEmpty ? nil : translit
      e.leipzig = leipzig.isEmpty ? nil : leipzig
      e.role = MorphemeRole(rawValue: role)
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
