import ICUKit
import Testing

struct CLDRNamesTests {
  @Test func regionNamesInArabicAndEnglish() throws {
    #expect(try CLDRNames.regionName("EG", in: "ar") == "مصر")
    #expect(try CLDRNames.regionName("EG", in: "en") == "Egypt")
    #expect(try CLDRNames.regionCodes().contains("SY"))
  }

  @Test func languageAndCurrencyNames() throws {
    #expect(try CLDRNames.languageName("ar", in: "en") == "Arabic")
    #expect(try CLDRNames.currencyName("EGP", in: "en") == "Egyptian Pound")
    #expect(try CLDRNames.currencyCodes().contains("USD"))
    #expect(try CLDRNames.languageCodes().contains("fa"))
  }

  @Test func timeZoneExemplarCities() throws {
    #expect(try CLDRNames.exemplarCity(ofTimeZone: "Africa/Cairo", in: "en") == "Cairo")
    #expect(try CLDRNames.exemplarCity(ofTimeZone: "Africa/Cairo", in: "ar") == "القاهرة")
    #expect(try CLDRNames.timeZoneIDs().contains("Asia/Damascus"))
  }
}
