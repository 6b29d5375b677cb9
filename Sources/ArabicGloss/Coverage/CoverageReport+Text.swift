import Foundation

/// Human-readable and tabular forms of a coverage report, the comparison with a baseline,
/// and the candidate lexicon entries for lexicographers.
extension CoverageReport {
  /// A text report with the `top` unknown types.
  public func text(top: Int) -> String {
    var out = String(
      format: "Arabic tokens    %d, known %d (%.2f%%)\nArabic types     %d (%.2f%% known)\nwords            %d, glossed %d (%.2f%%)\n",
      tokenCount, knownTokens, tokenCoverage, types.count, typeCoverage, words, glossedWords, wordCoverage)
    out += "\nby status:\n"
    for status in [GlossStatus.known, .repaired, .bama, .fallback, .partial, .unknown] {
      let n = tokens[status] ?? 0
      let name = status.rawValue + String(repeating: " ", count: max(0, 9 - status.rawValue.count))
      out += "  " + name + String(format: " %8d  %6.2f%%\n", n, tokenCount == 0 ? 0 : Double(n) * 100 / Double(tokenCount))
    }
    out += "\nby lexicon file (tokens glossed):\n"
    for (file, n) in lexiconFiles.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
      out += String(format: "  %8d  %@\n", n, file as NSString)
    }
    out += "\nby category:\n"
    for (category, n) in categories.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
      out += String(format: "  %8d  %@\n", n, category as NSString)
    }
    let unknown = types(with: [.unknown, .partial])
    out += "\ntop \(min(top, unknown.count)) of \(unknown.count) unknown or partial types:\n"
    for t in unknown.prefix(top) {
      out += "  \(t.count)\t\(t.surface)\t\(t.translit)\t\(t.status.rawValue)\t\(t.context)\n"
    }
    return out
  }

  /// One line a type: key, surface, count, status, romanization, stem, context, file.
  public var tsv: String {
    var out = "key\tsurface\tcount\tstatus\ttranslit\tstem\tcontext\tfile\n"
    for key in typeOrder {
      guard let t = types[key] else { continue }
      out += [key, t.surface, String(t.count), t.status.rawValue, t.translit, t.stem, t.context, t.file]
        .map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t") + "\n"
    }
    return out
  }

  /// What changed since `baseline`: coverage delta and types newly known or newly unknown.
  public func comparison(with baseline: CoverageReport, limit: Int = 50) -> String {
    let known = Self.knownStatuses
    let gained = typeOrder.filter { key in
      guard let now = types[key], let before = baseline.types[key] else { return false }
      return known.contains(now.status) && !known.contains(before.status)
    }
    let lost = typeOrder.filter { key in
      guard let now = types[key], let before = baseline.types[key] else { return false }
      return !known.contains(now.status) && known.contains(before.status)
    }
    var out = String(
      format: "token coverage %.2f%% → %.2f%% (%+.2f points)\ntype coverage  %.2f%% → %.2f%% (%+.2f points)\n",
      baseline.tokenCoverage, tokenCoverage, tokenCoverage - baseline.tokenCoverage,
      baseline.typeCoverage, typeCoverage, typeCoverage - baseline.typeCoverage)
    out += "types newly known: \(gained.count)\n"
    for key in gained.prefix(limit) { out += "  + \(types[key]?.surface ?? key)\n" }
    out += "types no longer known: \(lost.count)\n"
    for key in lost.prefix(limit) { out += "  - \(types[key]?.surface ?? key)\n" }
    return out
  }

  /// The unknown and partial types, commonest first, as a lexicon file to fill in: each
  /// entry has its Arabic form (the stem, for partial words) and an empty part of speech
  /// and gloss, after a comment with its frequency and context.
  public var candidates: String {
    var out = """
      # Candidate entries from `argloss coverage`, commonest first. Fill in pos and gloss
      # (and the other columns the word needs: see lexicons/README.md), delete the lines you
      # do not want, then run `argloss lexicon check` on this file and use it with --lexicon.
      arabic\tpos\tgloss\tcategory\tgender\tplural\tinflect\timperfect\tform\tvariants\ttranslit

      """
    // One candidate a stem: الفرغلوطية and والفرغلوطية both ask for فرغلوطية.
    var order: [String] = []
    var byStem: [String: (count: Int, context: String)] = [:]
    for t in types(with: [.unknown, .partial])
    where !t.stem.isEmpty && t.stem.unicodeScalars.allSatisfy(ArabicFieldValidator.isLetter) {
      if let known = byStem[t.stem] {
        byStem[t.stem] = (known.count + t.count, known.context)
      } else {
        order.append(t.stem)
        byStem[t.stem] = (t.count, t.context)
      }
    }
    let ranked = order.enumerated().sorted { a, b in
      let (ca, cb) = (byStem[a.element]?.count ?? 0, byStem[b.element]?.count ?? 0)
      return ca != cb ? ca > cb : a.offset < b.offset
    }
    for (_, stem) in ranked {
      guard let c = byStem[stem] else { continue }
      out += "# \(c.count)× \(c.context)\n\(stem)\t\t\n"
    }
    return out
  }
}
