import ArabicGloss
import Testing

struct LexiconParserTests {
  @Test func parsesEveryColumn() throws {
    let result = TinyLexicon.parse("""
      # comment
      arabic\tpos\tgloss\tcategory\tgender\tplural\tinflect\timperfect\tform\tvariants\ttranslit\tleipzig\trole

      قاعِدَة\tNOUN\tbase; rule\tmilitary\tf\tقَواعِد\t\t\t\t\t\t\t
      قاتَلَ\tVERB\tfight\tmilitary\t\t\t\tيُقاتِل\tIII
      إِسْرائِيل\tPROPN\tIsrael\tplace\tf\t\t\t\t\tاسرائيل\tIsrāʼīl
      رُوسِيّ\tADJ\tRussian\tnationality\tm\t\tnisba
      هُمْ\tPRON\ttheir; them\tgrammar\t\t\t\t\t\t\t\t3PL.M\tenclitic
      """)
    #expect(result.issues.isEmpty)
    #expect(result.entries.count == 5)
    let base = result.entries[0]
    #expect(base.glosses == ["base", "rule"])
    #expect(base.category == .military && base.gender == .feminine && base.plurals == ["قَواعِد"])
    #expect(base.source == Provenance(file: "tiny.tsv", line: 4))
    #expect(result.entries[1].imperfect == "يُقاتِل" && result.entries[1].form == .III)
    #expect(result.entries[2].variants == ["اسرائيل"] && result.entries[2].translit == "Isrāʼīl")
    #expect(result.entries[3].inflections == [.nisba])
    #expect(result.entries[4].role == .enclitic && result.entries[4].leipzig == "3PL.M")
  }

  @Test func multiWordEntriesKeepTheirEnglishNameWhole() throws {
    let entries = TinyLexicon.entries("arabic\tpos\tgloss\tcategory\nرابِطَة الدُّوَل المُسْتَقِلَّة\tPROPN\tCommonwealth of Independent States\torganization\n")
    #expect(entries[0].isMultiword && entries[0].words.count == 3)
    #expect(entries[0].primaryGloss == "Commonwealth of Independent States")
  }

  /// One row per kind of problem: the line, its `file:line:column: message`.
  @Test(arguments: [
    ("arabic\tpos\tgloss\tcolour\nكتب\tNOUN\tbooks\tred\n", "tiny.tsv:1:18: unknown column 'colour'"),
    ("arabic\tgloss\nكتب\tbooks\n", "tiny.tsv:1:1: missing column 'pos'"),
    ("arabic\tpos\tgloss\nكتب\tNOUN\tbooks\textra\n", "tiny.tsv:2:16: expected at most 3 tab-separated fields"),
    ("arabic\tpos\tgloss\nكتب\tNOUN\t\n", "tiny.tsv:2:10: empty gloss"),
    ("arabic\tpos\tgloss\nكتاب\tNOUN\tbook;;volume\n", "tiny.tsv:2:11: empty sense"),
    ("arabic\tpos\tgloss\nكتابx\tNOUN\tbook\n", "tiny.tsv:2:5: non-Arabic character 'x'"),
    ("arabic\tpos\tgloss\nكتاب\tNOUNS\tbook\n", "tiny.tsv:2:6: unknown part of speech 'NOUNS'"),
    ("arabic\tpos\tgloss\tcategory\nكتاب\tNOUN\tbook\tbooks\n", "tiny.tsv:2:16: unknown category 'books'"),
    ("arabic\tpos\tgloss\nكتاب\tNOUN\tbook\nكتاب\tNOUN\tvolume\n", "tiny.tsv:3:1: conflicting glosses"),
    ("arabic\tpos\tgloss\nكتاب\tNOUN\tbook\nكتاب\tNOUN\tbook\n", "tiny.tsv:3:1: duplicate entry"),
    ("arabic\tpos\tgloss\n\u{064E}كتب\tNOUN\tbooks\n", "tiny.tsv:2:1: misplaced diacritic U+064E"),
    ("arabic\tpos\tgloss\nكَُتب\tNOUN\tbooks\n", "tiny.tsv:2:1: misplaced diacritic U+064F"),
    ("arabic\tpos\tgloss\nرابطة  الدول\tPROPN\tLeague\n", "tiny.tsv:2:7: malformed multi-word entry"),
    ("arabic\tpos\tgloss\n كتاب\tNOUN\tbook\n", "tiny.tsv:2:1: leading or trailing space"),
    ("arabic\tpos\tgloss\nكتاب\tNOUN\tكتاب\n", "tiny.tsv:2:11: Arabic letters in the English gloss"),
    ("arabic\tpos\tgloss\nكتب\tVERB\twrite\n", "tiny.tsv:2:1: verb without an imperfect stem"),
    ("arabic\tpos\tgloss\tplural\nكتاب\tNOUN\tbook\tكتاب\n", "tiny.tsv:2:16: plural identical to the singular"),
    ("arabic\tpos\tgloss\tform\nكتاب\tNOUN\tbook\tXI\n", "tiny.tsv:2:16: unknown verb form 'XI'"),
    (
      "arabic\tpos\tgloss\tinflect\nالجيش الملكي\tPROPN\tAS FAR\tcontext\n",
      "tiny.tsv:2:27: 'context' has no effect on a multi-word entry"
    ),
    ("# only a comment\n", "tiny.tsv:1:1: no header line"),
  ])
  func reportsEachProblemWithItsPlace(text: String, expected: String) {
    let issues = TinyLexicon.parse(text).issues.map(\.description)
    #expect(issues.contains { $0.hasPrefix(expected) }, "\(issues)")
  }

  @Test func homographsWithDifferentVowelsAreNotDuplicates() {
    let result = TinyLexicon.parse("arabic\tpos\tgloss\nعَلَم\tNOUN\tflag\nعِلْم\tNOUN\tscience\n")
    #expect(result.issues.isEmpty)
  }

  @Test func crlfLinesParse() {
    let result = TinyLexicon.parse("arabic\tpos\tgloss\r\nكتاب\tNOUN\tbook\r\n")
    #expect(result.issues.isEmpty && result.entries.first?.primaryGloss == "book")
  }
}
