import Foundation

/// The interlinear examples as a CLDF dataset (Cross-Linguistic Data Formats): an
/// `examples.csv` ExampleTable — Primary_Text, Analyzed_Word, Gloss, Translated_Text — and its
/// JSON metadata, the exchange format of language-documentation tools (pycldf, pyigt).
public struct GlossCLDFRenderer: Sendable {
  /// A renderer.
  public init() {}

  /// The files of the dataset: file name → content.
  public func render(_ sentences: [GlossedSentence], source: String) -> [(name: String, content: String)] {
    var csv = "ID,Language_ID,Primary_Text,Analyzed_Word,Gloss,Translated_Text,Comment\n"
    for sentence in sentences {
      let units = InterlinearUnit.units(of: sentence)
      guard !units.isEmpty else { continue }
      let primary = sentence.tokens.map(\.token.text).joined()
        .trimmingCharacters(in: [" ", "\n", "\r", "\t"])
      // Words and glosses are tab-separated lists: one item a unit, spaces inside an item
      // (a multi-word name) kept.
      let words = units.map { $0.translit.isEmpty ? $0.arabic : $0.translit }.joined(separator: "\t")
      let glosses = units.map { $0.leipzig.isEmpty ? "_" : $0.leipzig }.joined(separator: "\t")
      let row = ["\(sentence.index + 1)", "stan1318", primary, words, glosses,
        DraftTranslation.of(units), "machine gloss by argloss; Translated_Text is a word-based draft"]
      csv += row.map(Self.csvField).joined(separator: ",") + "\n"
    }
    let metadata = JSONValue.object([
      ("@context", .array([.string("http://www.w3.org/ns/csvw"), .object([("@language", .string("en"))])])),
      ("dc:conformsTo", .string("http://cldf.clld.org/v1.0/terms.rdf#Generic")),
      ("dc:title", .string("argloss interlinear gloss of \(source)")),
      ("dc:source", .string(source)),
      ("tables", .array([.object([
        ("url", .string("examples.csv")),
        ("dc:conformsTo", .string("http://cldf.clld.org/v1.0/terms.rdf#ExampleTable")),
        ("tableSchema", .object([
          ("columns", .array([
            column("ID", "id"), column("Language_ID", "languageReference"),
            column("Primary_Text", "primaryText"), column("Analyzed_Word", "analyzedWord", separator: "\t"),
            column("Gloss", "gloss", separator: "\t"), column("Translated_Text", "translatedText"),
            column("Comment", "comment"),
          ])),
          ("primaryKey", .array([.string("ID")])),
        ])),
      ])])),
    ])
    return [("examples.csv", csv), ("cldf-metadata.json", metadata.pretty + "\n")]
  }

  private func column(_ name: String, _ property: String, separator: String? = nil) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("name", .string(name)), ("propertyUrl", .string("http://cldf.clld.org/v1.0/terms.rdf#\(property)")),
      ("datatype", .string("string")),
    ]
    if let separator { fields.append(("separator", .string(separator))) }
    return .object(fields)
  }

  /// A CSV field, quoted when it holds a comma, quote, tab or line break.
  static func csvField(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\t" || $0.isNewline }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
