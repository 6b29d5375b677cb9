import ArabicGloss
import ArgumentParser
import Foundation
import ICUKit

/// `argloss translit`: romanize Arabic text (or turn Buckwalter back into Arabic).
struct Translit: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Romanize Arabic text in a standard scheme; with --names, list names as English writes them.",
    discussion: """
      Schemes: ala-lc (default), din, iso233, buckwalter, safe-buckwalter, simple \
      (transliteration/README.md). Known words are romanized with their short vowels from the \
      lexicons; unknown words only with long vowels. Everything that is not Arabic passes \
      through unchanged.

      Examples:
        argloss translit "كشف الرئيس الروسى فلاديمير بوتين"
        argloss translit --names --scheme simple --file article.txt
        argloss translit --scheme buckwalter --reverse "kataba"
      """
  )

  @Argument(help: "Text to romanize (each argument a line); standard input when none and no --file.")
  var text: [String] = []

  @Option(name: .long, help: ArgumentHelp("Read the text from this file.", valueName: "file"))
  var file: String?

  @Option(help: "The romanization scheme.")
  var scheme = "ala-lc"

  @Flag(help: "List each name once: the Arabic, its English name (from the lexicons) and its romanization.")
  var names = false

  @Flag(help: "Turn romanized text back into Arabic (reversible schemes: buckwalter, safe-buckwalter).")
  var reverse = false

  @Option(help: "Output format: text or jsonl.")
  var format: TranslitFormat = .text

  @OptionGroup var lexicons: LexiconOptions

  @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
  var lossy = false

  enum TranslitFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  func validate() throws {
    if file != nil && !text.isEmpty { throw ValidationError("give the text as arguments or with --file, not both") }
    if reverse && names { throw ValidationError("--reverse and --names do not go together") }
  }

  func run() throws {
    try Diagnostics.reporting {
      let output = OutputWriter()
      if reverse {
        try runReverse(output)
      } else {
        try runForward(output)
      }
      output.flush()
    }
  }

  /// Feeds the input to `body` in blocks that end at line breaks.
  private func eachBlock(_ body: (String) throws -> Void) throws {
    if !text.isEmpty {
      try body(text.joined(separator: "\n") + "\n")
    } else {
      try InputReader(lossy: lossy).stream(file ?? "-", body)
    }
  }

  private func runReverse(_ output: OutputWriter) throws {
    let chosen = try lexicons.scheme(scheme)
    guard chosen.reversible else {
      throw CLIError.usage("scheme '\(scheme)' is not reversible (use buckwalter or safe-buckwalter)")
    }
    let backwards = try ICUFailure.wrap { () throws(ICUError) in
      try Transliterator(rules: chosen.rules, name: "argloss-" + scheme, direction: .reverse)
    }
    try eachBlock { block in
      var lines = block.split(separator: "\n", omittingEmptySubsequences: false)
      if block.hasSuffix("\n") { lines.removeLast() }  // the line break ends the last line
      for line in lines {
        let arabic = try ICUFailure.wrap { () throws(ICUError) in try backwards.apply(String(line)) }
        output.write(format == .jsonl ? "{\"text\":\(Self.json(String(line))),\"arabic\":\(Self.json(arabic))}\n" : arabic + "\n")
      }
    }
  }

  private func runForward(_ output: OutputWriter) throws {
    let chosen = try lexicons.scheme(scheme)
    if chosen.surfaceOnly && !names {
      try runLetters(output, romanizer: try lexicons.romanizer(scheme))
      return
    }
    let glosser = try lexicons.glosser(scheme: scheme)
    var seenNames = Set<String>()
    var cursor = Segmenter.Cursor()
    try eachBlock { block in
      for paragraph in Segmenter.paragraphs(of: block) {
        let sentences = try ICUFailure.wrap { () throws(ICUError) in
          try glosser.gloss(paragraph: paragraph, cursor: &cursor)
        }
        for token in sentences.flatMap(\.tokens) {
          if names {
            try writeName(token, glosser: glosser, output: output, seen: &seenNames)
          } else if format == .jsonl {
            output.write(Self.jsonLine(token))
          } else {
            output.write(token.token.kind == .arabic ? token.translit : token.token.text)
          }
        }
      }
    }
  }

  /// A letter-for-letter scheme needs no analysis: segment, and romanize each Arabic word.
  private func runLetters(_ output: OutputWriter, romanizer: Romanizer) throws {
    let segmenter = try ICUFailure.wrap { () throws(ICUError) in try Segmenter() }
    var cursor = Segmenter.Cursor()
    try eachBlock { block in
      for paragraph in Segmenter.paragraphs(of: block) {
        let sentences = try ICUFailure.wrap { () throws(ICUError) in
          try segmenter.segment(paragraph: paragraph, cursor: &cursor)
        }
        for token in sentences.flatMap(\.tokens) {
          let romanized = token.kind == .arabic ? romanizer.romanize(surface: token.text) : token.text
          if format == .jsonl {
            let vocalized = token.kind == .arabic ? String(LookupNormalizer.isVocalized(token.text)) : "null"
            output.write("{\"text\":\(Self.json(token.text)),\"kind\":\"\(token.kind.rawValue)\",\"translit\":\(Self.json(romanized)),\"vocalized\":\(vocalized)}\n")
          } else {
            output.write(romanized)
          }
        }
      }
    }
  }

  /// One line a distinct name: a named entity (one line for a multi-word name), or an
  /// unknown word or stem, which is most often a name the lexicons lack.
  private func writeName(_ t: GlossedToken, glosser: Glosser, output: OutputWriter, seen: inout Set<String>) throws {
    guard t.token.kind == .arabic else { return }
    let arabic: String
    let english: String
    var romanized = t.translit
    if let entity = t.entity, entity.entry.pos == .properNoun {
      guard entity.first == t.token.index else { return }
      arabic = entity.entry.arabic
      english = entity.english
      romanized = glosser.romanization(of: entity.entry)
    } else if t.status == .unknown || t.status == .partial, let stem = t.unknownStem {
      arabic = stem
      english = ""
      romanized = glosser.romanization(ofLetters: stem)
    } else {
      return
    }
    guard seen.insert(arabic).inserted else { return }
    if english.isEmpty { romanized = Self.capitalized(romanized) }
    if format == .jsonl {
      output.write("{\"arabic\":\(Self.json(arabic)),\"english\":\(english.isEmpty ? "null" : Self.json(english)),\"translit\":\(Self.json(romanized)),\"known\":\(t.status != .unknown)}\n")
    } else {
      output.write("\(arabic)\t\(english.isEmpty ? "?" : english)\t\(romanized)\n")
    }
  }

  private static func jsonLine(_ t: GlossedToken) -> String {
    let isWord = t.token.kind == .arabic
    return "{\"text\":\(json(t.token.text)),\"kind\":\"\(t.token.kind.rawValue)\",\"translit\":\(json(isWord ? t.translit : t.token.text)),\"vocalized\":\(isWord ? String(t.vocalized) : "null")}\n"
  }

  private static func json(_ s: String) -> String { JSONValue.string(s).compact }

  private static func capitalized(_ s: String) -> String {
    guard let i = s.firstIndex(where: \.isLetter) else { return s }
    return s[..<i] + s[i].uppercased() + s[s.index(after: i)...]
  }
}
