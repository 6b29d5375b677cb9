import ArabicGloss
import Testing

struct LookupNormalizerTests {
  let normalizer = LookupNormalizer()

  @Test(arguments: [
    ("كَشَفَ", "كشف"),  // harakat removed
    ("كـــشف", "كشف"),  // tatweel removed
    ("أحمد", "احمد"), ("إسرائيل", "اسرائيل"), ("آلاف", "الاف"), ("ٱلله", "الله"),  // alefs
    ("\u{FEDB}\u{FEB8}\u{FED2}", "كشف"),  // presentation forms
    ("\u{FEFB}", "لا"),  // lam-alef ligature
    ("هٰذا", "هذا"),  // dagger alef
    ("و\u{200C}ب\u{200F}", "وب"),  // joiners and bidi controls
    ("١٢٣", "123"), ("۴۵", "45"),  // digits
    ("مُسْتَشْفًى", "مستشفى"), ("ک", "ك"),
    ("ڤيينا", "فيينا"), ("پاتون", "باتون"), ("گوگل", "غوغل"),  // letters for foreign sounds
    ("شاطىء", "شاطئ"), ("الطوارىء", "الطوارئ"),  // ىء misspelling of ئ
  ])
  func keyFoldsWhatLookupIgnores(word: String, key: String) {
    #expect(normalizer.key(word) == key)
  }

  @Test func finalAlefMaqsuraOffersBothReadings() {
    #expect(normalizer.candidateKeys(for: "الروسى") == ["الروسى", "الروسي"])
    #expect(normalizer.candidateKeys(for: "فى") == ["فى", "في"])
  }

  @Test func finalHaOffersTaMarbuta() {
    #expect(normalizer.candidateKeys(for: "مدرسه") == ["مدرسه", "مدرسة"])
  }

  @Test func finalYaOffersAlefMaqsura() {
    #expect(normalizer.candidateKeys(for: "علي") == ["علي", "على"])
    #expect(normalizer.candidateKeys(for: "كشف") == ["كشف"])
  }

  @Test func isReadingAgreesWithTheAlternatives() {
    for key in ["مستشفى", "علي", "مدرسه", "كتاب", "ى", ""] {
      for candidate in ["مستشفى", "مستشفي", "علي", "على", "مدرسه", "مدرسة", "كتاب", "كتابة", "ي", ""] {
        let expected = normalizer.alternatives(ofKey: key).contains(candidate)
        #expect(normalizer.isReading(candidate, ofKey: key) == expected, "\(candidate) / \(key)")
      }
    }
  }

  @Test func keyIsIdempotent() {
    for word in ["كَشَفَ", "أحمد", "\u{FEFB}", "١٢٣", "الروسى", "مُسْتَشْفًى"] {
      let key = normalizer.key(word)
      #expect(normalizer.key(key) == key)
    }
  }

  @Test func vocalizedFormKeepsDiacriticsAndDropsTatweel() {
    #expect(normalizer.vocalizedForm("كَـشَفَ\u{200C}") == "كَشَفَ")
    #expect(LookupNormalizer.isVocalized("كَشَفَ"))
    #expect(!LookupNormalizer.isVocalized("كشف"))
  }
}
