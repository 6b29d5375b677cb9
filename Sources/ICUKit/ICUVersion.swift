import CICUShims

/// The version of the system ICU argloss runs on.
public enum ICUVersion {
  /// ICU's version as dotted numbers, e.g. "72.1".
  ///
  /// The corresponding ICU function is `u_getVersion`.
  public static var current: String {
    var bytes = [UInt8](repeating: 0, count: 4)
    cicu_version(&bytes)
    let parts = bytes[2] == 0 && bytes[3] == 0 ? Array(bytes[..<2]) : bytes
    return parts.map(String.init).joined(separator: ".")
  }
}
