import Foundation

/// Paths of files in the repository and beside it, found from this source file.
enum RepositoryFiles {
  /// The package root.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The sample article shipped in `samples/`.
  static var sampleArticle: String {
    (try? String(contentsOf: root.appendingPathComponent("samples/seed-article.ar.txt"), encoding: .utf8)) ?? ""
  }

  /// The development treebank slice in `../shared/data`, when it is there.
  static let treebank = root.deletingLastPathComponent()
    .appendingPathComponent("shared/data/pud-dev.conllu")

  /// Whether the treebank slice is present.
  static var hasTreebank: Bool { FileManager.default.fileExists(atPath: treebank.path) }

  /// The `# text = ` lines of the treebank slice.
  static func treebankSentences() -> [String] {
    guard let text = try? String(contentsOf: treebank, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      line.hasPrefix("# text = ") ? String(line.dropFirst(9)) : nil
    }
  }
}
