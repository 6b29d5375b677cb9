import CICUShims

/// A failure reported by ICU, named as ICU names it (`U_INVALID_ID`, `U_RULE_MASK_ERROR`, …).
///
/// Rule-compilation failures also carry where the rules went wrong.
public struct ICUError: Error, Equatable, Sendable, CustomStringConvertible {
  /// ICU's `UErrorCode` value (always greater than zero: a failure).
  public var rawValue: Int32
  /// 1-based line of the rule that failed to parse, when ICU reports one.
  public var line: Int?
  /// 0-based offset of the failure within that line (UTF-16 units), when ICU reports one.
  public var offset: Int?
  /// Rule text just before the failure (ICU's `preContext`).
  public var preContext: String
  /// Rule text at and after the failure (ICU's `postContext`).
  public var postContext: String

  /// Wraps an ICU status code.
  public init(
    rawValue: Int32, line: Int? = nil, offset: Int? = nil, preContext: String = "",
    postContext: String = ""
  ) {
    self.rawValue = rawValue
    self.line = line
    self.offset = offset
    self.preContext = preContext
    self.postContext = postContext
  }

  /// ICU's name for the code (`u_errorName`).
  public var name: String { String(cString: cicu_error_name(rawValue)) }

  public var description: String {
    var text = name
    if let line { text += " at rule line \(line)" }
    if let offset { text += ", offset \(offset)" }
    if !preContext.isEmpty || !postContext.isEmpty {
      text += " (near \"\(preContext)\" | \"\(postContext)\")"
    }
    return text
  }

  /// Throws when `status` is an ICU failure (greater than zero); warnings pass.
  @inlinable
  public static func check(_ status: Int32) throws(ICUError) {
    if status > 0 { throw ICUError(rawValue: status) }
  }
}
