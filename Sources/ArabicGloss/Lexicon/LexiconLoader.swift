import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads lexicon files and folders from disk into a `LexiconStore`.
///
/// The loader takes the paths it is given; finding them (flags, environment, install
/// location) is the caller's job.
public struct LexiconLoader: Sendable {
  /// The folder, below a lexicon folder, that holds generated files (CLDR names): loaded as
  /// a layer of its own before the curated files, so curated entries win.
  public static let generatedFolder = "generated"

  private let parser = LexiconParser()

  /// A loader.
  public init() {}

  /// The layers of the shipped lexicon folder `directory` (generated, then curated) followed
  /// by one layer per user path (a file or a folder).
  ///
  /// - Throws: `LexiconError` with every problem found, if any file is malformed.
  public func load(directory: String, userPaths: [String] = []) throws(LexiconError) -> LexiconStore {
    let shipped = try files(in: directory)
    let generatedPrefix = Self.generatedFolder + "/"
    var layers = [
      try parse(shipped.filter { $0.relative.hasPrefix(generatedPrefix) }),
      try parse(shipped.filter { !$0.relative.hasPrefix(generatedPrefix) }),
    ]
    for path in userPaths {
      layers.append(try parse(try files(at: path)))
    }
    return LexiconStore(layers: layers)
  }

  /// The same store as `load(directory:userPaths:)`, through a compiled snapshot kept in
  /// `cacheDirectory`: when every lexicon file has the path, size and modification time it
  /// had when the snapshot was taken, the snapshot is read instead of the files; otherwise
  /// the files are loaded (and checked) and a new snapshot is written. A snapshot that cannot
  /// be read or written is ignored: the cache only ever saves time.
  public func load(directory: String, userPaths: [String] = [], cacheDirectory: String?)
    throws(LexiconError) -> LexiconStore
  {
    guard let cacheDirectory else { return try load(directory: directory, userPaths: userPaths) }
    var all = try files(in: directory)
    for path in userPaths { all += try files(at: path) }
    let fingerprint = Self.fingerprint(all)
    let cacheFile = cacheDirectory + "/lexicons-" + Self.hash(fingerprint) + ".bin"
    if let bytes = FileBytes.read(cacheFile),
      let store = LexiconStore(snapshot: bytes, fingerprint: fingerprint)
    {
      // Marks the snapshot as recently used, so pruning keeps it.
      utimes(cacheFile, nil)
      return store
    }
    let store = try load(directory: directory, userPaths: userPaths)
    Self.writeAtomically(store.snapshot(fingerprint: fingerprint), to: cacheFile, in: cacheDirectory)
    Self.pruneSnapshots(in: cacheDirectory, keeping: Self.keptSnapshots)
    return store
  }

  /// How many snapshots the cache keeps: every edit of a lexicon makes a new one (about 5 MB
  /// for the shipped lexicons), so a lexicographer's cache would otherwise grow without end.
  static let keptSnapshots = 8

