import ICUKit
import Testing

struct TransliteratorTests {
  @Test func builtInArabicLatinRomanizesLetterByLetter() throws {
    let t = try Transliterator(id: "Arabic-Latin")
    #expect(try t.apply("كشف") == "ksẖf")
    #expect(t.id == "Arabic-Latin")
  }

  @Test func reverseDirectionOpensTheInverse() throws {
    let t = try Transliterator(id: "Arabic-Latin", direction: .reverse)
    #expect(try t.apply("ksẖf") == "كشف")
  }

  @Test func unknownIdentifierFailsWithICUName() {
    #expect(throws: ICUError.self) { try Transliterator(id: "Klingon-Latin") }
    do {
      _ = try Transliterator(id: "Klingon-Latin")
    } catch {
      #expect(error.name == "U_INVALID_ID")
    }
  }

  @Test func customRulesCompileAtRunTime() throws {
    let rules = """
      # a tiny scheme
      ال > 'al-' ;
      ك > k ;
      ت > t ;
      ا > ā ;
      ب > b ;
      """
    let t = try Transliterator(rules: rules)
    #expect(try t.apply("الكتاب") == "al-ktāb")
  }

  @Test func badRulesReportTheirLine() {
    let rules = "a > b ;\nc > d ;\nx > ( ;\n"
    do {
      _ = try Transliterator(rules: rules)
      Issue.record("bad rules compiled")
    } catch {
      #expect(error.rawValue > 0)
      #expect(error.line == 3)
    }
  }

  @Test func maskedRulesReportTheMaskingRule() {
    let rules = "ا > a ;\nال > al ;\n"
    do {
      _ = try Transliterator(rules: rules)
      Issue.record("masked rules compiled")
    } catch {
      #expect(error.name == "U_RULE_MASK_ERROR")
      #expect(error.line == 1)
    }
  }

  @Test func outputLongerThanTheFirstBufferIsRetried() throws {
    let t = try Transliterator(rules: "a > '0123456789' ;")
    let expected = String(repeating: "0123456789", count: 50)
    #expect(try t.apply(String(repeating: "a", count: 50)) == expected)
  }

  @Test func cloneTransformsIndependently() throws {
    let t = try Transliterator(id: "Latin-ASCII")
    let copy = try t.clone()
    #expect(try copy.apply("ḥāḍir") == "hadir")
    #expect(try t.apply("ḥāḍir") == "hadir")
  }

  @Test func availableIDsIncludeArabicLatin() throws {
    let ids = try Transliterator.availableIDs()
    #expect(ids.contains("Arabic-Latin"))
    #expect(ids.count > 100)
  }

  @Test func sharedInstanceIsSafeFromManyTasks() async throws {
    let t = try Transliterator(id: "Arabic-Latin")
    let results = await withTaskGroup(of: String?.self) { group in
      for _ in 0..<8 {
        group.addTask { (0..<50).map { _ in try? t.apply("كشف") }.last ?? nil }
      }
      var all: [String?] = []
      for await r in group { all.append(r) }
      return all
    }
    #expect(results.allSatisfy { $0 == "ksẖf" })
  }
}
