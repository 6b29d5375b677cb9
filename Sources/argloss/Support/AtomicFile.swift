import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a file through a temporary file in the same folder and `rename(2)`, so a reader
/// (or an interrupted run) never sees half of it and an old file is replaced in one step.
enum AtomicFile {
  /// A hidden temporary file beside `path`, unique to this process.
  static func temporaryPath(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
  }

  /// Replaces `path` with `text` atomically.
  static func write(_ text: String, to path: String) throws {
    let temporary = temporaryPath(for: path)
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
    } catch {
      unlink(temporary)
      throw error
    }
    if rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw CLIError.noInput("cannot replace '\(path)': \(reason)")
    }
  }
}
