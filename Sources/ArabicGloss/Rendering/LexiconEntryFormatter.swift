/// One-line descriptions of lexicon entries for `lexicon lookup`.
public enum LexiconEntryFormatter {
  /// `arabic  POS  category  gloss; gloss  [morphology]  file:line`.
  public static func line(_ entry: LexiconEntry) -> String {
    var parts = [entry.arabic, entry.pos.rawValue]
    if let category = entry.category { parts.append(category.rawValue) }
    parts.append(entry.glosses.joined(separator: "; "))
    var morphology: [String] = []
    if let gender = entry.gender { morphology.append("gender \(gender.rawValue)") }
    if !entry.plurals.isEmpty { morphology.append("pl. " + entry.plurals.joined(separator: "|")) }
    if !entry.inflections.isEmpty {
      morphology.append(entry.inflections.map(\.rawValue).sorted().joined(separator: ","))
    }
    if let imperfect = entry.imperfect { morphology.append("impf. " + imperfect) }
    if let form = entry.form { morphology.append("form " + form.rawValue) }
    if !entry.variants.isEmpty { morphology.append("also " + entry.variants.joined(separator: "|")) }
    if let role = entry.role { morphology.append(role.rawValue) }
    if let leipzig = entry.leipzig { morphology.append(leipzig) }
    if !morphology.isEmpty { parts.append("[" + morphology.joined(separator: "; ") + "]") }
    parts.append(entry.isFallback ? "\(entry.source) (fallback)" : entry.source.description)
    return parts.joined(separator: "  ")
  }
}
