#if canImport(Glibc)
  import Glibc
#endif

/// Where a command's output goes: standard output, or a file written as it goes into a
/// temporary file beside it and renamed into place at the end, so no half-written file is
/// ever seen under the file's name, and an interrupted or failed run leaves none.
final class Sink {
  private let path: String?
  private let temporary: String?
  private let writer: OutputWriter
  private let fd: CInt

  /// A sink for `output` (standard output when nil).
  init(output: String?) throws {
    path = output
    guard let output else {
      temporary = nil
      fd = 1
      writer = OutputWriter()
      return
    }
    let temporary = AtomicFile.temporaryPath(for: output)
    fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw CLIError.noInput("cannot write '\(output)': \(String(cString: strerror(errno)))")
    }
    self.temporary = temporary
    InterruptSignals.removeOnInterrupt(temporary)
    writer = OutputWriter(fd: fd)
  }

  /// Appends text.
  func write(_ text: String) { writer.write(text) }

  /// Flushes standard output, or closes the file and renames it into place.
  func finish() throws {
    writer.flush()
    guard let path, let temporary else { return }
    if close(fd) != 0 || rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      InterruptSignals.removePendingFile()
      throw CLIError.noInput("cannot write '\(path)': \(reason)")
    }
    InterruptSignals.keepPendingFile()
  }
}
