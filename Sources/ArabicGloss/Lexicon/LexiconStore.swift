/// The loaded lexicons, indexed for lookup by normalized key.
///
/// Entries come in layers (shipped generated data, shipped curated data, then each user
/// lexicon). An entry of a later layer replaces the earlier layers' entries that share one of
/// its keys and its part of speech; entries of one layer with the same key are all kept, as
/// alternatives, in load order.
public struct LexiconStore: Sendable {
  /// What a key matched: the lemma itself, a spelling variant, a broken plural or a verb's
  /// imperfect stem.
  public enum StemKind: Sendable, Equatable {
    case lemma
    case variant
    case plural
    case imperfect
  }

  /// An index hit: an entry and how the key matched it.
  public struct Match: Sendable, Equatable {
    /// Index into `entries`.
    public var entry: Int
    /// What the key matched.
    public var kind: StemKind
  }

  /// Every live entry, in load order.
  public internal(set) var entries: [LexiconEntry] = []
  /// Single-word keys → matches.
  var stems: [ByteKey: [Match]] = [:]
  /// First-word key → multi-word entries starting with it, longest first.
  var phrases: [ByteKey: [Int]] = [:]
  /// Each phrase entry's spellings as word keys: a multi-word entry's own words first, then
  /// its variants written with spaces (also a one-word entry's: بيونغ يانغ).
  var phraseForms: [Int: [[String]]] = [:]
  /// Grammar morphemes by role and key.
  var morphemes: [MorphemeRole: [ByteKey: [Int]]] = [:]
  private let normalizer = LookupNormalizer()

  /// The number of words in the longest multi-word entry.
  public internal(set) var longestPhrase = 1

  /// A store of `layers`, later layers overriding earlier ones.
  public init(layers: [[LexiconEntry]]) {
    var live: [(entry: LexiconEntry, layer: Int)] = []
    // (key, pos) → positions in `live`, to apply overrides between layers.
    var byKeyAndPOS: [ByteKey: [Int]] = [:]
    var removed = Set<Int>()
    for (layer, entries) in layers.enumerated() {
      for var entry in entries {
        entry.layer = layer
        let keys = Set(([entry.arabic] + entry.variants).map { normalizer.key($0) })
        for key in keys {
          let slot = ByteKey(key + "\t" + entry.pos.rawValue + "\t" + (entry.role?.rawValue ?? ""))
          for old in byKeyAndPOS[slot] ?? [] where live[old].layer < layer {
            removed.insert(old)
          }
          byKeyAndPOS[slot, default: []].removeAll { live[$0].layer < layer }
          byKeyAndPOS[slot, default: []].append(live.count)
        }
        live.append((entry, layer))
      }
    }
    for (position, item) in live.enumerated() where !removed.contains(position) {
      add(item.entry)
    }
    for key in phrases.keys {
      phrases[key]?.sort { (phraseForms[$0]?.first?.count ?? 0) > (phraseForms[$1]?.first?.count ?? 0) }
    }
  }

  /// A store of one layer.
  public init(entries: [LexiconEntry]) { self.init(layers: [entries]) }

  /// An empty store, filled by a snapshot.
  init() {}

  private mutating func add(_ entry: LexiconEntry) {
    let index = entries.count
    entries.append(entry)
    if let role = entry.role {
      morphemes[role, default: [:]][ByteKey(normalizer.key(entry.arabic)), default: []].append(index)
      return
    }
    if entry.isMultiword {
      let words = entry.words.map { normalizer.key($0) }
      phraseForms[index, default: []].append(words)
      phrases[ByteKey(words[0]), default: []].append(index)
      longestPhrase = max(longestPhrase, words.count)
    } else {
      addStem(normalizer.key(entry.arabic), Match(entry: index, kind: .lemma))
    }
    // A spelling with spaces is a phrase, also for a one-word entry (بيونغيانغ / بيونغ يانغ).
    for variant in entry.variants where variant.utf8.contains(0x20) {
      let variantWords = variant.split(separator: " ").map { normalizer.key($0) }
      phraseForms[index, default: []].append(variantWords)
      if phrases[ByteKey(variantWords[0])]?.contains(index) != true {
        phrases[ByteKey(variantWords[0]), default: []].append(index)
      }
      longestPhrase = max(longestPhrase, variantWords.count)
    }
    for variant in entry.variants where !variant.utf8.contains(0x20) {
      addStem(normalizer.key(variant), Match(entry: index, kind: .variant))
    }
    for plural in entry.plurals where !plural.utf8.contains(0x20) {
      addStem(normalizer.key(plural), Match(entry: index, kind: .plural))
    }
    if let imperfect = entry.imperfect {
      addStem(normalizer.key(imperfect), Match(entry: index, kind: .imperfect))
    }
  }

