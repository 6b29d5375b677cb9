import Foundation
import Testing

/// Golden files under `Rendering/Snapshots/`: `RECORD_SNAPSHOTS=1 swift test` writes them.
enum Snapshot {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Rendering/Snapshots")

  /// Checks `actual` against the golden file `name` (or records it).
  static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("no golden file \(name); run RECORD_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
      return
    }
    #expect(actual == expected, "differs from \(name); rerun with RECORD_SNAPSHOTS=1 if the change is intended", sourceLocation: sourceLocation)
  }
}
