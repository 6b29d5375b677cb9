/// Reads Arabic words with the user's BAMA lexicon (`BAMALexicon`) and turns its solutions
/// into argloss analyses: the prefix's and suffix's `<pos>` pieces become proclitics, the
/// article, inflectional affixes and pronoun suffixes; the stem's line becomes the entry
/// (marked `isBAMA`, its source `dictStems:LINE`). Safe to share between threads.
public struct BAMAAnalyzer: Sendable {
  /// One reading: the analysis, and the word's vocalized form after its proclitics (Arabic
  /// script), which the romanizer uses.
  public struct Reading: Sendable {
    public var analysis: Analysis
    public var vocalizedRest: String
  }

  /// The lexicon read.
  public let lexicon: BAMALexicon
  private let codec: BuckwalterCodec

  /// An analyzer over `lexicon`, converting script with `codec`.
  public init(lexicon: BAMALexicon, codec: BuckwalterCodec) {
    self.lexicon = lexicon
    self.codec = codec
  }

  /// The readings of `word` (Arabic script; vowel marks and tatweel are ignored), fewest
  /// affixes first, then in file order; readings that gloss the same way are given once.
  public func readings(of word: String) -> [Reading] {
    let solutions = lexicon.solutions(ofBuckwalter: codec.latin(word.skeleton))
    var seen = Set<String>()
    return solutions.map(reading).sorted { $0.analysis.affixCount < $1.analysis.affixCount }.filter {
      seen.insert(GlossComposer.readable($0.analysis) + "\u{1}" + $0.analysis.entry.arabic).inserted
    }
  }

  /// A piece of a prefix or suffix: its vocalized Buckwalter form, `<pos>` tag and gloss.
  private struct Piece {
    var vocalized: String
    var tag: String
    var gloss: String
  }

  private func reading(_ s: BAMALexicon.Solution) -> Reading {
    var entry = LexiconEntry(
      arabic: codec.arabic(s.stem.vocalized), pos: Self.partOfSpeech(s.stem),
      glosses: Self.senses(s.stem.gloss),
      source: Provenance(file: lexicon.directory + "/dictStems", line: s.stem.line))
    entry.isBAMA = true
    var a = Analysis(stem: codec.arabic(s.stem.unvocalized), entry: entry, match: .lemma)
    var rest = ""
    for piece in Self.pieces(of: s.prefix) {
      let m = morpheme(piece, role: Self.prefixRole(piece.tag))
      if m.role == .prefix {
        a.prefixes.append(m)
        rest += codec.arabic(piece.vocalized)
      } else {
        a.proclitics.append(m)
      }
    }
    rest += codec.arabic(s.stem.vocalized)
    for piece in Self.pieces(of: s.suffix) {
      let m = morpheme(piece, role: Self.suffixRole(piece.tag))
      if m.role == .enclitic { a.enclitic = m } else { a.suffixes.append(m) }
      rest += codec.arabic(piece.vocalized)
    }
    a.features = Self.features(of: s, analysis: a)
    a.score = -a.affixCount
    return Reading(analysis: a, vocalizedRest: rest)
  }

  private func morpheme(_ piece: Piece, role: MorphemeRole) -> Morpheme {
    let letters = codec.arabic(piece.vocalized).skeleton
    let gloss = piece.gloss.replacingSlashes
    let label: String
    switch role {
    case .article: label = "DEF"
    case .proclitic: label = piece.tag.contains("FUT") ? "FUT" : Leipzig.word(GlossComposer.firstSense(gloss))
    default: label = Self.personLabel(piece.tag) ?? piece.tag
    }
    return Morpheme(text: letters, gloss: gloss, label: label, role: role)
  }

  /// The `<pos>` pieces of a prefix or suffix (`wa/CONJ+Al/DET+`), paired with the gloss's
  /// `+`-separated parts when there are as many; a morpheme without a tag is one piece.
  private static func pieces(of m: BAMALexicon.Morph) -> [Piece] {
    guard !m.unvocalized.isEmpty || !m.vocalized.isEmpty else { return [] }
    let glosses = m.gloss.split(separator: "+").map(\.trimmingSpaces)
    guard let pos = m.pos else { return [Piece(vocalized: m.vocalized, tag: "", gloss: m.gloss)] }
    let tagged = pos.split(separator: "+").filter { !$0.isEmpty }.map { part -> (String, String) in
      guard let slash = part.lastIndex(of: "/") else { return (String(part), "") }
      return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }
    return tagged.enumerated().map { i, t in
      let gloss = glosses.count == tagged.count ? glosses[i] : (i == 0 ? m.gloss : "")
      return Piece(vocalized: t.0, tag: t.1, gloss: gloss)
    }
  }

