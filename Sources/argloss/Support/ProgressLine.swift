import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A one-line progress report on standard error, shown only when standard error is a
/// terminal and the input is large (over 1 MB).
final class ProgressLine {
  private let total: Int
  private let enabled: Bool
  private var lastShown = -1

  init(total: Int) {
    self.total = total
    enabled = isatty(2) == 1 && total > 1 << 20
  }

  /// Shows the share of `done` bytes, at most once per percent.
  func update(_ done: Int) {
    guard enabled, total > 0 else { return }
    let percent = min(100, done * 100 / total)
    if percent == lastShown { return }
    lastShown = percent
    Diagnostics.write(String(format: "\r%3d%% of %.1f MB", percent, Double(total) / 1_048_576))
  }

  /// Clears the line.
  func finish() {
    if enabled && lastShown >= 0 { Diagnostics.write("\r\u{1B}[K") }
  }
}
