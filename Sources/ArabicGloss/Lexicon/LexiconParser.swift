/// Parses the text of one lexicon file into entries, collecting every problem it finds
/// rather than stopping at the first.
///
/// The format is documented in `lexicons/README.md`: a header line naming the columns, then
/// one tab-separated entry a line; `#` comments and blank lines are allowed.
public struct LexiconParser: Sendable {
  /// What parsing one file produced.
  public struct Result: Sendable {
    /// The well-formed entries, in file order.
    public var entries: [LexiconEntry]
    /// Every problem found; a file with any is refused by the loader.
    public var issues: [LexiconIssue]
  }

  private let normalizer = LookupNormalizer()

  /// A parser.
  public init() {}

  /// Parses `text`, naming `file` in provenance and messages.
  public func parse(_ text: String, file: String) -> Result {
    var entries: [LexiconEntry] = []
    var issues: [LexiconIssue] = []
    var columns: [LexiconColumn]?
    // (written form, pos, role) → the first entry's line and glosses, to catch repeats.
    var seen: [ByteKey: (line: Int, glosses: [String])] = [:]

    var lineNumber = 0
    for line in Self.lines(of: text) {
      lineNumber += 1
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.first == "#" { continue }
      let fields = Self.fields(of: line)
      func issue(_ field: Int, _ offset: Int = 0, _ message: String) {
        let starts = Self.fieldStarts(fields)
        issues.append(
          LexiconIssue(file: file, line: lineNumber, column: starts[field] + offset, message: message))
      }

      guard let header = columns else {
        columns = parseHeader(fields, issue: issue)
        if columns == nil { return Result(entries: [], issues: issues) }
        continue
      }
      if fields.count > header.count {
        issue(header.count, 0, "expected at most \(header.count) tab-separated fields (\(header.map(\.rawValue).joined(separator: ", "))), found \(fields.count)")
        continue
      }
      var values: [LexiconColumn: (text: Substring, index: Int)] = [:]
      for (index, field) in fields.enumerated() {
        values[header[index]] = (field, index)
      }
      let before = issues.count
      if let entry = parseEntry(values, line: lineNumber, file: file, issue: issue),
        issues.count == before
      {
        // The same written form twice (diacritics kept: عَلَم and عِلْم are two words).
        for key in ([entry.arabic] + entry.variants).map({ normalizer.vocalizedForm($0) }) {
          let seenKey = ByteKey(key + "\t" + entry.pos.rawValue + "\t" + (entry.role?.rawValue ?? ""))
          if let first = seen[seenKey] {
            let what = first.glosses == entry.glosses ? "duplicate entry" : "conflicting glosses for the same key and part of speech"
            issue(values[.arabic]?.index ?? 0, 0, "\(what): '\(key)' (\(entry.pos.rawValue)) is already on line \(first.line)")
          } else {
            seen[seenKey] = (lineNumber, entry.glosses)
          }
        }
        if issues.count == before { entries.append(entry) }
      }
    }
    if columns == nil {
      issues.append(LexiconIssue(file: file, line: 1, column: 1, message: "no header line: the first non-comment line must name the columns (arabic, pos, gloss, …)"))
    }
    return Result(entries: entries, issues: issues)
  }

  /// The header's columns, or nil when it is unusable (then every line would be misread).
  private func parseHeader(
    _ fields: [Substring], issue: (Int, Int, String) -> Void
  ) -> [LexiconColumn]? {
    var columns: [LexiconColumn] = []
    var ok = true
    for (index, field) in fields.enumerated() {
      let name = field.trimmingSpaces
      guard let column = LexiconColumn(rawValue: name) else {
        let known = LexiconColumn.allCases.map(\.rawValue).joined(separator: ", ")
        issue(index, 0, "unknown column '\(name)' in the header (known: \(known))")
        ok = false
        continue
      }
      if columns.contains(column) {
        issue(index, 0, "column '\(name)' named twice in the header")
        ok = false
      }
      columns.append(column)
    }
    for column in LexiconColumn.required where !columns.contains(column) {
      issue(0, 0, "missing column '\(column.rawValue)' in the header")
      ok = false
    }
    return ok ? columns : nil
  }

