import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

/// Writes diagnostics to standard error.
enum Diagnostics {
  /// Prints `argloss: error: <message>` on standard error.
  static func error(_ message: String) {
    write("argloss: error: \(message)\n")
  }

  /// Prints `argloss: warning: <message>` on standard error.
  static func warning(_ message: String) {
    write("argloss: warning: \(message)\n")
  }

  /// Prints a line on standard error as it is.
  static func write(_ text: String) {
    var copy = text
    copy.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(2, buffer.baseAddress! + offset, buffer.count - offset)
        if n <= 0 { return }
        offset += n
      }
    }
  }

  /// Runs `body`; a `CLIError` is printed and turned into its exit status. A failed run
  /// removes the output file it was writing.
  static func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as CLIError {
      InterruptSignals.removePendingFile()
      self.error(error.message)
      throw error.status
    } catch {
      InterruptSignals.removePendingFile()
      throw error
    }
  }
}
