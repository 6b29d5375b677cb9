/// The whole document as one JSON object: sentences with their tokens (the JSONL objects)
/// and their entities, and the draft translation. The schema is
/// `docs/gloss-json.schema.json`; `schemaVersion` changes with it.
public struct GlossJSONRenderer: Sendable {
  /// The version of the document schema.
  public static let schemaVersion = 1

  /// A renderer.
  public init() {}

  /// The document for `sentences` of the input `source`.
  public func render(_ sentences: [GlossedSentence], source: String) -> JSONValue {
    let tokens = GlossJSONLinesRenderer()
    return .object([
      ("schemaVersion", .int(Self.schemaVersion)), ("generator", .string("argloss \(ArglossVersion.current)")),
      ("source", .string(source)),
      ("sentences", .array(sentences.map { sentence in
        .object([
          ("index", .int(sentence.index)), ("start", .int(sentence.range.lowerBound)),
          ("end", .int(sentence.range.upperBound)),
          ("draft", .string(DraftTranslation.of(InterlinearUnit.units(of: sentence)))),
          ("entities", .array(sentence.entities.map { e in
            .object([
              ("id", .int(e.id)), ("type", .string(e.type)), ("english", .string(e.english)),
              ("first", .int(e.first)), ("last", .int(e.last)), ("source", .string(e.entry.source.description)),
            ])
          })),
          ("tokens", .array(sentence.tokens.map(tokens.object))),
        ])
      })),
    ])
  }
}