  private mutating func addStem(_ key: String, _ match: Match) {
    let key = ByteKey(key)
    if stems[key]?.contains(match) == true { return }
    stems[key, default: []].append(match)
  }

  /// The single-word matches of a normalized key.
  public func matches(forKey key: String) -> [Match] { stems[ByteKey(key)] ?? [] }

  /// The entries whose lemma or variant is `word`, trying its alternative readings.
  public func entries(for word: String) -> [LexiconEntry] {
    var seen = Set<Int>()
    var found: [LexiconEntry] = []
    for key in normalizer.candidateKeys(for: word) {
      for match in matches(forKey: key) where seen.insert(match.entry).inserted {
        found.append(entries[match.entry])
      }
    }
    return found
  }

  /// Multi-word entries whose words are a prefix of `words` (normalized keys), longest
  /// first, with the number of words each covers.
  public func phrases(startingWith words: [String]) -> [(entry: Int, length: Int)] {
    guard let first = words.first else { return [] }
    // Each word is read like a single word's key (فى for في: فى الوقت نفسه), and an indefinite
    // one also with the accusative ـًا (حداً أدنى "a minimum").
    let reads = { (form: String, key: String) in
      normalizer.isReading(form, ofKey: key) || self.isAccusative(key, of: form)
    }
    let firstKeys = normalizer.alternatives(ofKey: first) + (first.hasSuffix("ا") ? [String(first.dropLast())] : [])
    let lists = firstKeys.compactMap { phrases[ByteKey($0)] }
    let candidates = lists.count == 1 ? lists[0] : Set(lists.joined()).sorted()
    var found: [(entry: Int, length: Int)] = []
    for index in candidates {
      for form in phraseForms[index] ?? [] where form.count <= words.count && reads(form[0], first) {
        if zip(form, words).allSatisfy(reads) {
          found.append((index, form.count))
          break
        }
      }
    }
    return found.sorted { $0.length > $1.length }
  }

  /// Whether `key` is `form` with the accusative ـًا of an indefinite noun or adjective: not
  /// after the article, nor on a word in ا، ى، ة, ء or ه (a pronoun), which write no alef for it,
  /// nor when the key is a listed word of its own (أفريقيا is Africa, not أفريقي "African" + ـًا).
  func isAccusative(_ key: String, of form: String) -> Bool {
    guard let last = form.unicodeScalars.last, !"\u{0627}\u{0649}\u{0629}\u{0621}\u{0647}".unicodeScalars.contains(last) else { return false }
    return key.unicodeScalars.count == form.unicodeScalars.count + 1 && key.hasSuffix("\u{0627}")
      && key.hasPrefix(form) && !form.hasPrefix("\u{0627}\u{0644}") && matches(forKey: key).isEmpty
  }

  /// Grammar morphemes of a role with the given normalized key (e.g. the proclitic و).
  public func morphemes(_ role: MorphemeRole, key: String) -> [LexiconEntry] {
    (morphemes[role]?[ByteKey(key)] ?? []).map { entries[$0] }
  }

  /// Every grammar morpheme of a role.
  public func morphemes(_ role: MorphemeRole) -> [LexiconEntry] {
    (morphemes[role]?.values.flatMap { $0 } ?? []).sorted().map { entries[$0] }
  }

  /// Entries whose English gloss contains `word` as a whole word (case-insensitive), best
  /// matches (primary sense equal to the word) first.
  public func entries(english word: String) -> [LexiconEntry] {
    let wanted = word.lowercased()
    func words(_ gloss: String) -> [Substring] {
      gloss.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }
    }
    let hits = entries.filter { entry in
      entry.glosses.contains { gloss in
        gloss.lowercased() == wanted || words(gloss).contains { $0 == wanted[...] }
          || (wanted.contains(" ") && gloss.lowercased().contains(wanted))
      }
    }
    func rank(_ entry: LexiconEntry) -> Int {
      entry.glosses.firstIndex { $0.lowercased() == wanted } ?? entry.glosses.count + 1
    }
    return hits.enumerated().sorted { a, b in
      (rank(a.element), a.offset) < (rank(b.element), b.offset)
    }.map(\.element)
  }
}
