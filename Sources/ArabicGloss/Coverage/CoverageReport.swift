import Foundation

/// What the lexicons know of a corpus: token and type counts by status, the lexicon files
/// and categories that did the work, and every unknown type with its frequency, a context
/// line and a suggested romanization.
///
/// The report keeps raw counts only, so reports made on shards of a corpus merge into the
/// report of the whole (`merged(_:)`), and its size grows with the number of distinct types,
/// not with the corpus.
public struct CoverageReport: Sendable, Equatable {
  /// One distinct word form (by lookup key).
  public struct WordType: Sendable, Equatable {
    /// The form as first seen.
    public var surface: String
    /// How often it occurs.
    public var count: Int
    /// How the engine glossed it.
    public var status: GlossStatus
    /// The suggested romanization.
    public var translit: String
    /// For a partial word: the unknown stem left after its clitics (the entry to add).
    public var stem: String
    /// The first occurrence in context, the word marked with « ».
    public var context: String
    /// The input file of that occurrence.
    public var file: String
  }

  /// Arabic word tokens by status.
  public var tokens: [GlossStatus: Int] = [:]
  /// Distinct Arabic word forms, by lookup key.
  public var types: [String: WordType] = [:]
  /// The order in which types were first seen (for reproducible listings).
  public var typeOrder: [String] = []
  /// Tokens glossed by each lexicon file.
  public var lexiconFiles: [String: Int] = [:]
  /// Tokens glossed by each entry category (`none` for uncategorized entries).
  public var categories: [String: Int] = [:]
  /// Arabic word tokens by input file and status.
  public var inputs: [String: [GlossStatus: Int]] = [:]
  /// Orthographic words (space-separated chunks with an Arabic letter), and how many of
  /// them have a gloss: the measure the evaluation scorer uses.
  public var words = 0
  /// Orthographic words with a gloss.
  public var glossedWords = 0

  /// An empty report.
  public init() {}

  /// The statuses that count as known.
  public static let knownStatuses: Set<GlossStatus> = [.known, .repaired, .bama, .fallback]

  /// All Arabic word tokens.
  public var tokenCount: Int { tokens.values.reduce(0, +) }

  /// Tokens with a gloss (known, repaired or fallback).
  public var knownTokens: Int { Self.knownStatuses.reduce(0) { $0 + (tokens[$1] ?? 0) } }

  /// Token coverage in percent.
  public var tokenCoverage: Double { percent(knownTokens, tokenCount) }

  /// Type coverage in percent.
  public var typeCoverage: Double {
    percent(types.values.filter { Self.knownStatuses.contains($0.status) }.count, types.count)
  }

  /// Orthographic word coverage in percent.
  public var wordCoverage: Double { percent(glossedWords, words) }

  private func percent(_ part: Int, _ whole: Int) -> Double {
    whole == 0 ? 100 : Double(part) * 100 / Double(whole)
  }

  /// Adds the glossed sentences of one input file.
  public mutating func add(_ sentences: [GlossedSentence], file: String) {
    let normalizer = LookupNormalizer()
    for sentence in sentences {
      countWords(sentence)
      for (position, t) in sentence.tokens.enumerated() where t.token.kind == .arabic {
        tokens[t.status, default: 0] += 1
        inputs[file, default: [:]][t.status, default: 0] += 1
        for entry in (t.analysis.map { [$0.entry] } ?? t.parts.map(\.entry)) where Self.knownStatuses.contains(t.status) {
          lexiconFiles[entry.source.file, default: 0] += 1
          categories[entry.category?.rawValue ?? "none", default: 0] += 1
        }
        let key = normalizer.key(t.token.text)
        if var known = types[key] {
          known.count += 1
          types[key] = known
        } else {
          typeOrder.append(key)
          types[key] = WordType(
            surface: t.token.text, count: 1, status: t.status, translit: t.translit,
            stem: t.unknownStem ?? key, context: Self.context(sentence.tokens, at: position),
            file: file)
        }
      }
    }
  }

  /// Counts space-separated chunks with an Arabic letter, and those with a glossed token.
  private mutating func countWords(_ sentence: GlossedSentence) {
    var inWord = false, arabic = false, glossed = false
    func close() {
      if inWord && arabic {
        words += 1
        if glossed { glossedWords += 1 }
      }
      inWord = false
      arabic = false
      glossed = false
    }
    for t in sentence.tokens {
      if t.token.kind == .whitespace {
        close()
        continue
      }
      inWord = true
      if t.token.kind == .arabic { arabic = true }
      if !t.gloss.isEmpty && t.status != .partial && t.status != .unknown { glossed = true }
    }
    close()
  }

  /// Up to 40 characters either side of the token, the token marked « ».
  private static func context(_ tokens: [GlossedToken], at position: Int) -> String {
    var before = "", after = ""
    var i = position - 1
    while i >= 0 && before.count < 40 {
      before = tokens[i].token.text + before
      i -= 1
    }
    i = position + 1
    while i < tokens.count && after.count < 40 {
      after += tokens[i].token.text
      i += 1
    }
    let clean = { (s: String) in s.map { $0.isNewline || $0 == "\t" ? " " : $0 }.map(String.init).joined() }
    return (clean(String(before.suffix(40))) + "«" + tokens[position].token.text + "»"
      + clean(String(after.prefix(40)))).trimmingCharacters(in: .whitespaces)
  }

  /// The report of a corpus from the reports of its shards, given in corpus order.
  public static func merged(_ reports: [CoverageReport]) -> CoverageReport {
    var out = CoverageReport()
    for r in reports {
      for (s, n) in r.tokens { out.tokens[s, default: 0] += n }
      for (f, n) in r.lexiconFiles { out.lexiconFiles[f, default: 0] += n }
      for (c, n) in r.categories { out.categories[c, default: 0] += n }
      for (file, counts) in r.inputs {
        for (s, n) in counts { out.inputs[file, default: [:]][s, default: 0] += n }
      }
      out.words += r.words
      out.glossedWords += r.glossedWords
      for key in r.typeOrder {
        guard let t = r.types[key] else { continue }
        if var known = out.types[key] {
          known.count += t.count
          out.types[key] = known
        } else {
          out.typeOrder.append(key)
          out.types[key] = t
        }
      }
    }
    return out
  }

  /// Types with a given status, commonest first (ties in order of first appearance).
  public func types(with statuses: Set<GlossStatus>) -> [WordType] {
    typeOrder.enumerated().compactMap { offset, key -> (Int, WordType)? in
      guard let t = types[key], statuses.contains(t.status) else { return nil }
      return (offset, t)
    }.sorted { $0.1.count != $1.1.count ? $0.1.count > $1.1.count : $0.0 < $1.0 }.map(\.1)
  }
}
