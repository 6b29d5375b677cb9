#if canImport(Glibc)
  import Glibc
#endif

/// Makes sure Ctrl-C and `kill` stop argloss. A parent can start a process with these
/// signals blocked (the mask is inherited through `exec`; some test runners and thread
/// pools do this), which would make a long run impossible to interrupt.
enum InterruptSignals {
  /// Unblocks SIGINT, SIGTERM, SIGHUP and SIGQUIT for this process.
  static func unblock() {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&set, signal) }
    sigprocmask(SIG_UNBLOCK, &set, nil)
  }
}
