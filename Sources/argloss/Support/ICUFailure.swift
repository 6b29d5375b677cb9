import ICUKit

/// Turns ICU failures into internal errors (exit status 70).
enum ICUFailure {
  /// Runs `body`, reporting an `ICUError` as an internal error.
  static func wrap<T>(_ body: () throws(ICUError) -> T) throws(CLIError) -> T {
    do {
      return try body()
    } catch {
      throw .internalError("ICU failed: \(error)")
    }
  }
}
