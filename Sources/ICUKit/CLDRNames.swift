import CICUShims

/// Localized names from the CLDR data in the system ICU: regions, languages, currencies and
/// time-zone exemplar cities.
public enum CLDRNames {
  /// ISO 3166 region codes known to ICU (`uloc_getISOCountries`).
  public static func regionCodes() throws(ICUError) -> [String] {
    try UTF16Conversion.fillingBytes(guess: 4096) { dest, capacity, _ in
      cicu_region_codes(dest, capacity)
    }.split(separator: "\n").map(String.init)
  }

  /// ISO 639 language codes known to ICU (`uloc_getISOLanguages`).
  public static func languageCodes() throws(ICUError) -> [String] {
    try UTF16Conversion.fillingBytes(guess: 8192) { dest, capacity, _ in
      cicu_language_codes(dest, capacity)
    }.split(separator: "\n").map(String.init)
  }

  /// Current ISO 4217 currency codes (`ucurr_openISOCurrencies`).
  public static func currencyCodes() throws(ICUError) -> [String] {
    try UTF16Conversion.fillingBytes(guess: 4096) { dest, capacity, status in
      cicu_currency_codes(dest, capacity, &status)
    }.split(separator: "\n").map(String.init)
  }

  /// Canonical time-zone IDs with a location (`ucal_openTimeZoneIDEnumeration`).
  public static func timeZoneIDs() throws(ICUError) -> [String] {
    try UTF16Conversion.fillingBytes(guess: 16_384) { dest, capacity, status in
      cicu_time_zone_ids(dest, capacity, &status)
    }.split(separator: "\n").map(String.init)
  }

  /// A region's name in `locale` (`uloc_getDisplayCountry`), e.g. `EG` in `ar` → مصر.
  public static func regionName(_ code: String, in locale: String) throws(ICUError) -> String {
    try name { dest, capacity, status in cicu_region_name(code, locale, dest, capacity, &status) }
  }

  /// A language's name in `locale` (`uloc_getDisplayLanguage`).
  public static func languageName(_ code: String, in locale: String) throws(ICUError) -> String {
    try name { dest, capacity, status in cicu_language_name(code, locale, dest, capacity, &status) }
  }

  /// A currency's long name in `locale` (`ucurr_getName`).
  public static func currencyName(_ code: String, in locale: String) throws(ICUError) -> String {
    try name { dest, capacity, status in cicu_currency_name(code, locale, dest, capacity, &status) }
  }

  /// A time zone's exemplar city in `locale` (`udat` with pattern `VVV`).
  public static func exemplarCity(ofTimeZone zone: String, in locale: String) throws(ICUError)
    -> String
  {
    try name { dest, capacity, status in
      cicu_time_zone_city(zone, locale, dest, capacity, &status)
    }
  }

  private static func name(
    _ call: (UnsafeMutablePointer<UInt16>?, Int32, inout Int32) -> Int32
  ) throws(ICUError) -> String {
    UTF16Conversion.string(from: try UTF16Conversion.filling(guess: 128, call))
  }
}
