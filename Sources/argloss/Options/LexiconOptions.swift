import ArabicGloss
import ArgumentParser
import Foundation
import ICUKit

/// Which lexicons a command loads.
struct LexiconOptions: ParsableArguments {
  @Option(name: .customLong("lexicons"), help: ArgumentHelp(
    "The shipped lexicon folder (default: $ARGLOSS_LEXICONS, then <executable>/../share/argloss/lexicons, then ./lexicons).",
    valueName: "dir"))
  var directory: String?

  @Option(name: .customLong("lexicon"), help: ArgumentHelp(
    "An extra lexicon file or folder, loaded after the shipped ones and overriding them (repeatable).",
    valueName: "path"))
  var extra: [String] = []

  @Flag(help: "Do not consult the installed FreeDict Arabic–English dictionary for unknown words.")
  var noFallback = false

  @Option(name: .customLong("bama"), help: ArgumentHelp(
    "A Buckwalter analyzer lexicon you own (BAMA 1.0 or SAMA format): the folder with its six files, consulted for words argloss's lexicons do not know (default: $ARGLOSS_BAMA).",
    valueName: "dir"))
  var bamaDirectory: String?

  @Flag(help: "Do not read or write the compiled lexicon cache ($ARGLOSS_CACHE, else $XDG_CACHE_HOME/argloss, else ~/.cache/argloss).")
  var noCache = false

  /// Where compiled lexicon snapshots are kept, or nil with --no-cache.
  var cacheDirectory: String? {
    if noCache { return nil }
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["ARGLOSS_CACHE"], !explicit.isEmpty { return explicit }
    if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/argloss" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/argloss" }
    return nil
  }

  /// The shipped folder this run uses.
  func shippedFolder() throws(CLIError) -> String {
    try LexiconLocator.locate(explicit: directory)
  }

  /// Loads the shipped lexicons and the user's layers; a malformed lexicon is bad data (65).
  func load() throws(CLIError) -> LexiconStore {
    let folder = try shippedFolder()
    for path in extra where !FileManager.default.fileExists(atPath: path) {
      throw .noInput("lexicon '\(path)' (from --lexicon) does not exist")
    }
    do {
      return try LexiconLoader().load(directory: folder, userPaths: extra, cacheDirectory: cacheDirectory)
    } catch {
      let shown = error.issues.prefix(50).map(\.description).joined(separator: "\n")
      let more = error.issues.count > 50 ? "\n… and \(error.issues.count - 50) more" : ""
      throw .dataError("the lexicons have \(error.issues.count) problem(s); run 'argloss lexicon check' for all:\n\(shown)\(more)")
    }
  }
}

extension LexiconOptions {
  /// The transliteration rules folder beside the lexicon folder (`transliteration/`).
  func transliterationFolder() throws(CLIError) -> String {
    URL(fileURLWithPath: try shippedFolder()).deletingLastPathComponent()
      .appendingPathComponent("transliteration").path
  }

  /// The romanization scheme `name`, from `transliteration/<name>.txt`.
  func scheme(_ name: String) throws(CLIError) -> TransliterationScheme {
    let folder = try transliterationFolder()
    guard let rules = FileManager.default.contents(atPath: folder + "/" + name + ".txt") else {
      let known = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
      throw .usage("unknown romanization scheme '\(name)' (known: \(known.joined(separator: ", ")))")
    }
    return TransliterationScheme(name: name, ruleFile: String(decoding: rules, as: UTF8.self))
  }

  /// A romanizer for scheme `name`.
  func romanizer(_ name: String = "ala-lc") throws(CLIError) -> Romanizer {
    let scheme = try scheme(name)
    do {
      return try Romanizer(scheme: scheme)
    } catch {
      throw .dataError("transliteration/\(name).txt: the rules do not compile: \(error)")
    }
  }

  /// The installed fallback dictionary, unless --no-fallback or not installed.
  func fallback() -> FallbackDictionary? {
    guard !noFallback, FallbackDictionary.isInstalled else { return nil }
    return try? FallbackDictionary()
  }

  /// The user's BAMA lexicon (`--bama`, else `$ARGLOSS_BAMA`), or nil when neither is given.
  /// A missing folder or file is no input (66); a malformed line is bad data (65).
  func bama() throws(CLIError) -> BAMAAnalyzer? {
    let fromEnvironment = ProcessInfo.processInfo.environment["ARGLOSS_BAMA"].flatMap { $0.isEmpty ? nil : $0 }
    guard let folder = bamaDirectory ?? fromEnvironment else { return nil }
    let origin = bamaDirectory == nil ? "ARGLOSS_BAMA" : "--bama"
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
      throw .noInput("BAMA lexicon folder '\(folder)' (from \(origin)) does not exist or is not a folder")
    }
    let lexicon: BAMALexicon
    do {
      lexicon = try BAMALexicon(directory: folder)
    } catch {
      throw error.line == nil ? .noInput("BAMA lexicon: \(error)") : .dataError("BAMA lexicon: \(error)")
    }
    let rules = try scheme("buckwalter").rules
    let codec = try ICUFailure.wrap { () throws(ICUError) in try BuckwalterCodec(rules: rules) }
    return BAMAAnalyzer(lexicon: lexicon, codec: codec)
  }

  /// A glossing engine over these lexicons, romanizing in scheme `scheme`.
  func glosser(scheme: String = "ala-lc") throws(CLIError) -> Glosser {
    try glossers(scheme: scheme).make()
  }

  /// A maker of glossing engines over these lexicons (loaded once), one per thread.
  func glossers(scheme: String = "ala-lc") throws(CLIError) -> GlosserMaker {
    let store = try load()
    let bama = try bama()
    return GlosserMaker { () throws(CLIError) in
      let romanizer = try romanizer(scheme)
      return try ICUFailure.wrap { () throws(ICUError) in
        try Glosser(store: store, fallback: fallback(), bama: bama, romanizer: romanizer)
      }
    }
  }
}
