import ArabicGloss
import Foundation
import Testing

/// The user's BAMA lexicon, read from a made-up fixture in its file format.
struct BAMALexiconTests {
  static let fixture = RepositoryFiles.root.appendingPathComponent("Tests/ArabicGlossTests/Fixtures/bama").path

  static func analyzer(_ directory: String = fixture) throws -> BAMAAnalyzer {
    let codec = try BuckwalterCodec(rules: ShippedLexicons.scheme("buckwalter").rules)
    return BAMAAnalyzer(lexicon: try BAMALexicon(directory: directory), codec: codec)
  }

  func word(_ text: String) throws -> GlossedToken {
    let glosser = try Glosser(store: ShippedLexicons.store, bama: Self.analyzer(), romanizer: Romanizer(scheme: ShippedLexicons.scheme("ala-lc")))
    return try #require(glosser.gloss(text).first?.tokens.first)
  }

  @Test func readsTheSixLatin1FilesWithLemmaGroupsAndComments() throws {
    let lexicon = try BAMALexicon(directory: Self.fixture)
    #expect(lexicon.stemCount == 4)
  }

  @Test func aWordOnlyTheBAMALexiconKnowsIsGlossedAndMarkedAsSuch() throws {
    let t = try word("والزرقفات")
    #expect(t.status == .bama)
    #expect(t.gloss == "and the gizmos (contraptions)")
    #expect(t.morphemes.map(\.role) == [.proclitic, .article, .stem, .suffix])
    #expect(t.analysis?.entry.source.description.hasSuffix("Fixtures/bama/dictStems:4") == true)
    #expect(t.translit == "wa-al-zarqafāt")
  }

  @Test func pronounSuffixesAndVerbPrefixesGiveTheirFeatures() throws {
    #expect(try word("زرقفهم").gloss == "their gizmo (contraption)")
    let verb = try word("يطربق")
    #expect(verb.gloss == "tinkers")
    #expect(verb.leipzig == "3SG.M-tinker.IPFV")
    #expect(try word("وطربق").gloss == "and tinkered")
  }

  @Test func theShippedLexiconsWinWhereTheyKnowTheWord() throws {
    let t = try word("كتاب")
    #expect(t.status == .known)
    #expect(t.gloss == "book")
  }

  @Test func onlyCategoriesTheTablesPairAreCombined() throws {
    // The fixture's tables pair the verb prefix ي with verb stems only.
    #expect(try word("يزرقف").status == .unknown)
  }

  @Test func aMissingFileOrAMalformedLineIsReportedWithItsPathAndLine() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("argloss-bama-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for name in BAMALexicon.fileNames where name != "tableBC" {
      try FileManager.default.copyItem(atPath: Self.fixture + "/" + name, toPath: dir.path + "/" + name)
    }
    #expect {
      try BAMALexicon(directory: dir.path)
    } throws: { error in
      let failure = error as? BAMALexicon.Failure
      return failure?.path.hasSuffix("/tableBC") == true && failure?.line == nil
    }
    try Data("Fx-N Suff-0\nFx-N\n".utf8).write(to: dir.appendingPathComponent("tableBC"))
    #expect {
      try BAMALexicon(directory: dir.path)
    } throws: { error in
      (error as? BAMALexicon.Failure)?.description.hasSuffix("/tableBC:2: expected two categories, found 1 fields") == true
    }
  }

  @Test func theCodecRoundTripsEveryLetterOfTheScheme() throws {
    let codec = try BuckwalterCodec(rules: ShippedLexicons.scheme("buckwalter").rules)
    #expect(codec.latin("والزرقفات") == "wAlzrqfAt")
    #expect(codec.latin("سُئِلَ") == "su}ila")
    #expect(codec.arabic(codec.latin("إِنَّ الأُمَمَ")) == "إِنَّ الأُمَمَ")
  }
}
