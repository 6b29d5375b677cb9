import ArabicGloss
import Foundation
import Testing

/// Every renderer on a short fixture (two sentences in the sample's style, one vocalized),
/// glossed with a fixed tiny lexicon so the golden files change only when rendering does.
struct RendererSnapshotTests {
  static let lexicon = """
    arabic\tpos\tgloss\tcategory\tgender\tplural\tinflect\timperfect\tform\trole\tleipzig
    وَ\tCCONJ\tand\tgrammar\t\t\t\t\t\tproclitic\tand
    ال\tDET\tthe\tgrammar\t\t\t\t\t\tarticle\tDEF
    قالَ\tVERB\tsay\tgeneral\t\t\t\tيَقُول\tI
    كَتَبَ\tVERB\twrite\tgeneral\t\t\t\tيَكْتُب\tI
    قاتَلَ\tVERB\tfight\tmilitary\t\t\t\tيُقاتِل\tIII
    رَئِيس\tNOUN\tpresident; head\tpolitical\tm\tرُؤَساء
    رُوسِيّ\tADJ\tRussian\tnationality\tm\t\tnisba
    فلاديمير بُوتِين\tPROPN\tVladimir Putin\tperson\tm
    إِنَّ\tPART\tthat; indeed\tgrammar
    قُوَّة\tNOUN\tforce\tmilitary\tf
    داعش\tPROPN\tISIS\torganization\tm
    فِي\tADP\tin\tgrammar
    سُورِيا\tPROPN\tSyria\tplace\tf
    الأَمِين العامّ\tNOUN\tsecretary-general\tpolitical\tm
    رِسالَة\tNOUN\tletter; message\tgeneral\tf\tرَسائِل
    إِلَى\tADP\tto\tgrammar
    حُكُومَة\tNOUN\tgovernment\tpolitical\tf
    """

  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/short.txt")

  let sentences: [GlossedSentence]

  init() throws {
    let glosser = try Glosser(
      store: LexiconStore(entries: TinyLexicon.entries(Self.lexicon)),
      romanizer: Romanizer(scheme: ShippedLexicons.scheme("ala-lc")))
    sentences = try glosser.gloss(String(contentsOf: Self.fixture, encoding: .utf8))
  }

  @Test func terminalText() {
    var renderer = InterlinearTextRenderer()
    renderer.width = 90
    Snapshot.expect(renderer.render(sentences), matches: "short.txt")
  }

  @Test func terminalTextLeftToRightWithColour() {
    var renderer = InterlinearTextRenderer()
    renderer.width = 90
    renderer.direction = .ltr
    renderer.color = true
    Snapshot.expect(renderer.render(sentences), matches: "short-ltr-color.txt")
  }

  @Test func markdown() { Snapshot.expect(GlossMarkdownRenderer().render(sentences), matches: "short.md") }

  @Test func tsv() {
    let renderer = GlossTSVRenderer()
    Snapshot.expect(renderer.header + renderer.render(sentences), matches: "short.tsv")
  }

  @Test func jsonLines() { Snapshot.expect(GlossJSONLinesRenderer().render(sentences), matches: "short.jsonl") }

  @Test func json() {
    Snapshot.expect(GlossJSONRenderer().render(sentences, source: "short.txt").pretty + "\n", matches: "short.json")
  }

  @Test func html() { Snapshot.expect(GlossHTMLRenderer().render(sentences, title: "short.txt"), matches: "short.html") }

  @Test func latexStandalone() {
    var renderer = GlossLaTeXRenderer()
    renderer.standalone = true
    Snapshot.expect(renderer.render(sentences, title: "short.txt"), matches: "short.tex")
  }

  @Test func cldf() {
    let files = GlossCLDFRenderer().render(sentences, source: "short.txt")
    for file in files { Snapshot.expect(file.content, matches: "short-cldf-" + file.name) }
  }

  @Test func columnsStayAlignedWhenWordsCarryDiacritics() {
    var renderer = InterlinearTextRenderer()
    renderer.width = 200
    renderer.direction = .ltr
    renderer.draft = false
    let lines = renderer.lines(InterlinearUnit.units(of: sentences[1]))
    // The vocalized word وكَتَبَ takes as many cells as its romanization column: the next
    // column starts at the same cell on every line.
    let starts = lines.map { line -> Int in
      let columns = line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      return DisplayWidth.of(line.prefix(upTo: line.range(of: columns[1])!.lowerBound))
    }
    #expect(Set(starts).count == 1, "\(starts) \(lines)")
    #expect(DisplayWidth.of("كَتَبَ") == 3)
  }

  @Test func draftPutsTheSubjectBeforeTheVerbAndTheAdjectiveBeforeItsNoun() {
    let draft = DraftTranslation.of(InterlinearUnit.units(of: sentences[0]))
    #expect(draft.hasPrefix("The Russian president Vladimir Putin said"), "\(draft)")
  }

  @Test func visualBidiReordersAndShapesEachWord() {
    var renderer = InterlinearTextRenderer()
    renderer.width = 200
    renderer.bidi = .visual
    renderer.direction = .rtl
    let arabicRow = renderer.lines(InterlinearUnit.units(of: sentences[0]))[0]
    // قال, shaped and reversed, stands at the right end: the first word read first.
    #expect(arabicRow.hasSuffix("\u{FEDD}\u{FE8E}\u{FED7}"), "\(arabicRow.unicodeScalars.suffix(4).map { String($0.value, radix: 16) })")
    #expect(!arabicRow.unicodeScalars.contains { (0x0621...0x064A).contains($0.value) })
  }
}
