import ArabicGloss
import Testing

/// Entries flagged `context`: readings that rank last and vouch for nothing else.
struct ContextFlagTests {
  static let lexicon = """
    arabic\tpos\tgloss\tcategory\tgender\tinflect\trole\tleipzig\timperfect\tform
    أَلِمَ\tVERB\tsuffer\tgeneral\t\tcontext\t\t\tيَأْلَم\tI
    وَدَعَ\tVERB\tleave\tgeneral\t\tcontext\t\t\tيَدَع\tI
    بِ\tADP\twith\tgrammar\t\t\tproclitic\twith
    وَغْد\tNOUN\tscoundrel\tgeneral\tm\tcontext
    هالَة\tNOUN\thalo\tgeneral\tf\tcontext
    مُتاجِر\tNOUN\tdealer\tgeneral\tm\tmpl,context
    مَعْرُوف\tADJ\tknown\tgeneral\tm
    فَ\tCCONJ\tso\tgrammar\t\t\tproclitic\tso
    هُ\tPRON\this; him\tgrammar\t\t\tenclitic\t3SG.M
    """

  func token(_ word: String) throws -> GlossedToken {
    let glosser = try Glosser(store: LexiconStore(entries: TinyLexicon.entries(Self.lexicon)))
    return try #require(glosser.gloss(word).first?.tokens.first)
  }

  @Test func aContextReadingIsTakenWhereItIsTheOnlyOne() throws {
    #expect(try token("وغد").gloss == "scoundrel")
  }

  @Test func aContextReadingTakesNoCliticAndMakesNoNisba() throws {
    // بوغد is a name, not "with scoundrel"; هالي is a name, not "of halo".
    #expect(try token("بوغد").status != .known)
    #expect(try token("هالي").status != .known)
  }

  @Test func aContextVerbDropsNoHamzaInItsImperative() throws {
    // Only common verbs drop it (خذ، كل): فلمه is not ف + لم "suffer!" + ه, nor لمي "suffer!".
    #expect(try token("فلمه").status != .known)
    #expect(try token("لمي").status != .known)
    // Its regular imperative stays: دعه "leave him!" (وَدَعَ is kept for context).
    #expect(try token("دعه").gloss == "leave him!")
  }

  @Test func aContextReadingMakesNoInflectedFormItsFlagsDoNotList() throws {
    // وغدان is not "two scoundrels" from a reading kept for context.
    #expect(try token("وغدان").status != .known)
    // …but the plural its flags list: مُتاجِر "dealer" (beside متاجر "shops") → متاجرين.
    #expect(try token("متاجرين").leipzig == "dealer-M.PL")
    #expect(try token("متاجرتان").status != .known)
  }
}
