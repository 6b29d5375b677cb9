import Foundation

/// Finds the shipped lexicon folder: `--lexicons DIR`, then `$ARGLOSS_LEXICONS`, then
/// `<executable>/../share/argloss/lexicons`, then `./lexicons`.
enum LexiconLocator {
  /// The folder to load, or an error saying what to pass.
  static func locate(explicit: String?) throws(CLIError) -> String {
    if let explicit {
      guard isDirectory(explicit) else {
        throw .noInput("lexicon folder '\(explicit)' (from --lexicons) does not exist or is not a folder")
      }
      return explicit
    }
    if let fromEnvironment = ProcessInfo.processInfo.environment["ARGLOSS_LEXICONS"],
      !fromEnvironment.isEmpty
    {
      guard isDirectory(fromEnvironment) else {
        throw .noInput("lexicon folder '\(fromEnvironment)' (from ARGLOSS_LEXICONS) does not exist or is not a folder")
      }
      return fromEnvironment
    }
    for candidate in [installedFolder, "lexicons"].compactMap({ $0 }) where isDirectory(candidate) {
      return candidate
    }
    throw .noInput("no lexicon folder found; pass --lexicons DIR or set ARGLOSS_LEXICONS (looked in \(installedFolder ?? "<executable>/../share/argloss/lexicons") and ./lexicons)")
  }

  /// `<executable>/../share/argloss/lexicons`, from the running binary's real path.
  static var installedFolder: String? {
    guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    else { return nil }
    return URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("share/argloss/lexicons").path
  }

  private static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}
