import Foundation

/// Just enough English morphology to make readable glosses: noun plurals and verb tenses.
///
/// Multi-word glosses inflect their head: the last word of a noun phrase ("air force" →
/// "air forces"), the first word of a verb phrase ("carry out" → "carried out").
enum EnglishInflector {
  /// The plural of a noun gloss.
  static func plural(_ noun: String) -> String {
    // "head of state" → "heads of state"
    if let of = noun.range(of: " of ") {
      return plural(String(noun[..<of.lowerBound])) + noun[of.lowerBound...]
    }
    // "mother-in-law" → "mothers-in-law"
    if let inLaw = noun.range(of: "-in-law") {
      return plural(String(noun[..<inLaw.lowerBound])) + noun[inLaw.lowerBound...]
    }
    // "respondent (in a poll)" → "respondents (in a poll)"
    if noun.hasSuffix(")"), let open = noun.range(of: " (", options: .backwards) {
      return plural(String(noun[..<open.lowerBound])) + noun[open.lowerBound...]
    }
    guard let last = noun.split(separator: " ").last else { return noun }
    let head = String(last)
    let prefix = noun.dropLast(head.count)
    return prefix + pluralWord(head)
  }

  /// Whether a noun gloss reads as a mass or abstract noun, which English uses without
  /// "the" and without a plural (terrorism, cooperation, security, fighting).
  static func isMassNoun(_ noun: String) -> Bool {
    guard let last = noun.split(separator: " ").last?.lowercased() else { return false }
    return uncountable.contains(last) || (last.hasSuffix("ing") && !countableInIng.contains(last))
      || (last.hasSuffix("ism") && !countableInIsm.contains(last))
      || (last.hasSuffix("ness") && !["witness", "harness"].contains(last)) || last.hasSuffix("ics") || last.hasSuffix("ware")
  }

  /// Participles English uses as plural nouns with "the" (the injured, the displaced).
  private static let participleNouns: Set<String> = [
    "injured", "wounded", "killed", "dead", "detained", "displaced", "accused", "deceased", "disabled",
    "unemployed", "missing", "arrested", "besieged", "oppressed",
  ]

  /// Countable nouns in -ing: words where -ing is no suffix (spring, king) and -ing nouns
  /// that name things (buildings, meetings), unlike the activities (fighting, shelling).
  private static let countableInIng: Set<String> = [
    "spring", "king", "ring", "wing", "thing", "string", "sting", "swing", "sibling", "ceiling",
    "building", "meeting", "painting", "wedding", "being", "earring", "recording", "ending",
    "opening", "setting", "drawing", "uprising", "ruling", "blessing", "gathering", "crossing",
    "dwelling", "feeling", "warning", "offering", "dumpling", "pudding", "darling", "seedling",
    "sapling", "stocking", "meaning", "hearing", "listing", "posting", "filing",
  ]

  /// Nouns in -ism that are countable (mechanisms, organisms), unlike the doctrines.
  private static let countableInIsm: Set<String> = ["mechanism", "organism", "prism", "schism", "microorganism", "aphorism", "euphemism"]

