// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "argloss",
  products: [
    .library(name: "ArabicGloss", targets: ["ArabicGloss"]),
    .executable(name: "argloss", targets: ["argloss"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // The system ICU (libicu-dev). Never imported by Swift code: only CICUShims sees it.
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-uc icu-i18n",
      providers: [.apt(["libicu-dev"])]
    ),
    // The C firewall: the only code that includes <unicode/*.h>. Its header uses stdint only.
    .target(name: "CICUShims", dependencies: ["CICU"]),
    // zlib, for reading the installed FreeDict dictionary (dictzip = gzip).
    .target(name: "CZlibShims", linkerSettings: [.linkedLibrary("z")]),
    // A safe Swift API over the shims, with no Arabic or glossing knowledge.
    .target(name: "ICUKit", dependencies: ["CICUShims"]),
    // The engine.
    .target(name: "ArabicGloss", dependencies: ["ICUKit", "CZlibShims"]),
    // The thin command-line front end.
    .executableTarget(
      name: "argloss",
      dependencies: [
        "ArabicGloss",
        "ICUKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Release-mode measurements (swift run -c release argloss-benchmarks).
    .executableTarget(name: "argloss-benchmarks", dependencies: ["ArabicGloss"], path: "Benchmarks/ArglossBenchmarks"),
    // Fuzz targets: libFuzzer targets when built by scripts/fuzz (-DFUZZING
    // -sanitize=fuzzer), corpus replayers otherwise.
    .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
    .executableTarget(name: "fuzz-gloss", dependencies: ["ArabicGloss", "FuzzSupport"], path: "Fuzz/FuzzGloss"),
    .executableTarget(name: "fuzz-lexicon", dependencies: ["ArabicGloss", "FuzzSupport"], path: "Fuzz/FuzzLexicon"),
    .testTarget(name: "ICUKitTests", dependencies: ["ICUKit"]),
    .testTarget(
      name: "ArabicGlossTests", dependencies: ["ArabicGloss", "ICUKit"],
      exclude: ["Rendering/Snapshots", "Fixtures"]
    ),
    .testTarget(name: "ArglossCLITests", dependencies: ["argloss", "ArabicGloss"]),
  ]
)
