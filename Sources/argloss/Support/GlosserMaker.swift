import ArabicGloss

/// Makes glossing engines over one loaded store: each has its own caches and ICU objects,
/// so each thread gets one.
struct GlosserMaker {
  private let body: () throws(CLIError) -> Glosser

  init(_ body: @escaping () throws(CLIError) -> Glosser) { self.body = body }

  /// A new engine.
  func make() throws(CLIError) -> Glosser { try body() }
}