  private static func pluralWord(_ word: String) -> String {
    let lower = word.lowercased()
    if let irregular = irregularPlurals[lower] { return irregular }
    // Compounds of man make men (horsemen, spokeswomen), but not human, German or talisman.
    if lower.hasSuffix("man") && !notCompoundsOfMan.contains(lower) { return word.dropLast(2) + "en" }
    // …and a gloss already in men is plural (horsemen), unless men is no compound (specimen).
    if lower.hasSuffix("men") && !["abdomen", "specimen", "regimen", "stamen", "omen", "semen", "acumen"].contains(lower) { return word }
    if isMassNoun(lower) { return word }
    // A participle or abbreviation used as a noun stays: the injured, Mrs.
    if participleNouns.contains(lower) || lower.hasSuffix(".") { return word }
    // Already plural (a collective lemma glossed "clouds", "trees"): not "cloudses". A
    // singular in -s ends in -ss, -us, -is, -as or -os (process, virus, crisis, bias, chaos).
    if lower.hasSuffix("s"), !["ss", "us", "is", "as", "os"].contains(where: lower.hasSuffix) { return word }
    // Greek -sis and -xis: crisis → crises, analysis → analyses, axis → axes.
    if lower.hasSuffix("sis") || lower.hasSuffix("xis") { return word.dropLast(2) + "es" }
    if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("z") || lower.hasSuffix("ch")
      || lower.hasSuffix("sh")
    {
      return word + "es"
    }
    if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
      return word.dropLast() + "ies"
    }
    // knife → knives, housewife → housewives; but cafe → cafes, giraffe → giraffes.
    if ["knife", "wife", "life"].contains(where: lower.hasSuffix) { return word.dropLast(2) + "ves" }
    if ["leaf", "half", "self", "shelf", "thief", "wolf", "calf", "loaf"].contains(lower) {
      return word.dropLast() + "ves"
    }
    return word + "s"
  }

  /// The adverb of a one-word adjective gloss with an adjective's ending ("political" →
  /// "politically", "basic" → "basically", "temporary" → "temporarily", "possible" →
  /// "possibly"); anything else (a phrase, a noun such as "trade", "Eurasian") is returned as
  /// it is.
  static func adverb(_ adjective: String) -> String {
    let lower = adjective.lowercased()
    guard !adjective.contains(" "), adjectiveEndings.contains(where: lower.hasSuffix) else { return adjective }
    if lower.hasSuffix("ic") { return adjective + "ally" }
    if lower.hasSuffix("ble") { return adjective.dropLast() + "y" }
    if lower.hasSuffix("ry") { return adjective.dropLast() + "ily" }
    return adjective + "ly"
  }

  private static let adjectiveEndings = ["al", "ic", "ive", "ous", "ary", "ory", "ent", "ant", "ar", "ble", "ful"]

  /// The comparative of a superlative gloss ("biggest" → "bigger", "most important" → "more
  /// important", "best" → "better", "least" → "less"); anything else ("first", "red") is
  /// returned as it is.
  static func comparative(_ superlative: String) -> String {
    var words = superlative.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard let first = words.first else { return superlative }
    switch first.lowercased() {
    case "most": words[0] = "more"
    case "least": words[0] = "less"
    case "best": words[0] = "better"
    case "worst": words[0] = "worse"
    default:
      guard words.count == 1, first.count > 5, first.hasSuffix("est") else { return superlative }
      words[0] = first.dropLast(3) + "er"
    }
    return words.joined(separator: " ")
  }

  /// The past tense of a verb gloss ("disclose" → "disclosed", "carry out" → "carried out").
  static func past(_ verb: String) -> String {
    inflectHead(verb) { head in
      if let irregular = irregular(head, of: verb) { return irregular.past }
      return regular(head, suffix: "ed")
    }
  }

  /// The third person singular present ("fight" → "fights", "be" → "is").
  static func thirdSingular(_ verb: String) -> String {
    inflectHead(verb) { head in
      switch head {
      case "should", "must", "can", "may", "might", "will", "shall", "would", "could": return head
      case "be": return "is"
      case "have": return "has"
      case "do": return "does"
      case "go": return "goes"
      default: break
      }
      if head.hasSuffix("s") || head.hasSuffix("x") || head.hasSuffix("z") || head.hasSuffix("ch")
        || head.hasSuffix("sh") || head.hasSuffix("o")
      {
        return head + "es"
      }
      if head.hasSuffix("y"), let before = head.dropLast().last, !"aeiou".contains(before) {
        return head.dropLast() + "ies"
      }
      return head + "s"
    }
  }

  /// The present for a plural or first/second person subject ("be" → "are").
  static func plainPresent(_ verb: String, person: Int?, plural: Bool) -> String {
    inflectHead(verb) { head in
      guard head == "be" else { return head }
      return person == 1 && !plural ? "am" : "are"
    }
  }

  /// The past for a subject: "was"/"were" for "be".
  static func past(_ verb: String, plural: Bool, person: Int?) -> String {
    inflectHead(verb) { head in
      if head == "be" { return plural || person == 2 ? "were" : "was" }
      if let irregular = irregular(head, of: verb) { return irregular.past }
      return regular(head, suffix: "ed")
    }
  }

  /// The past participle, for passives ("was fired").
  static func participle(_ verb: String) -> String {
    inflectHead(verb) { head in
      if let irregular = irregular(head, of: verb) { return irregular.participle }
      return regular(head, suffix: "ed")
    }
  }

  /// The irregular forms of a verb's head word; "lie" alone is telling lies (lied), only
  /// "lie down" reclines (lay down).
  private static func irregular(_ head: String, of verb: String) -> (past: String, participle: String)? {
    verb == "lie" ? nil : irregularVerbs[head]
  }

  private static func inflectHead(_ verb: String, _ transform: (String) -> String) -> String {
    var words = verb.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard let first = words.first, !first.isEmpty else { return verb }
    words[0] = transform(first)
    return words.joined(separator: " ")
  }

  private static func regular(_ verb: String, suffix: String) -> String {
    if verb.hasSuffix("e") { return verb + "d" }
    if verb.hasSuffix("y"), let before = verb.dropLast().last, !"aeiou".contains(before) {
      return verb.dropLast() + "ied"
    }
    // Double a final consonant after the one short vowel of a one-syllable verb: stop →
    // stopped, plan → planned, strip → stripped (not open → "openned").
    let chars = Array(verb)
    let syllables = chars.indices.filter { "aeiou".contains(chars[$0]) && ($0 == 0 || !"aeiou".contains(chars[$0 - 1])) }.count
    if chars.count >= 3, syllables == 1, let last = chars.last, !"aeiouwxy".contains(last),
      "aeiou".contains(chars[chars.count - 2]), !"aeiou".contains(chars[chars.count - 3])
    {
      return verb + String(last) + suffix
    }
    if ["occur", "prefer", "refer", "transfer", "admit", "commit", "submit", "permit", "omit",
        "regret", "control", "patrol", "compel", "expel", "propel", "deter", "confer", "incur",
        "equip", "acquit", "rebel", "ban", "bar", "extol", "excel", "dispel", "repel", "emit", "recur",
        "concur", "abhor", "instil", "enrol", "fulfil", "distil", "impel", "annul", "befit", "overlap", "kidnap",
        "handicap", "outwit", "forget", "upset", "beget", "defer", "infer", "appal", "embed"].contains(verb)
    {
      return verb + String(chars[chars.count - 1]) + suffix
    }
    return verb + suffix
  }

  private static let uncountable: Set<String> = [
    "aid", "information", "news", "equipment", "ammunition", "police", "people", "evidence",
    "advice", "research", "progress", "security", "intelligence", "cooperation", "terrorism",
    "sovereignty", "peace", "justice", "support", "damage", "infrastructure", "weaponry",
    "personnel", "staff", "data", "media", "fish", "sheep", "series", "species", "aircraft", "spacecraft", "hovercraft",
    "offspring", "livestock", "furniture", "traffic", "water", "oil", "gas", "money",
    "blood", "help", "assistance",
  ]

  /// Words in -man that are not compounds of man: they take -s (humans, Germans).
  private static let notCompoundsOfMan: Set<String> = ["human", "german", "roman", "norman", "shaman", "talisman", "caiman", "ottoman", "oman", "cayman", "dolman"]

  private static let irregularPlurals: [String: String] = [
    "man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet",
    "tooth": "teeth", "mouse": "mice", "crisis": "crises", "thesis": "theses",
    "analysis": "analyses", "basis": "bases", "phenomenon": "phenomena", "criterion": "criteria",
    "medium": "media", "datum": "data",
    "lens": "lenses", "hero": "heroes", "potato": "potatoes", "tomato": "tomatoes", "veto": "vetoes",
    "militia": "militias", "ally": "allies", "army": "armies", "party": "parties",
  ]

  private static let irregularVerbs: [String: (past: String, participle: String)] = [
    "be": ("was", "been"), "have": ("had", "had"), "do": ("did", "done"), "undo": ("undid", "undone"), "go": ("went", "gone"), "undergo": ("underwent", "undergone"), "drink": ("drank", "drunk"), "bend": ("bent", "bent"),
    "cling": ("clung", "clung"), "rid": ("rid", "rid"), "repay": ("repaid", "repaid"),
    "can": ("could", "been able to"), "may": ("might", "been allowed to"), "must": ("had to", "had to"),
    "say": ("said", "said"), "make": ("made", "made"), "take": ("took", "taken"),
    "come": ("came", "come"), "see": ("saw", "seen"), "know": ("knew", "known"),
    "get": ("got", "got"), "give": ("gave", "given"), "find": ("found", "found"),
    "think": ("thought", "thought"), "tell": ("told", "told"), "become": ("became", "become"),
    "leave": ("left", "left"), "feel": ("felt", "felt"), "bring": ("brought", "brought"),
    "begin": ("began", "begun"), "keep": ("kept", "kept"), "hold": ("held", "held"),
    "write": ("wrote", "written"), "stand": ("stood", "stood"), "hear": ("heard", "heard"),
    "let": ("let", "let"), "mean": ("meant", "meant"), "set": ("set", "set"),
    "meet": ("met", "met"), "run": ("ran", "run"), "pay": ("paid", "paid"),
    "sit": ("sat", "sat"), "speak": ("spoke", "spoken"), "lead": ("led", "led"),
    "read": ("read", "read"), "grow": ("grew", "grown"), "lose": ("lost", "lost"),
    "fall": ("fell", "fallen"), "send": ("sent", "sent"), "build": ("built", "built"),
    "understand": ("understood", "understood"), "draw": ("drew", "drawn"),
    "break": ("broke", "broken"), "spend": ("spent", "spent"), "cut": ("cut", "cut"), "bid": ("bid", "bid"), "spit": ("spat", "spat"), "shrink": ("shrank", "shrunk"),
    "rise": ("rose", "risen"), "drive": ("drove", "driven"), "buy": ("bought", "bought"),
    "wear": ("wore", "worn"), "choose": ("chose", "chosen"), "seek": ("sought", "sought"),
    "throw": ("threw", "thrown"), "catch": ("caught", "caught"), "deal": ("dealt", "dealt"),
    "win": ("won", "won"), "fight": ("fought", "fought"), "teach": ("taught", "taught"),
    "sell": ("sold", "sold"), "shoot": ("shot", "shot"), "hit": ("hit", "hit"),
    "put": ("put", "put"), "strike": ("struck", "struck"), "fly": ("flew", "flown"),
    "flee": ("fled", "fled"), "forbid": ("forbade", "forbidden"), "freeze": ("froze", "frozen"),
    "hide": ("hid", "hidden"), "lay": ("laid", "laid"), "lie": ("lay", "lain"),
    "light": ("lit", "lit"), "overcome": ("overcame", "overcome"), "ride": ("rode", "ridden"),
    "ring": ("rang", "rung"), "shake": ("shook", "shaken"), "shut": ("shut", "shut"),
    "sing": ("sang", "sung"), "sink": ("sank", "sunk"), "sleep": ("slept", "slept"),
    "spread": ("spread", "spread"), "steal": ("stole", "stolen"), "swear": ("swore", "sworn"),
    "undertake": ("undertook", "undertaken"), "withdraw": ("withdrew", "withdrawn"),
    "wake": ("woke", "woken"), "bear": ("bore", "borne"), "beat": ("beat", "beaten"),
    "bet": ("bet", "bet"), "bind": ("bound", "bound"), "bite": ("bit", "bitten"),
    "blow": ("blew", "blown"), "burst": ("burst", "burst"), "cast": ("cast", "cast"),
    "cost": ("cost", "cost"), "dig": ("dug", "dug"), "eat": ("ate", "eaten"),
    "feed": ("fed", "fed"), "forget": ("forgot", "forgotten"), "forgive": ("forgave", "forgiven"),
    "hang": ("hung", "hung"), "hurt": ("hurt", "hurt"), "lend": ("lent", "lent"),
    "quit": ("quit", "quit"), "seize": ("seized", "seized"), "shine": ("shone", "shone"),
    "show": ("showed", "shown"), "slide": ("slid", "slid"), "split": ("split", "split"),
    "spring": ("sprang", "sprung"), "stick": ("stuck", "stuck"), "sting": ("stung", "stung"),
    "swim": ("swam", "swum"), "swing": ("swung", "swung"), "tear": ("tore", "torn"),
    "upset": ("upset", "upset"), "weep": ("wept", "wept"), "arise": ("arose", "arisen"),
    "awake": ("awoke", "awoken"), "broadcast": ("broadcast", "broadcast"),
    "forecast": ("forecast", "forecast"), "foresee": ("foresaw", "foreseen"),
    "mislead": ("misled", "misled"), "oversee": ("oversaw", "overseen"),
    "overthrow": ("overthrew", "overthrown"), "uphold": ("upheld", "upheld"),
    "withhold": ("withheld", "withheld"), "withstand": ("withstood", "withstood"),
    "rebuild": ("rebuilt", "rebuilt"), "retake": ("retook", "retaken"),
    "shed": ("shed", "shed"), "sweep": ("swept", "swept"), "wind": ("wound", "wound"),
    "mistake": ("mistook", "mistaken"), "outbid": ("outbid", "outbid"), "bleed": ("bled", "bled"),
    "breed": ("bred", "bred"), "creep": ("crept", "crept"), "flung": ("flung", "flung"),
    "grind": ("ground", "ground"), "kneel": ("knelt", "knelt"), "leap": ("leapt", "leapt"),
    "prove": ("proved", "proven"), "sew": ("sewed", "sewn"), "sow": ("sowed", "sown"),
    "spin": ("spun", "spun"), "stink": ("stank", "stunk"), "stride": ("strode", "stridden"),
    "strive": ("strove", "striven"), "thrust": ("thrust", "thrust"), "tread": ("trod", "trodden"),
    "weave": ("wove", "woven"), "wring": ("wrung", "wrung"),
  ]
}
