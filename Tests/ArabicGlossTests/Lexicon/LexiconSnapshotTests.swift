import Foundation
import Testing

@testable import ArabicGloss

struct LexiconSnapshotTests {
  func temporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("argloss-snapshot-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func snapshotRoundTripsTheShippedStore() throws {
    let store = ShippedLexicons.store
    let bytes = store.snapshot(fingerprint: "test")
    let copy = try #require(LexiconStore(snapshot: bytes, fingerprint: "test"))
    #expect(copy.entries == store.entries)
    #expect(copy.longestPhrase == store.longestPhrase)
    for word in ["بوتين", "قواعد", "يقاتل", "السعودية", "ال"] {
      #expect(copy.matches(forKey: LookupNormalizer().key(word)) == store.matches(forKey: LookupNormalizer().key(word)))
    }
    #expect(copy.phrases(startingWith: ["رابطة", "الدول", "المستقلة"]).map(\.length) == [3])
    #expect(copy.morphemes(.enclitic).count == store.morphemes(.enclitic).count)
  }

  @Test func snapshotWithAnotherFingerprintOrDamagedIsRefused() {
    let bytes = ShippedLexicons.store.snapshot(fingerprint: "a")
    #expect(LexiconStore(snapshot: bytes, fingerprint: "b") == nil)
    #expect(LexiconStore(snapshot: Array(bytes.dropLast(10)), fingerprint: "a") == nil)
    #expect(LexiconStore(snapshot: [], fingerprint: "a") == nil)
  }

  @Test func cachedLoadEqualsPlainLoadAndFollowsFileChanges() throws {
    let lexicons = try temporaryFolder()
    let cache = try temporaryFolder()
    let file = lexicons + "/words.tsv"
    try "arabic\tpos\tgloss\nكتاب\tNOUN\tbook\n".write(toFile: file, atomically: true, encoding: .utf8)
    let loader = LexiconLoader()
    let first = try loader.load(directory: lexicons, cacheDirectory: cache)
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache).count == 1)
    let second = try loader.load(directory: lexicons, cacheDirectory: cache)
    #expect(second.entries == first.entries)
    try "arabic\tpos\tgloss\nكتاب\tNOUN\tvolume\n".write(toFile: file, atomically: true, encoding: .utf8)
    let changed = try loader.load(directory: lexicons, cacheDirectory: cache)
    #expect(changed.entries.first?.primaryGloss == "volume")
  }

  @Test func anEditKeepingSizeAndTimeIsNotServedStale() throws {
    let lexicons = try temporaryFolder()
    let cache = try temporaryFolder()
    let file = lexicons + "/words.tsv"
    try "arabic\tpos\tgloss\nكتاب\tNOUN\tbook\n".write(toFile: file, atomically: true, encoding: .utf8)
    let time = try #require(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date)
    _ = try LexiconLoader().load(directory: lexicons, cacheDirectory: cache)
    try "arabic\tpos\tgloss\nكتاب\tNOUN\ttome\n".write(toFile: file, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: file)
    let edited = try LexiconLoader().load(directory: lexicons, cacheDirectory: cache)
    #expect(edited.entries.first?.primaryGloss == "tome")
  }

  @Test func brokenLexiconIsRefusedEvenWithACache() throws {
    let lexicons = try temporaryFolder()
    let cache = try temporaryFolder()
    try "arabic\tpos\tgloss\nكتاب\tNOUNS\tbook\n".write(toFile: lexicons + "/bad.tsv", atomically: true, encoding: .utf8)
    #expect(throws: LexiconError.self) { try LexiconLoader().load(directory: lexicons, cacheDirectory: cache) }
  }

  @Test func aNewSnapshotPrunesTheCacheToTheMostRecentlyUsedOnes() throws {
    let lexicons = try temporaryFolder()
    let cache = try temporaryFolder()
    let manager = FileManager.default
    // Old snapshots of earlier lexicon versions, and an unrelated file that stays.
    for i in 0..<12 {
      let path = cache + "/lexicons-old\(i).bin"
      #expect(manager.createFile(atPath: path, contents: Data([1, 2, 3])))
      try manager.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -Double(86_400 * (i + 1)))], ofItemAtPath: path)
    }
    #expect(manager.createFile(atPath: cache + "/notes.txt", contents: Data()))
    try "arabic\tpos\tgloss\nكتاب\tNOUN\tbook\n".write(toFile: lexicons + "/words.tsv", atomically: true, encoding: .utf8)
    _ = try LexiconLoader().load(directory: lexicons, cacheDirectory: cache)
    let left = try manager.contentsOfDirectory(atPath: cache)
    let snapshots = left.filter { $0.hasSuffix(".bin") }
    #expect(snapshots.count == LexiconLoader.keptSnapshots)
    // The newest old ones stay; the oldest go.
    #expect(snapshots.contains("lexicons-old0.bin"))
    #expect(!snapshots.contains("lexicons-old11.bin"))
    #expect(left.contains("notes.txt"))
  }
}
