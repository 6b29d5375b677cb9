import Foundation

/// The JSON form of a coverage report: summary figures plus the raw counts that `--merge`
/// and `--baseline` read back.
extension CoverageReport {
  /// Why a JSON report cannot be read.
  public struct FormatError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    public var description: String
  }

  /// The report as JSON.
  public var json: JSONValue {
    func counts(_ table: [GlossStatus: Int]) -> JSONValue {
      .object(table.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, .int($0.value)) })
    }
    func table(_ t: [String: Int]) -> JSONValue {
      .object(t.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })
    }
    return .object([
      ("format", .string("argloss-coverage-1")),
      ("tokens", .int(tokenCount)), ("knownTokens", .int(knownTokens)),
      ("tokenCoverage", .double(tokenCoverage)), ("types", .int(types.count)),
      ("typeCoverage", .double(typeCoverage)), ("words", .int(words)),
      ("glossedWords", .int(glossedWords)), ("wordCoverage", .double(wordCoverage)),
      ("byStatus", counts(tokens)), ("lexiconFiles", table(lexiconFiles)),
      ("categories", table(categories)),
      ("inputs", .object(inputs.sorted { $0.key < $1.key }.map { ($0.key, counts($0.value)) })),
      ("typeList", .array(typeOrder.compactMap { key in
        types[key].map { t in
          .object([
            ("key", .string(key)), ("surface", .string(t.surface)), ("count", .int(t.count)),
            ("status", .string(t.status.rawValue)), ("translit", .string(t.translit)),
            ("stem", .string(t.stem)), ("context", .string(t.context)), ("file", .string(t.file)),
          ])
        }
      })),
    ])
  }

  /// Reads a report written by `json`.
  /// - Throws: `FormatError` naming what is missing or malformed.
  public init(json data: Data) throws(FormatError) {
    guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
      object["format"] as? String == "argloss-coverage-1"
    else { throw FormatError(description: "not an argloss coverage report (format argloss-coverage-1)") }
    self.init()
    func statusCounts(_ any: Any?) throws(FormatError) -> [GlossStatus: Int] {
      guard let table = any as? [String: Any] else { throw FormatError(description: "missing status counts") }
      var out: [GlossStatus: Int] = [:]
      for (k, v) in table {
        guard let s = GlossStatus(rawValue: k), let n = v as? Int else {
          throw FormatError(description: "bad status count '\(k)'")
        }
        out[s] = n
      }
      return out
    }
    tokens = try statusCounts(object["byStatus"])
    lexiconFiles = object["lexiconFiles"] as? [String: Int] ?? [:]
    categories = object["categories"] as? [String: Int] ?? [:]
    for (file, counts) in object["inputs"] as? [String: Any] ?? [:] {
      inputs[file] = try statusCounts(counts)
    }
    words = object["words"] as? Int ?? 0
    glossedWords = object["glossedWords"] as? Int ?? 0
    for item in object["typeList"] as? [[String: Any]] ?? [] {
      guard let key = item["key"] as? String, let count = item["count"] as? Int,
        let status = (item["status"] as? String).flatMap(GlossStatus.init(rawValue:))
      else { throw FormatError(description: "malformed type entry") }
      typeOrder.append(key)
      types[key] = WordType(
        surface: item["surface"] as? String ?? key, count: count, status: status,
        translit: item["translit"] as? String ?? "", stem: item["stem"] as? String ?? key,
        context: item["context"] as? String ?? "", file: item["file"] as? String ?? "")
    }
  }
}
