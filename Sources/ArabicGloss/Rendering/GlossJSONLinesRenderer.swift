/// Renders glossed text as JSON Lines: one object per token (whitespace and punctuation
/// included, so the `text` fields rebuild the input). The fields are documented in
/// docs/gloss-jsonl.md.
public struct GlossJSONLinesRenderer: Sendable {
  /// A renderer.
  public init() {}

  /// The lines of `sentences`, each ending in a line feed.
  public func render(_ sentences: [GlossedSentence]) -> String {
    var out: [UInt8] = []
    for sentence in sentences {
      for token in sentence.tokens {
        object(token).appendCompact(to: &out)
        out.append(0x0A)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// One token's object.
  public func object(_ t: GlossedToken) -> JSONValue {
    let a = t.analysis
    let isWord = t.token.kind == .arabic
    var fields: [(String, JSONValue)] = [
      ("sentence", .int(t.token.sentence)), ("token", .int(t.token.index)),
      ("kind", .string(t.token.kind.rawValue)), ("text", .string(t.token.text)),
      ("start", .int(t.token.range.lowerBound)), ("end", .int(t.token.range.upperBound)),
      ("translit", .string(t.translit)),
      ("vocalized", isWord ? .bool(t.vocalized) : .null),
      ("gloss", .string(t.gloss)), ("leipzig", .string(t.leipzig)),
      ("lemma", t.lemma.map(JSONValue.string) ?? .null),
      ("pos", a.map { $0.entry.isFallback ? .null : .string($0.entry.pos.rawValue) } ?? .null),
      ("morphemes", .array(t.morphemes.map(Self.morpheme))),
    ]
    if let e = t.entity {
      fields.append(("entity", .object([
        ("id", .int(e.id)), ("type", .string(e.type)), ("english", .string(e.english)),
        ("first", .int(e.first)), ("last", .int(e.last)),
      ])))
    } else {
      fields.append(("entity", .null))
    }
    fields.append(("status", .string(isWord || t.token.kind == .number || t.token.kind == .latin ? t.status.rawValue : "none")))
    let sources = (a.map { [$0] } ?? t.parts).map { JSONValue.string($0.entry.source.description) }
    fields.append(("source", sources.count == 1 ? sources[0] : sources.isEmpty ? .null : .array(sources)))
    fields.append(("alternatives", .array(t.alternatives.map(Self.alternative))))
    return .object(fields)
  }

  private static func morpheme(_ m: Morpheme) -> JSONValue {
    .object([("text", .string(m.text)), ("gloss", .string(m.role == .stem ? m.gloss : (m.gloss.isEmpty ? m.label : m.gloss))), ("role", .string(m.role.rawValue)), ("label", .string(m.label))])
  }

  private static func alternative(_ a: Analysis) -> JSONValue {
    .object([
      ("gloss", .string(GlossComposer.readable(a))), ("leipzig", .string(Leipzig.gloss(of: a))),
      ("lemma", .string(a.entry.arabic)), ("pos", .string(a.entry.pos.rawValue)),
      ("source", .string(a.entry.source.description)),
    ])
  }
}
