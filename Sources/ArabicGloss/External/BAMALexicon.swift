/// A Buckwalter Arabic Morphological Analyzer lexicon the user owns (BAMA 1.0, or LDC's SAMA
/// in the same format), read at run time from its six files. argloss ships none of it.
///
/// `dictPrefixes`, `dictStems` and `dictSuffixes` hold one morpheme per line in four
/// tab-separated fields (unvocalized form, morphological category, vocalized form, gloss with
/// an optional `<pos>…</pos>` tag), Arabic in Buckwalter transliteration, Latin-1; `;` starts
/// a comment and `;; ID` in `dictStems` opens the lemma the following stems belong to.
/// `tableAB`, `tableAC` and `tableBC` list the compatible category pairs (prefix–stem,
/// prefix–suffix, stem–suffix), two per line. A word is analysed the analyzer's way: every
/// split into prefix + stem + suffix whose three parts are listed and pairwise compatible.
/// The empty prefix and suffix have the categories `Pref-0` and `Suff-0` unless the files
/// list them. Immutable once loaded: one instance serves every thread.
public final class BAMALexicon: Sendable {
  /// A file of the lexicon could not be read or has a malformed line.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    /// The file's path.
    public var path: String
    /// The 1-based line, when the problem is on a line.
    public var line: Int?
    /// What is wrong.
    public var message: String

    public var description: String { path + (line.map { ":\($0)" } ?? "") + ": " + message }
  }

  /// One line of a dictionary file.
  struct Morph: Sendable {
    var unvocalized: String
    var category: String
    var vocalized: String
    /// The gloss without its `<pos>` tag.
    var gloss: String
    /// The content of the `<pos>` tag (`wa/CONJ+Al/DET+`), if any.
    var pos: String?
    /// The lemma ID of the `;;` line above a stem.
    var lemma: String?
    var line: Int
  }

  /// One analysis: a listed prefix, stem and suffix, pairwise compatible.
  struct Solution: Sendable {
    var prefix: Morph
    var stem: Morph
    var suffix: Morph
  }

  /// The six file names, in the order they are read.
  public static let fileNames = ["dictPrefixes", "dictStems", "dictSuffixes", "tableAB", "tableAC", "tableBC"]

  /// The folder the files were read from.
  public let directory: String
  private let prefixes: [String: [Morph]]
  private let stems: [String: [Morph]]
  private let suffixes: [String: [Morph]]
  private let ab: Set<String>
  private let ac: Set<String>
  private let bc: Set<String>

  /// How many stems the lexicon lists.
  public let stemCount: Int

  /// Reads the six files from `directory`.
  /// - Throws: `Failure` naming the file (and line) that is missing or malformed.
  public init(directory: String) throws(Failure) {
    self.directory = directory
    func path(_ name: String) -> String { directory + "/" + name }
    prefixes = try Self.readDictionary(path("dictPrefixes"), empty: "Pref-0")
    let stemLines = try Self.readDictionary(path("dictStems"), empty: nil)
    stems = stemLines
    suffixes = try Self.readDictionary(path("dictSuffixes"), empty: "Suff-0")
    ab = try Self.readTable(path("tableAB"))
    ac = try Self.readTable(path("tableAC"))
    bc = try Self.readTable(path("tableBC"))
    stemCount = stemLines.values.reduce(0) { $0 + $1.count }
  }

  /// Every analysis of `word`, given in Buckwalter transliteration without vowel marks.
  func solutions(ofBuckwalter word: String) -> [Solution] {
    let letters = Array(word.unicodeScalars)
    var out: [Solution] = []
    for prefixLength in 0...min(4, max(0, letters.count - 1)) {
      let prefix = String(String.UnicodeScalarView(letters[0..<prefixLength]))
      guard let prefixMorphs = prefixes[prefix] else { continue }
      for suffixLength in 0...min(6, letters.count - prefixLength - 1) {
        let suffixStart = letters.count - suffixLength
        let stem = String(String.UnicodeScalarView(letters[prefixLength..<suffixStart]))
        let suffix = String(String.UnicodeScalarView(letters[suffixStart...]))
        guard let stemMorphs = stems[stem], let suffixMorphs = suffixes[suffix] else { continue }
        for p in prefixMorphs {
          for s in stemMorphs where ab.contains(p.category + " " + s.category) {
            for x in suffixMorphs
            where ac.contains(p.category + " " + x.category) && bc.contains(s.category + " " + x.category) {
              out.append(Solution(prefix: p, stem: s, suffix: x))
            }
          }
        }
      }
    }
    return out
  }

  /// The lines of a Latin-1 file.
  private static func lines(_ path: String) throws(Failure) -> [Substring] {
    guard let bytes = FileBytes.read(path) else {
      throw Failure(path: path, line: nil, message: "cannot be read (missing, a folder, or not readable)")
    }
    // Latin-1: every byte is the code point of the same value.
    let text = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    return text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  private static func readDictionary(_ path: String, empty: String?) throws(Failure) -> [String: [Morph]] {
    var out: [String: [Morph]] = [:]
    var lemma: String?
    for (offset, raw) in try lines(path).enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      if line.hasPrefix(";") {
        if line.hasPrefix(";; ") { lemma = String(line.dropFirst(3)).trimmingSpaces }
        continue
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 4 else {
        throw Failure(path: path, line: offset + 1, message: "expected 4 tab-separated fields, found \(fields.count)")
      }
      var gloss = String(fields[3])
      var pos: String?
      if let open = gloss.range(of: "<pos>"), let close = gloss.range(of: "</pos>"), open.upperBound <= close.lowerBound {
        pos = String(gloss[open.upperBound..<close.lowerBound])
        gloss.removeSubrange(open.lowerBound..<close.upperBound)
      }
      let morph = Morph(
        unvocalized: String(fields[0]), category: String(fields[1]), vocalized: String(fields[2]),
        gloss: gloss.trimmingSpaces, pos: pos, lemma: lemma, line: offset + 1)
      out[morph.unvocalized, default: []].append(morph)
    }
    if let empty, out[""] == nil {
      out[""] = [Morph(unvocalized: "", category: empty, vocalized: "", gloss: "", pos: nil, lemma: nil, line: 0)]
    }
    return out
  }

  private static func readTable(_ path: String) throws(Failure) -> Set<String> {
    var out = Set<String>()
    for (offset, raw) in try lines(path).enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.hasPrefix(";") { continue }
      let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      if fields.isEmpty { continue }
      guard fields.count == 2 else {
        throw Failure(path: path, line: offset + 1, message: "expected two categories, found \(fields.count) fields")
      }
      out.insert(fields[0] + " " + fields[1])
    }
    return out
  }
}
