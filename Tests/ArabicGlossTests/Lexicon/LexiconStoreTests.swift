import ArabicGloss
import Testing

struct LexiconStoreTests {
  let header = "arabic\tpos\tgloss\tcategory\tvariants\tplural\timperfect\tform\n"

  @Test func looksUpThroughNormalizationAndVariants() {
    let store = LexiconStore(entries: TinyLexicon.entries(header + "إِسْرائِيل\tPROPN\tIsrael\tplace\tإسرائيل\n"))
    #expect(store.entries(for: "اسرائيل").first?.primaryGloss == "Israel")
    #expect(store.entries(for: "إسرائيـــل").first?.primaryGloss == "Israel")
  }

  @Test func laterLayersOverrideSameKeyAndPartOfSpeech() {
    let shipped = TinyLexicon.entries(header + "عَوْن\tNOUN\taid\ngeneral\n".replacingOccurrences(of: "\ngeneral", with: "\tgeneral"))
    let user = TinyLexicon.entries(header + "عون\tNOUN\tassistance\tgeneral\n")
    let store = LexiconStore(layers: [shipped, user])
    #expect(store.entries(for: "عون").map(\.primaryGloss) == ["assistance"])
    #expect(store.entries(for: "عون").first?.layer == 1)
  }

  @Test func sameLayerKeepsHomographsAsAlternatives() {
    let store = LexiconStore(entries: TinyLexicon.entries(header + "عَوْن\tNOUN\taid\tgeneral\nعَوْن\tPROPN\tAoun\tperson\n"))
    #expect(store.entries(for: "عون").count == 2)
  }

  @Test func indexesPluralsAndImperfects() {
    let store = LexiconStore(entries: TinyLexicon.entries(header + "قاعِدَة\tNOUN\tbase\tmilitary\t\tقَواعِد\nقاتَلَ\tVERB\tfight\tmilitary\t\t\tيُقاتِل\tIII\n"))
    #expect(store.matches(forKey: "قواعد").map(\.kind) == [.plural])
    #expect(store.matches(forKey: "يقاتل").map(\.kind) == [.imperfect])
  }

  @Test func multiWordEntriesMatchLongestFirst() {
    let store = LexiconStore(entries: TinyLexicon.entries(header + "الوِلايات المُتَّحِدَة\tPROPN\tUnited States\tplace\nالوِلايات المُتَّحِدَة الأَمْرِيكِيَّة\tPROPN\tUnited States of America\tplace\n"))
    let found = store.phrases(startingWith: ["الولايات", "المتحدة", "الامريكية", "اليوم"])
    #expect(found.map(\.length) == [3, 2])
  }

  @Test func aPhrasesFirstWordMatchesWithEgyptianFinalYa() {
    let store = LexiconStore(entries: TinyLexicon.entries(header + "فِي الوَقْتِ نَفْسِهِ\tADV\tat the same time\tgeneral\n"))
    #expect(store.phrases(startingWith: ["فى", "الوقت", "نفسه"]).map(\.length) == [3])
    #expect(store.phrases(startingWith: ["فى", "الوقت", "نفسها"]).isEmpty)
  }

  @Test func aPhrasesIndefiniteWordsMatchInTheAccusative() {
    let lines = "حَدّ أَدْنَى\tNOUN\tminimum\tgeneral\nجِهاز عَصَبِيّ\tNOUN\tnervous system\tgeneral\n"
      + "جَنُوب أَفْرِيقِيّ\tADJ\tSouth African\tgeneral\nأَفْرِيقْيا\tPROPN\tAfrica\tplace\n"
    let store = LexiconStore(entries: TinyLexicon.entries(header + lines))
    #expect(store.phrases(startingWith: ["حدا", "ادني"]).map(\.length) == [2])
    #expect(store.phrases(startingWith: ["جهازا", "عصبيا"]).map(\.length) == [2])
    // Not a word listed in its own right (Africa), nor after the article.
    #expect(store.phrases(startingWith: ["جنوب", "افريقيا"]).isEmpty)
    #expect(store.phrases(startingWith: ["الحدا", "ادني"]).isEmpty)
  }

  @Test func englishLookupRanksExactSensesFirst() {
    let store = LexiconStore(entries: TinyLexicon.entries(header + "رُعْب\tNOUN\tfear; terror\tgeneral\nإِرْهاب\tNOUN\tterrorism\tsecurity\nإِرْهابِيّ\tNOUN\tterrorist; terrorism suspect\tsecurity\n"))
    #expect(store.entries(english: "terrorism").map(\.arabic) == ["إِرْهاب", "إِرْهابِيّ"])
  }

  @Test func statisticsCountEntitiesTermsAndMultiword() {
    let store = LexiconStore(entries: TinyLexicon.entries(header + "بُوتِين\tPROPN\tPutin\tperson\nهُدْنَة\tNOUN\ttruce\tdiplomatic\nحِزْب الله\tPROPN\tHezbollah\torganization\n"))
    let stats = LexiconStatistics(of: store)
    #expect(stats.entries == 3 && stats.entities == 2 && stats.terms == 1 && stats.multiword == 1)
    #expect(stats.json.compact.contains("\"entities\":2"))
  }
}
