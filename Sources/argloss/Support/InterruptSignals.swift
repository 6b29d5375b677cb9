#if canImport(Glibc)
  import Glibc
#endif

/// The file a run is writing (an output's temporary file), removed if the run is stopped.
nonisolated(unsafe) private var pendingFile: UnsafeMutablePointer<CChar>?

/// Makes sure Ctrl-C and `kill` stop argloss, and stop it cleanly.
enum InterruptSignals {
  private static let stopping = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  /// Unblocks SIGINT, SIGTERM, SIGHUP and SIGQUIT. A parent can start a process with these
  /// signals blocked (the mask is inherited through `exec`; some test runners and thread
  /// pools do this), which would make a long run impossible to interrupt.
  static func unblock() {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in stopping { sigaddset(&set, signal) }
    sigprocmask(SIG_UNBLOCK, &set, nil)
  }

  /// Removes `path` if a stopping signal arrives before `removePendingFile()` or
  /// `keepPendingFile()`; the signal then ends the process as it would have.
  static func removeOnInterrupt(_ path: String) {
    pendingFile = strdup(path)
    for signal in stopping {
      // Only if the signal is not ignored (a `nohup` or background run keeps ignoring it).
      let previous = Glibc.signal(signal) { received in
        if let file = pendingFile { unlink(file) }
        Glibc.signal(received, SIG_DFL)
        raise(received)
      }
      if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
        Glibc.signal(signal, SIG_IGN)
      }
    }
  }

  /// Removes the pending file now (a failed run).
  static func removePendingFile() {
    if let file = pendingFile { unlink(file) }
    keepPendingFile()
  }

  /// Forgets the pending file (it was renamed into place).
  static func keepPendingFile() {
    free(pendingFile)
    pendingFile = nil
  }
}
