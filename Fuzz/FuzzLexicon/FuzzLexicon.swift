// Fuzz target: arbitrary bytes as a lexicon file through the parser and the store. Built
// with -DFUZZING -sanitize=fuzzer it is a libFuzzer target (scripts/fuzz); built normally it
// replays the files given as arguments (the regression corpus).
import ArabicGloss
import Foundation

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
  /// libFuzzer's driver (FuzzerDriver.cpp), linked by -sanitize=fuzzer.
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// libFuzzer's per-input callback (its own `main`, when linked, calls it).
  @_cdecl("LLVMFuzzerTestOneInput")
  func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
  }

  /// The fuzzing entry point. SwiftPM links an executable target's entry point as `main` under
  /// the name `<target>_main`; defining it here (and no @main) makes libFuzzer's driver the
  /// program.
  @_cdecl("fuzz_lexicon_main")
  func fuzzingMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
  ) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, testOneInput)
  }
#else
  /// Replay mode: `check` on the files (or folders of files) given as arguments.
  @main
  struct Replay {
    static func main() {
      var replayed = 0
      for path in CommandLine.arguments.dropFirst() {
        let listing = try? FileManager.default.contentsOfDirectory(atPath: path)
        for file in listing.map({ $0.sorted().map { path + "/" + $0 } }) ?? [path] {
          guard let data = FileManager.default.contents(atPath: file) else { continue }
          check([UInt8](data))
          replayed += 1
        }
      }
      print("replayed \(replayed) input(s) without a failure")
    }
  }
#endif
