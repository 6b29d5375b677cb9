#if canImport(Glibc)
  import Glibc
#endif

/// Buffered writes to standard output or an open file. A closed pipe (`argloss … | head`)
/// ends the process quietly with status 0: the reader has what it wanted.
final class OutputWriter {
  private var buffer: [UInt8] = []
  private let limit = 1 << 16
  private let fd: CInt

  /// A writer to `fd` (standard output by default).
  init(fd: CInt = 1) {
    self.fd = fd
    buffer.reserveCapacity(limit)
    signal(SIGPIPE, SIG_IGN)
  }

  deinit { flush() }

  /// Appends `text` to the output.
  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= limit { flush() }
  }

  /// Writes out what is buffered.
  func flush() {
    var offset = 0
    while offset < buffer.count {
      let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE { exit(0) }
        Diagnostics.error("cannot write output: \(String(cString: strerror(errno)))")
        InterruptSignals.removePendingFile()
        exit(74)
      }
      offset += n
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
