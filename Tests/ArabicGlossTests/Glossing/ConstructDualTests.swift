import ArabicGloss
import Testing

/// A dual before the noun it governs drops its ن (طرفي النزاع): read where a genitive follows.
struct ConstructDualTests {
  func words(_ text: String) throws -> [GlossedToken] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }
  }

  @Test func aDualConstructBeforeADefiniteNounOrAName() throws {
    let sides = try words("بين طرفي النزاع")
    #expect(sides[1].gloss == "two parties (two sides)")
    #expect(sides[1].leipzig == "party-DU.CSTR")
    #expect(try words("ثلثي الأعضاء").first?.gloss == "two thirds")
    #expect(try words("شركتي جنرال موتورز").first?.leipzig == "company-F.DU.CSTR")
    // Also before a number: بين عامي 1520 و1566 "between the years 1520 and 1566".
    #expect(try words("بين عامي 1520")[1].gloss == "two years")
  }

  @Test func theNominativeConstructOfANounInTaMarbuta() throws {
    #expect(try words("شركتا الاتصالات").first?.leipzig == "company-F.DU.CSTR")
    #expect(try words("كوتا").first?.gloss == "quota")
  }

  @Test func aNumeralGovernsTheNounItCounts() throws {
    #expect(try words("قبل ألفي عام")[1].gloss == "two thousand")
    #expect(try words("ألفين").first?.gloss == "two thousand")
  }

  @Test func aloneOrBeforeAnAdjectiveItStaysMy() throws {
    #expect(try words("يدي").first?.gloss == "my hand")
    #expect(try words("صديقتي مريم").first?.gloss == "my friend")
    #expect(try words("كتابي الجديد").last?.gloss == "new")
  }

  @Test func aNisbaAfterItsNounOrWithASenseBeforeAGenitiveStays() throws {
    #expect(try words("جنوبي حلب").first?.gloss == "southern (south of)")
    #expect(try words("راتب شهري الموظف")[1].gloss == "monthly")
  }
}
