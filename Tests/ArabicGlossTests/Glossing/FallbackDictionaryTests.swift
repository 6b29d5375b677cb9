import Foundation
import ArabicGloss
import Testing

/// The installed FreeDict dictionary (CI installs `dict-freedict-ara-eng`).
@Suite(.enabled(if: FallbackDictionary.isInstalled))
struct FallbackDictionaryTests {
  @Test func readsTheIndexAndShowsAtMostTwoUnrankedSenses() throws {
    let dictionary = try FallbackDictionary()
    #expect(dictionary.count > 10_000)
    let entry = try #require(dictionary.entry(forKey: "الارهاب"))
    #expect(entry.isFallback)
    #expect(entry.glosses.count == 1)
    #expect(entry.primaryGloss.components(separatedBy: " / ").count <= 2)
  }

  @Test func unknownWordsFallBackAndAreMarked() throws {
    let empty = LexiconStore(entries: [])
    let glosser = try Glosser(store: empty, fallback: FallbackDictionary())
    let token = try #require(glosser.gloss("كتاب").first?.tokens.first)
    #expect(token.status == .fallback)
    #expect(!token.gloss.isEmpty)
  }

  @Test func aFallbackWordIsRomanizedFromItsOwnLettersNotTheHeadword() throws {
    // FreeDict lists this word with the article (الكلاريت); the text has none.
    let glosser = try Glosser(store: LexiconStore(entries: []), fallback: FallbackDictionary())
    let token = try #require(glosser.gloss("كلاريت").first?.tokens.first)
    #expect(token.status == .fallback)
    #expect(token.translit == glosser.romanization(ofLetters: "كلاريت"))
    #expect(!token.translit.hasPrefix("al-"))
  }

  @Test func base64NumbersDecodeLikeDictd() {
    #expect(FallbackDictionary.base64Number("B") == 1)
    #expect(FallbackDictionary.base64Number("BA") == 64)
    #expect(FallbackDictionary.base64Number("/") == 63)
  }
}
