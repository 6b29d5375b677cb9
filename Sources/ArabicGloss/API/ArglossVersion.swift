/// The version of argloss, shared by the library and the command.
public enum ArglossVersion {
  /// The release number.
  public static let current = "0.1.0"
}
