/// One column of an interlinear gloss: a word, or a named entity or multi-word term as one
/// unit, with the punctuation that hugs it.
public struct InterlinearUnit: Sendable, Equatable {
  /// How the unit is known, for colours and markers.
  public enum Kind: String, Sendable {
    case word, entity, term, repaired, fallback, unknown, number, latin
  }

  /// The Arabic text (words of a multi-word unit joined by spaces, punctuation attached).
  public var arabic: String
  /// The romanization.
  public var translit: String
  /// The morpheme-by-morpheme gloss.
  public var leipzig: String
  /// The readable gloss.
  public var gloss: String
  /// How the unit is known.
  public var kind: Kind
  /// The entity or term, if the unit is one.
  public var entity: EntitySpan?
  /// Part of speech of the first word's analysis (for the draft translation's reorderings).
  public var pos: PartOfSpeech?
  /// Whether the first word is a verb with no subject pronoun of its own (3rd person
  /// singular), which Arabic puts before its subject.
  public var bareVerb = false
  /// Whether the unit carries the article (a definite noun phrase).
  public var definite = false
  /// Whether the unit is a particle glossed as an English auxiliary (لم "did not", لا "does
  /// not", قد "has", سوف "will"), for the draft translation to put before its verb's English.
  public var auxiliary = false
  /// Punctuation that follows the unit, in its Latin form (for the draft translation).
  public var trailing = ""

  /// The sentence's units in reading order.
  public static func units(of sentence: GlossedSentence) -> [InterlinearUnit] {
    var units: [InterlinearUnit] = []
    var leading = ""
    var index = 0
    let tokens = sentence.tokens
    while index < tokens.count {
      let t = tokens[index]
      switch t.token.kind {
      case .whitespace, .other:
        index += 1
        continue
      case .punctuation:
        if units.isEmpty || "«(\"“[".contains(t.token.text.first ?? " ") && index + 1 < tokens.count
          && tokens[index + 1].token.kind != .whitespace
        {
          leading += t.token.text
        } else {
          units[units.count - 1].arabic += t.token.text
          units[units.count - 1].trailing += t.translit
        }
        index += 1
        continue
      default: break
      }
      let opening = leading
      var unit = InterlinearUnit(
        arabic: opening + t.token.text, translit: t.translit, leipzig: t.leipzig, gloss: t.gloss,
        kind: kind(of: t), entity: t.entity, pos: t.analysis?.entry.pos)
      leading = ""
      if let a = t.analysis {
        unit.bareVerb = a.entry.pos == .verb && a.features.person == 3 && a.features.number == .singular
          && !a.features.future && a.enclitic == nil
        unit.definite = a.features.definite
        unit.auxiliary = a.entry.pos == .particle && a.entry.category == .grammar && a.enclitic == nil
          && ["not", "has", "have", "may", "will"].contains(t.gloss.split(separator: " ").last ?? "")
      }
      // A multi-word entity or term is one unit: its tokens up to its last.
      if let entity = t.entity, entity.last > t.token.index {
        var words = [t.token.text]
        var translits = [t.translit]
        while index + 1 < tokens.count, tokens[index + 1].token.index <= entity.last {
          index += 1
          let next = tokens[index]
          if next.token.kind == .arabic {
            words.append(next.token.text)
            translits.append(next.translit)
          }
        }
        unit.arabic = opening + words.joined(separator: " ")
        unit.translit = translits.joined(separator: " ")
      } else if t.analysis?.entry.isMultiword == true {
        // A grammar phrase (من أجل): its tokens share one gloss; show it once.
        var words = [t.token.text]
        while index + 2 < tokens.count, tokens[index + 1].token.kind == .whitespace,
          let next = Optional(tokens[index + 2]), next.analysis?.entry == t.analysis?.entry,
          next.token.kind == .arabic
        {
          words.append(next.token.text)
          unit.translit += " " + next.translit
          index += 2
        }
        unit.arabic = opening + words.joined(separator: " ")
      }
      units.append(unit)
      index += 1
    }
    return units
  }

  private static func kind(of t: GlossedToken) -> Kind {
    switch t.token.kind {
    case .number: return .number
    case .latin: return .latin
    default: break
    }
    switch t.status {
    case .repaired: return .repaired
    case .fallback, .bama: return .fallback
    case .partial, .unknown: return .unknown
    case .known:
      guard let entity = t.entity else { return .word }
      return entity.entry.isEntity ? .entity : .term
    }
  }

  /// The one-character marker that tells the kind apart without colour.
  public var marker: String {
    switch kind {
    case .entity: "*"
    case .term: "^"
    case .repaired: "+"
    case .fallback: "~"
    case .unknown: "?"
    default: ""
    }
  }
}