  /// One entry from its fields, reporting each bad field.
  private func parseEntry(
    _ values: [LexiconColumn: (text: Substring, index: Int)], line: Int, file: String,
    issue: (Int, Int, String) -> Void
  ) -> LexiconEntry? {
    func value(_ column: LexiconColumn) -> Substring? {
      guard let text = values[column]?.text, !text.isEmpty else { return nil }
      return text
    }
    func report(_ column: LexiconColumn, _ offset: Int = 0, _ message: String) {
      issue(values[column]?.index ?? 0, offset, message)
    }
    func checkArabic(_ column: LexiconColumn, _ text: Substring, allowSpaces: Bool) {
      for problem in ArabicFieldValidator.problems(in: text, allowSpaces: allowSpaces) {
        report(column, problem.offset, problem.message)
      }
    }
    func list(_ column: LexiconColumn, separator: Character) -> [String] {
      (value(column)?.split(separator: separator, omittingEmptySubsequences: false) ?? [])
        .map { $0.trimmingSpaces }
    }

    guard let arabic = value(.arabic) else {
      report(.arabic, 0, "empty Arabic form")
      return nil
    }
    checkArabic(.arabic, arabic, allowSpaces: true)
    guard let posText = value(.pos) else {
      report(.pos, 0, "empty part of speech")
      return nil
    }
    guard let pos = PartOfSpeech(rawValue: String(posText)) else {
      let known = PartOfSpeech.allCases.map(\.rawValue).joined(separator: ", ")
      report(.pos, 0, "unknown part of speech '\(posText)' (known: \(known))")
      return nil
    }
    let glosses = list(.gloss, separator: ";")
    if glosses.isEmpty {
      report(.gloss, 0, "empty gloss")
    } else if glosses.contains(where: \.isEmpty) {
      report(.gloss, 0, "empty sense in the gloss (two ';' in a row or a trailing ';')")
    }
    if let gloss = value(.gloss), let bad = gloss.firstIndex(where: { $0.unicodeScalars.contains(where: ArabicFieldValidator.isLetter) }) {
      report(.gloss, gloss.distance(from: gloss.startIndex, to: bad), "Arabic letters in the English gloss")
    }
    var entry = LexiconEntry(
      arabic: String(arabic), pos: pos, glosses: glosses, source: Provenance(file: file, line: line))

    if let text = value(.category) {
      if let category = EntryCategory(rawValue: String(text)) {
        entry.category = category
      } else {
        report(.category, 0, "unknown category '\(text)' (known: \(EntryCategory.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
    }
    if let text = value(.gender) {
      if let gender = Gender(rawValue: String(text)) {
        entry.gender = gender
      } else {
        report(.gender, 0, "unknown gender '\(text)' (use m or f)")
      }
    }
    for flag in list(.inflect, separator: ",") {
      if let parsed = InflectionFlag(rawValue: flag) {
        entry.inflections.insert(parsed)
      } else {
        report(.inflect, 0, "unknown inflection flag '\(flag)' (known: \(InflectionFlag.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
    }
    // A multi-word entry always wins where its words occur: `context` cannot hold it back, so a
    // phrase of ordinary words (الجيش الملكي "the royal army") must not be an entry at all.
    if entry.inflections.contains(.context) && entry.isMultiword {
      report(.inflect, 0, "'context' has no effect on a multi-word entry, which always matches its words")
    }
    entry.plurals = list(.plural, separator: "|")
    entry.variants = list(.variants, separator: "|")
    for (column, forms) in [(LexiconColumn.plural, entry.plurals), (.variants, entry.variants)] {
      for form in forms {
        if form.isEmpty {
          report(column, 0, "empty item in '|'-separated \(column.rawValue)")
        } else {
          checkArabic(column, Substring(form), allowSpaces: true)
        }
      }
    }
    // Compare spellings without diacritics but with hamza seats (آخَر and أُخَر differ).
    func spelling(_ text: String) -> String {
      String(String.UnicodeScalarView(normalizer.vocalizedForm(text).unicodeScalars.filter {
        !ArabicFieldValidator.isDiacritic($0)
      }))
    }
    if entry.plurals.contains(where: { spelling($0) == spelling(entry.arabic) }) {
      report(.plural, 0, "plural identical to the singular")
    }
    if let text = value(.imperfect) {
      checkArabic(.imperfect, text, allowSpaces: false)
      entry.imperfect = String(text)
    }
    if let text = value(.form) {
      if let form = VerbForm(rawValue: String(text)) {
        entry.form = form
      } else {
        report(.form, 0, "unknown verb form '\(text)' (use I to X, QI or QII)")
      }
    }
    if pos == .verb && !entry.isMultiword {
      if entry.imperfect == nil { report(.arabic, 0, "verb without an imperfect stem (add the imperfect column)") }
      if entry.form == nil { report(.arabic, 0, "verb without a verb form (add the form column: I to X)") }
    } else if pos != .verb, entry.imperfect != nil || entry.form != nil {
      report(values[.imperfect] != nil ? .imperfect : .form, 0, "imperfect and form are for verbs only")
    }
    if let text = value(.role) {
      if let role = MorphemeRole(rawValue: String(text)) {
        entry.role = role
      } else {
        report(.role, 0, "unknown role '\(text)' (known: \(MorphemeRole.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
    }
    entry.translit = value(.translit).map(String.init)
    entry.leipzig = value(.leipzig).map(String.init)
    return entry
  }

  /// The lines of `text`, split on LF bytes (a CR before it is dropped): byte-level
  /// splitting keeps loading fast; LF always ends a character, so the slices are valid.
  static func lines(of text: String) -> [Substring] {
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x0A {
        lines.append(trimmingCR(text[start..<index]))
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    lines.append(trimmingCR(text[start..<utf8.endIndex]))
    return lines
  }

  private static func trimmingCR(_ line: Substring) -> Substring {
    guard line.utf8.last == 0x0D else { return line }
    return line[..<line.utf8.index(before: line.utf8.endIndex)]
  }

  /// The tab-separated fields of a line, split on TAB bytes.
  static func fields(of line: Substring) -> [Substring] {
    var fields: [Substring] = []
    let utf8 = line.utf8
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x09 {
        fields.append(line[start..<index])
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    fields.append(line[start..<utf8.endIndex])
    return fields
  }

  /// The 1-based column where each field starts.
  private static func fieldStarts(_ fields: [Substring]) -> [Int] {
    var starts: [Int] = []
    var column = 1
    for field in fields {
      starts.append(column)
      column += field.count + 1
    }
    starts.append(column)
    return starts
  }
}