  private static func prefixRole(_ tag: String) -> MorphemeRole {
    if tag.hasPrefix("DET") { return .article }
    if tag.hasPrefix("IV") && !tag.hasPrefix("IVSUFF") { return .prefix }
    return .proclitic
  }

  private static func suffixRole(_ tag: String) -> MorphemeRole {
    tag.contains("PRON") || tag.contains("_DO") ? .enclitic : .suffix
  }

  /// Person, gender and number from a tag such as `IV3MP` or `PVSUFF_SUBJ:3FS` (3PL.M, 3SG.F).
  private static func personLabel(_ tag: String) -> String? {
    guard let code = personCode(tag) else { return nil }
    let number = ["S": "SG", "D": "DU", "P": "PL"][code.number] ?? ""
    return "\(code.person)\(number)" + (code.gender.isEmpty ? "" : "." + code.gender)
  }

  private static func personCode(_ tag: String) -> (person: Int, gender: String, number: String)? {
    let chars = Array(tag)
    for i in chars.indices.reversed() {
      guard let person = chars[i].wholeNumberValue, (1...3).contains(person), i + 1 < chars.count else { continue }
      var j = i + 1
      var gender = ""
      if j < chars.count, chars[j] == "M" || chars[j] == "F" {
        gender = String(chars[j])
        j += 1
      }
      guard j < chars.count, "SDP".contains(chars[j]) else { continue }
      return (person, gender, String(chars[j]))
    }
    return nil
  }

  private static func features(of s: BAMALexicon.Solution, analysis a: Analysis) -> WordFeatures {
    var f = WordFeatures()
    f.definite = a.proclitics.contains { $0.role == .article }
    f.future = a.proclitics.contains { $0.label == "FUT" }
    let stemTag = s.stem.pos ?? s.stem.category
    if stemTag.contains("PV") { f.aspect = .perfect }
    if stemTag.contains("IV") { f.aspect = .imperfect }
    let tags = (pieces(of: s.prefix) + pieces(of: s.suffix)).map(\.tag)
    for tag in tags where !tag.contains("PRON") && !tag.contains("_DO") {
      if let code = personCode(tag) {
        f.person = code.person
        f.number = code.number == "P" ? .plural : code.number == "D" ? .dual : .singular
        f.feminine = code.gender == "F"
      } else {
        if tag.contains("_PL") { f.number = .plural }
        if tag.contains("_DU") { f.number = .dual }
        if tag.contains("FEM") { f.feminine = true }
      }
    }
    return f
  }

  /// The stem's part of speech: from its `<pos>` tag, else from its category.
  static func partOfSpeech(_ stem: BAMALexicon.Morph) -> PartOfSpeech {
    let tag = stem.pos.flatMap { $0.split(separator: "/").last.map(String.init) } ?? ""
    let table: [(String, PartOfSpeech)] = [
      ("NOUN_PROP", .properNoun), ("NOUN", .noun), ("ADJ", .adjective), ("ADV", .adverb),
      ("PREP", .adposition), ("SUB_CONJ", .subordinatingConjunction), ("CONJ", .coordinatingConjunction),
      ("PRON", .pronoun), ("DET", .determiner), ("NUM", .numeral), ("INTERJ", .interjection),
      ("PART", .particle), ("VERB", .verb), ("PV", .verb), ("IV", .verb), ("CV", .verb),
    ]
    if let hit = table.first(where: { tag.contains($0.0) }) { return hit.1 }
    let category = stem.category
    if category.hasPrefix("PV") || category.hasPrefix("IV") || category.hasPrefix("CV") { return .verb }
    if category.hasPrefix("NProp") { return .properNoun }
    if category.hasPrefix("ADJ") { return .adjective }
    return .noun
  }

  /// At most three senses of a BAMA gloss (`;`-separated); `/` alternatives are kept.
  static func senses(_ gloss: String) -> [String] {
    let senses = gloss.split(separator: ";").map(\.trimmingSpaces).filter { !$0.isEmpty }
    return senses.isEmpty ? [gloss] : Array(senses.prefix(3))
  }
}

extension String {
  /// BAMA writes alternative pronoun glosses with `/` (its/it); argloss with `;`.
  fileprivate var replacingSlashes: String {
    String(map { $0 == "/" ? ";" : $0 })
  }
}
