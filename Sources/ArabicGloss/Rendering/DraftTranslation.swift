/// A literal English draft of a sentence, assembled from the readable glosses: named entities
/// as units, an adjective put before its noun, and a sentence-initial verb put after the
/// noun phrase that follows it (Arabic verb–subject order to English subject–verb). It is a
/// word-based draft, labelled as such, not a translation.
public enum DraftTranslation {
  /// The label shown before every draft.
  public static let label = "Draft (machine, word by word):"

  /// The draft of a sentence's units.
  public static func of(_ units: [InterlinearUnit]) -> String {
    var phrases: [(text: String, unit: InterlinearUnit?)] = []
    for unit in units {
      var text = firstSense(unit.gloss)
      if unit.kind == .unknown { text = unit.translit.isEmpty ? "?" : "[\(unit.translit)]" }
      if text.isEmpty { continue }
      // An auxiliary and its verb are one phrase: did not + we write → we did not write.
      if let last = phrases.last, let previous = last.unit, previous.auxiliary, previous.trailing.isEmpty,
        unit.pos == .verb
      {
        phrases[phrases.count - 1] = (withAuxiliary(text, last.text), unit)
        continue
      }
      // An adjective after a noun goes before it: the president Russian → the Russian president.
      if let last = phrases.last, let previous = last.unit, previous.pos == .noun || previous.kind == .entity,
        unit.pos == .adjective || (unit.kind == .entity && unit.entity?.entry.category == .nationality),
        previous.trailing.isEmpty
      {
        let noun = last.text
        let merged: String
        if noun.hasPrefix("the ") {
          merged = "the " + text + " " + noun.dropFirst(4)
        } else if noun.hasPrefix("and the ") {
          merged = "and the " + text + " " + noun.dropFirst(8)
        } else {
          merged = text + " " + noun
        }
        phrases[phrases.count - 1] = (merged, previous)
        phrases[phrases.count - 1].unit?.trailing = unit.trailing
        continue
      }
      phrases.append((text, unit))
    }
    // Verb–subject → subject–verb at the start of the sentence (after "and"/"so").
    if let first = phrases.first?.unit, first.bareVerb {
      var subjectEnd = 1
      while subjectEnd < phrases.count, let u = phrases[subjectEnd].unit,
        u.pos == .noun || u.pos == .properNoun || u.kind == .entity, subjectEnd == 1 || u.kind == .entity
      {
        subjectEnd += 1
        if !(phrases[subjectEnd - 1].unit?.trailing.isEmpty ?? true) { break }
      }
      if subjectEnd > 1 {
        let verb = phrases[0]
        let (conjunction, verbText) = splitConjunction(verb.text)
        let subject = phrases[1..<subjectEnd].map(\.text).joined(separator: " ")
        var reordered = [(conjunction + subject, phrases[subjectEnd - 1].unit), (verbText, verb.unit)]
        reordered[0].1?.trailing = ""
        reordered[1].1?.trailing = phrases[subjectEnd - 1].unit?.trailing ?? ""
        phrases = reordered + phrases[subjectEnd...]
      }
    }
    var out = ""
    for (text, unit) in phrases {
      if !out.isEmpty { out += " " }
      out += text + (unit?.trailing ?? "").filter { ",.;:?!".contains($0) }
    }
    if let first = out.first { out = first.uppercased() + out.dropFirst() }
    return out
  }

  /// A verb's English after an auxiliary's: the subject pronoun goes first, and "be" takes
  /// the tense a negation carries (did not + be able → was not able).
  static func withAuxiliary(_ verb: String, _ particle: String) -> String {
    var (conjunction, auxiliary) = splitConjunction(particle)
    var words = verb.split(separator: " ").map(String.init)
    var subject: String?
    if words.count > 1, let first = words.first, subjectPronouns.contains(first) {
      subject = first
      words.removeFirst()
    }
    if words.first == "be", let tense = ["did not": "was", "does not": "is", "do not": "are"][auxiliary] {
      let plural = subject.map { ["we", "you", "they"].contains($0) } ?? false
      let be = subject == "I" ? (tense == "was" ? "was" : "am") : plural ? (tense == "was" ? "were" : "are") : tense
      words[0] = be + " not"
      auxiliary = ""
    }
    return conjunction + ([subject, auxiliary.isEmpty ? nil : auxiliary].compactMap { $0 } + words).joined(separator: " ")
  }

  private static let subjectPronouns: Set<String> = ["I", "we", "you", "they", "he", "she"]

  /// A phrase's leading "and " or "so " (the gloss of و، ف) and the rest.
  private static func splitConjunction(_ text: String) -> (conjunction: String, rest: String) {
    for c in ["and ", "so "] where text.hasPrefix(c) { return (c, String(text.dropFirst(c.count))) }
    return ("", text)
  }

  /// The readable gloss without the alternative sense in parentheses.
  static func firstSense(_ gloss: String) -> String {
    guard let open = gloss.firstIndex(of: "(") else { return gloss }
    return gloss[..<open].trimmingSpaces
  }
}