  /// Removes all but the `keeping` most recently used snapshots in `folder`.
  static func pruneSnapshots(in folder: String, keeping: Int) {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return }
    let snapshots = names.filter { $0.hasPrefix("lexicons-") && $0.hasSuffix(".bin") }.compactMap { name -> (String, Date)? in
      let path = folder + "/" + name
      guard let date = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return nil }
      return (path, date)
    }
    for (path, _) in snapshots.sorted(by: { $0.1 > $1.1 }).dropFirst(keeping) {
      try? manager.removeItem(atPath: path)
    }
  }

  /// Every file's path and a hash of its contents, and the argloss version.
  static func fingerprint(_ files: [LexiconFile]) -> String {
    var lines = ["argloss \(ArglossVersion.current)"]
    for file in files {
      // The contents, not the size and time: an edit that keeps both still counts.
      let contents = FileBytes.read(file.path).map { hash($0) } ?? "unreadable"
      lines.append("\(URL(fileURLWithPath: file.path).standardizedFileURL.path)\t\(file.display)\t\(contents)")
    }
    return lines.joined(separator: "\n")
  }

  /// A stable 64-bit FNV-1a hash, in hex.
  static func hash(_ text: String) -> String { hash(Array(text.utf8)) }

  /// A stable 64-bit hash of bytes, in hex: FNV-1a taken eight bytes (one little-endian
  /// word) at a time, then byte by byte for the tail, with the length mixed in.
  static func hash(_ bytes: [UInt8]) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    bytes.withUnsafeBytes { raw in
      let words = raw.count / 8
      for i in 0..<words {
        h ^= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
        h = (h &* 0x100_0000_01b3) ^ (h >> 29)
      }
      for b in raw[(words * 8)...] {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01b3
      }
    }
    return String(h, radix: 16)
  }

  private static func writeAtomically(_ bytes: [UInt8], to path: String, in folder: String) {
    let manager = FileManager.default
    try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
    guard manager.createFile(atPath: temporary, contents: Data(bytes)) else { return }
    if rename(temporary, path) != 0 { try? manager.removeItem(atPath: temporary) }
  }

  /// Parses every given file; problems from all files are reported together.
  public func parse(_ files: [LexiconFile]) throws(LexiconError) -> [LexiconEntry] {
    var entries: [LexiconEntry] = []
    var issues: [LexiconIssue] = []
    for file in files {
      let result = check(file)
      entries += result.entries
      issues += result.issues
    }
    if !issues.isEmpty { throw LexiconError(issues: issues) }
    return entries
  }

  /// Parses one file, reporting unreadable or non-UTF-8 files as issues.
  public func check(_ file: LexiconFile) -> LexiconParser.Result {
    guard let bytes = FileBytes.read(file.path) else {
      return .init(entries: [], issues: [LexiconIssue(file: file.display, line: 1, column: 1, message: "cannot read the file")])
    }
    let text: String
    do {
      text = try TextDecoder.decode(bytes)
    } catch {
      let (line, column) = Self.position(ofByte: Self.offset(of: error), in: bytes)
      return .init(entries: [], issues: [LexiconIssue(file: file.display, line: line, column: column, message: "not UTF-8: \(error.message)")])
    }
    return parser.parse(text, file: file.display)
  }

  /// A lexicon file: its path on disk, its path below the folder it was found in, and the
  /// name shown in messages and provenance.
  public struct LexiconFile: Sendable, Equatable {
    /// Path on disk.
    public var path: String
    /// Path relative to the folder searched (the file name for a single file).
    public var relative: String
    /// The name used in messages and provenance.
    public var display: String
  }

  /// The `*.tsv` files below `directory`, in path order.
  /// - Throws: `LexiconError` if the folder cannot be read.
  public func files(in directory: String) throws(LexiconError) -> [LexiconFile] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw LexiconError(issues: [LexiconIssue(file: directory, line: 1, column: 1, message: "not a lexicon folder")])
    }
    let root = URL(fileURLWithPath: directory)
    let base = root.lastPathComponent
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var found: [LexiconFile] = []
    for case let relative as String in enumerator where relative.hasSuffix(".tsv") {
      found.append(
        LexiconFile(
          path: root.appendingPathComponent(relative).path, relative: relative,
          display: base + "/" + relative))
    }
    return found.sorted { $0.relative < $1.relative }
  }

  /// A user path: a single file, or every `*.tsv` file below a folder.
  public func files(at path: String) throws(LexiconError) -> [LexiconFile] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw LexiconError(issues: [LexiconIssue(file: path, line: 1, column: 1, message: "no such lexicon file or folder")])
    }
    if isDirectory.boolValue { return try files(in: path) }
    return [LexiconFile(path: path, relative: (path as NSString).lastPathComponent, display: path)]
  }

  private static func offset(of failure: TextDecoder.Failure) -> Int {
    switch failure {
    case .invalidUTF8(let offset), .windows1256(let offset): offset
    case .utf16: 0
    }
  }

  /// The 1-based line and column (in characters) of a byte offset.
  private static func position(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
    let before = bytes[..<min(offset, bytes.count)]
    let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
    return (line, column)
  }
}
