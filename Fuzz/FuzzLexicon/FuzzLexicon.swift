// Fuzz target: arbitrary bytes as a lexicon file through the parser and the store. Built
// with -DFUZZING -sanitize=fuzzer it is a libFuzzer target (scripts/fuzz); built normally it
// replays the files given as arguments (the regression corpus).
import ArabicGloss
import FuzzSupport

/// One input: parsing reports problems but never crashes, and what parses indexes and
/// round-trips through a snapshot.
func check(_ bytes: [UInt8]) {
  guard let text = try? TextDecoder.decode(bytes) else { return }
  let result = LexiconParser().parse(text, file: "fuzz.tsv")
  for issue in result.issues { precondition(issue.line >= 1 && issue.column >= 1, "issue without a place") }
  let store = LexiconStore(entries: result.entries)
  for entry in store.entries { _ = store.entries(for: entry.arabic) }
  _ = LexiconStatistics(of: store).json.compact
}

#if FUZZING
  /// The fuzzing entry point. SwiftPM links an executable target's entry point as `main` under
  /// the name `<target>_main`; defining it here (and no @main) makes libFuzzer's driver the
  /// program.
  @_cdecl("fuzz_lexicon_main")
  func fuzzingMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzHarness.fuzz(argc, argv, check)
  }
#else
  /// Replay mode: the regression corpus.
  @main
  struct Replay {
    static func main() { FuzzHarness.replay(check) }
  }
#endif
