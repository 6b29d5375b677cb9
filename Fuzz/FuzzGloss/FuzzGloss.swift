// Fuzz target: arbitrary bytes through decoding, segmentation, glossing and every text
// renderer. Built with -DFUZZING -sanitize=fuzzer it is a libFuzzer target (scripts/fuzz);
// built normally it replays the files given as arguments (the regression corpus).
import ArabicGloss
import FuzzSupport
import Foundation

let lexicons = ProcessInfo.processInfo.environment["ARGLOSS_LEXICONS"] ?? "lexicons"
nonisolated(unsafe) let glosser: Glosser = {
  guard let store = try? LexiconLoader().load(directory: lexicons), let glosser = try? Glosser(store: store) else {
    fatalError("cannot load the lexicons from \(lexicons) (run from the repository or set ARGLOSS_LEXICONS)")
  }
  return glosser
}()

/// One input: the invariants every input must keep.
func check(_ bytes: [UInt8]) {
  let (text, _) = TextDecoder.decodeLossy(bytes)
  if let strict = try? TextDecoder.decode(bytes) { precondition(strict == text, "strict and lossy decoding differ") }
  guard let sentences = try? glosser.gloss(text) else { preconditionFailure("ICU failed on valid text") }
  let rebuilt = sentences.flatMap(\.tokens).map(\.token.text).joined()
  precondition(rebuilt == text, "tokens do not rebuild the input")
  var offset = 0
  for token in sentences.flatMap(\.tokens) {
    precondition(token.token.range.lowerBound == offset, "byte ranges do not tile the input")
    offset = token.token.range.upperBound
  }
  precondition(offset == text.utf8.count, "byte ranges stop short")
  _ = GlossJSONLinesRenderer().render(sentences)
  _ = InterlinearTextRenderer().render(sentences)
  _ = GlossHTMLRenderer().render(sentences, title: "fuzz")
  _ = GlossLaTeXRenderer().render(sentences, title: "fuzz")
  _ = GlossMarkdownRenderer().render(sentences)
}

#if FUZZING
  /// The fuzzing entry point. SwiftPM links an executable target's entry point as `main` under
  /// the name `<target>_main`; defining it here (and no @main) makes libFuzzer's driver the
  /// program.
  @_cdecl("fuzz_gloss_main")
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
