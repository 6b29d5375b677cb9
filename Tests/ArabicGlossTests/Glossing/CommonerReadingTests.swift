import ArabicGloss
import Testing

/// Of two words spelled alike, the commoner one wins: entries flagged `rare` yield, and
/// prepositions take pronouns readily.
struct CommonerReadingTests {
  func glosses(_ text: String) throws -> [String] {
    try ShippedLexicons.glosser().gloss(text).flatMap(\.tokens).filter { $0.token.kind == .arabic }.map(\.gloss)
  }

  @Test func aRareEntryYieldsToACliticSplitOrAnInflectedForm() throws {
    // وَفِيّ "loyal", هَمّ "worry", تَكَوَّنَ "consist" are flagged rare.
    #expect(try glosses("وفي لهم تكون") == ["and in", "for them", "is"])
    #expect(try glosses("جدة فهد أقصى حد").prefix(3) == ["Jeddah", "Fahd", "farthest (maximum)"])
    // Also against a reading with a suffix: حية "alive" (حي + ة), not the noun حَيَّة "snake".
    #expect(try glosses("حية مصادر") == ["alive (live)", "sources"])
    #expect(try glosses("حمص") == ["Homs"])
    // أَشْهَر "most famous", أَمَّمَ "nationalize", أَطْبَقَ "close in", حَسْناء (pl. حِسان) yield.
    #expect(try glosses("أشهر أمم تطبق حسان") == ["months", "nations", "applies (implements)", "Hassan (Hassane)"])
    // A plural tied to one sense: أوامر "orders", أمور "matters".
    #expect(try glosses("أوامر أمور") == ["orders (commands)", "matters (affairs)"])
    let loyal = try ShippedLexicons.glosser().gloss("وفي").flatMap(\.tokens).first?.alternatives
    #expect(loyal?.contains { $0.entry.primaryGloss == "loyal" && $0.entry.inflections.contains(.rare) } == true)
  }

  @Test func aPassiveThatIsTheCommonSenseIsItsOwnLemma() throws {
    // وُلِدَ "be born" (imperfect يُولَد) is entered beside وَلَدَ "give birth", flagged rare.
    #expect(try glosses("ولد في القاهرة") == ["was born", "in", "Cairo"])
    #expect(try glosses("ولدوا يولد تلد") == ["they were born", "is born", "gives birth (generates)"])
    let born = try ShippedLexicons.glosser().gloss("ولدت").flatMap(\.tokens).first?.alternatives
    #expect(born?.first?.entry.primaryGloss == "give birth")
  }

  @Test func aNisbaInTheMasculineOutranksTheNounOfItsLetters() throws {
    #expect(try glosses("الاقتصادي مدني") == ["economic", "civil (civilian)"])
    // Not behind a preposition, which governs a noun: بالدوري "with the league".
    #expect(try glosses("بالدوري") == ["with the league"])
    // Not its feminine plural, nor a reading through ى written for ي.
    #expect(try glosses("عمليات الموسيقى") == ["operations (processes)", "the music"])
    #expect(try glosses("المرضى") == ["the patients"])
    // Egyptian spelling writes the nisba's ي as ى: عسكرى is still "military".
    #expect(try glosses("عسكرى الاقتصادى") == ["military", "economic"])
  }

  @Test func aFinalAlefMaqsuraReadAsYaCostsBehindACliticToo() throws {
    // القوى is the plural قُوًى "powers", not ال + قوي "strong"; بخطى is خُطًى "steps".
    #expect(try glosses("القوى بخطى") == ["the powers (forces)", "with steps"])
  }

  @Test func aVerbInTheDualOrFemininePluralYieldsToANounReading() throws {
    #expect(try glosses("عيناه لزمن") == ["his two eyes (two springs)", "for time (era)"])
    // Where nothing commoner reads, the dual verb stands: كانا "they were".
    #expect(try glosses("كانا") == ["they were"])
  }

  @Test func aDualYieldsToThePluralItsEndingShares() throws {
    #expect(try glosses("الآخرين") == ["other (another)"])
    // With a pronoun it is often a pair: عيناه "his eyes".
    #expect(try glosses("يديه") != ["resounds him"])
  }

  @Test func aPrepositionWithAPronounBeatsAProclitcBeforeAName() throws {
    #expect(try glosses("لدينا") == ["with us"])
    #expect(try glosses("مني") == ["from me"])
    // لكنّ too, whose ن merges with the pronoun's; not أمّا or ألّا.
    #expect(try glosses("لكني") == ["but I"])
    #expect(try glosses("أماناً") == ["safety (security)"])
  }

  @Test func kafTakesNoPronounAndAPrepositionInYaNoAlef() throws {
    #expect(try glosses("كنا") == ["we were"])
    // But not after a long vowel: كانا is the dual "they were".
    #expect(try glosses("كانا") == ["they were"])
    // فاي is not في + ي "in me" with the ي written ا.
    #expect(try glosses("فاي") != ["in me"])
  }
}
