/// Counts over a loaded lexicon: totals, named entities, terms, multi-word entries, and
/// counts per file, category, part of speech and grammar class.
public struct LexiconStatistics: Sendable {
  /// All entries.
  public var entries = 0
  /// Named-entity entries (person, place, organization, media, nationality, …).
  public var entities = 0
  /// Term entries (political, military, security, diplomatic, legal, economic,
  /// humanitarian).
  public var terms = 0
  /// Multi-word entries.
  public var multiword = 0
  /// Entries per file.
  public var files: [String: Int] = [:]
  /// Entries per category (`none` for entries without one).
  public var categories: [String: Int] = [:]
  /// Entries per part of speech.
  public var partsOfSpeech: [String: Int] = [:]
  /// Grammar entries per class: morpheme roles (proclitic, article, enclitic, prefix,
  /// suffix), parts of speech of function words (ADP, CCONJ, …, NUM) and the Leipzig classes
  /// demonstrative (DEM), relative (REL), negation (NEG) and interrogative (Q).
  public var grammar: [String: Int] = [:]

  /// The statistics of `store`.
  public init(of store: LexiconStore) {
    for entry in store.entries {
      entries += 1
      if entry.isEntity { entities += 1 }
      if entry.isTerm { terms += 1 }
      if entry.isMultiword { multiword += 1 }
      files[entry.source.file, default: 0] += 1
      categories[entry.category?.rawValue ?? "none", default: 0] += 1
      partsOfSpeech[entry.pos.rawValue, default: 0] += 1
      guard entry.category == .grammar else { continue }
      if let role = entry.role {
        grammar[role.rawValue, default: 0] += 1
        continue
      }
      grammar[entry.pos.rawValue, default: 0] += 1
      if let label = entry.leipzig, ["DEM", "REL", "NEG", "Q"].contains(label) {
        grammar[label, default: 0] += 1
      }
    }
  }

  /// The statistics as a JSON object, keys sorted within each group.
  public var json: JSONValue {
    func counts(_ table: [String: Int]) -> JSONValue {
      .object(table.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })
    }
    return .object([
      ("entries", .int(entries)), ("entities", .int(entities)), ("terms", .int(terms)),
      ("multiword", .int(multiword)), ("files", counts(files)), ("categories", counts(categories)),
      ("pos", counts(partsOfSpeech)), ("grammar", counts(grammar)),
    ])
  }

  /// The statistics as aligned text.
  public var text: String {
    var out = "entries    \(entries)\nentities   \(entities)\nterms      \(terms)\nmultiword  \(multiword)\n"
    for (title, table) in [("files", files), ("categories", categories), ("pos", partsOfSpeech), ("grammar", grammar)] {
      out += "\n\(title):\n"
      let width = table.keys.map(\.count).max() ?? 0
      for (key, value) in table.sorted(by: { $0.key < $1.key }) {
        out += "  " + key + String(repeating: " ", count: width - key.count + 2) + "\(value)\n"
      }
    }
    return out
  }
}
