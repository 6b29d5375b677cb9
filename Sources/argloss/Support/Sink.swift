import Foundation

/// Where a command's output goes: standard output, or a file written atomically when the
/// command ends (a temporary file renamed into place, so no half-written file is left).
final class Sink {
  private let path: String?
  private let stdout: OutputWriter?
  private var buffer = ""

  /// A sink for `output` (standard output when nil).
  init(output: String?) throws {
    path = output
    stdout = output == nil ? OutputWriter() : nil
  }

  /// Appends text.
  func write(_ text: String) {
    if let stdout {
      stdout.write(text)
    } else {
      buffer += text
    }
  }

  /// Flushes standard output, or writes the file.
  func finish() throws {
    stdout?.flush()
    guard let path else { return }
    do {
      try AtomicFile.write(buffer, to: path)
    } catch let error as CLIError {
      throw error
    } catch {
      throw CLIError.noInput("cannot write '\(path)': \(error)")
    }
  }
}
