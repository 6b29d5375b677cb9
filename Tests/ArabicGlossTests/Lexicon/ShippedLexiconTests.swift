import ArabicGloss
import Testing

struct ShippedLexiconTests {
  @Test func shippedLexiconsHaveNoProblems() throws {
    let loader = LexiconLoader()
    let files = try loader.files(in: RepositoryFiles.root.appendingPathComponent("lexicons").path)
    #expect(files.count >= 10)
    let issues = files.flatMap { loader.check($0).issues }
    #expect(issues.isEmpty, "\(issues.prefix(10))")
  }

  @Test func sizesMeetTheIssueFloors() {
    let stats = LexiconStatistics(of: ShippedLexicons.store)
    #expect(stats.entities >= 2000)
    #expect(stats.terms >= 1500)
    for kind in ["proclitic", "article", "enclitic", "prefix", "suffix", "ADP", "CCONJ", "SCONJ",
      "PART", "PRON", "DEM", "REL", "NEG", "Q", "NUM"]
    {
      #expect((stats.grammar[kind] ?? 0) > 0, "grammar class \(kind) missing")
    }
  }

  /// Every named entity of the sample article, as it is written there.
  @Test(arguments: [
    ("بوتين", "Putin"), ("روسيا", "Russia"), ("مصر", "Egypt"), ("السعودية", "Saudi Arabia"),
    ("الإمارات", "UAE"), ("الأردن", "Jordan"), ("إسرائيل", "Israel"), ("سوريا", "Syria"),
    ("كازاخستان", "Kazakhstan"), ("موسكو", "Moscow"), ("بغداد", "Baghdad"), ("إيران", "Iran"),
    ("العراق", "Iraq"), ("تركيا", "Turkey"), ("حلب", "Aleppo"), ("داعش", "ISIS"),
    ("الروسى", "Russian"), ("السوري", "Syrian"), ("التركى", "Turkish"),
  ])
  func sampleEntitiesAreFound(word: String, english: String) throws {
    let glosser = try ShippedLexicons.glosser()
    #expect(glosser.analyses(of: word).first.map { $0.entry.primaryGloss } == english)
  }

  @Test(arguments: [
    ("فلاديمير بوتين", "Vladimir Putin"), ("رابطة الدول المستقلة", "Commonwealth of Independent States"),
    ("الولايات المتحدة", "United States"), ("الإمارات العربية المتحدة", "United Arab Emirates"),
    ("سلاح الجو", "air force"), ("حزب الله", "Hezbollah"), ("بحر قزوين", "Caspian Sea"),
    ("البحر المتوسط", "Mediterranean Sea"), ("وزارة الدفاع", "Ministry of Defense"),
    ("أن تى في", "NTV"), ("وكالة انباء الاناضول", "Anadolu Agency"),
  ])
  func sampleMultiWordEntitiesAreFound(phrase: String, english: String) throws {
    let glosser = try ShippedLexicons.glosser()
    #expect(glosser.phraseAnalyses(of: phrase).first?.entry.primaryGloss == english)
  }

  @Test func curatedEntriesOverrideGeneratedCLDRNames() {
    let saudi = ShippedLexicons.store.entries(for: "السعودية")
    #expect(saudi.first?.source.file.contains("generated") == false)
  }
}
