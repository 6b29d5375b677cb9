// What both fuzz targets share: libFuzzer's driver when built with -DFUZZING
// -sanitize=fuzzer (scripts/fuzz), a corpus replayer otherwise.
import Foundation

/// The target's check, called for every input.
nonisolated(unsafe) private var target: ([UInt8]) -> Void = { _ in }

/// Runs a fuzz target's check over inputs.
public enum FuzzHarness {
  #if FUZZING
    /// Hands the process to libFuzzer, which calls `check` on each input it generates.
    public static func fuzz(
      _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
      _ check: @escaping ([UInt8]) -> Void
    ) -> CInt {
      target = check
      var count = argc
      var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
      return LLVMFuzzerRunDriver(&count, &arguments, testOneInput)
    }
  #else
    /// Calls `check` on the files (or folders of files) named as arguments.
    public static func replay(_ check: ([UInt8]) -> Void) {
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
  #endif
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
    target(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
  }
#endif
