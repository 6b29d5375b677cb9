// Release-mode measurements of argloss's costs: lexicon loading and glossing throughput.
//   swift run -c release argloss-benchmarks [lexicon-folder] [text-file]
import ArabicGloss
import Foundation

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let arguments = CommandLine.arguments
let folder = arguments.count > 1 ? arguments[1] : "lexicons"
let sample = arguments.count > 2 ? arguments[2] : "samples/seed-article.ar.txt"

let loader = LexiconLoader()
var files: [LexiconLoader.LexiconFile] = []
var entries: [LexiconEntry] = []
let parse = try seconds {
  files = try loader.files(in: folder)
  entries = try loader.parse(files)
}
var store = LexiconStore(entries: [])
let index = seconds { store = LexiconStore(layers: [entries]) }
var loaded = LexiconStore(entries: [])
let load = try seconds { loaded = try loader.load(directory: folder) }
let cache = NSTemporaryDirectory() + "argloss-benchmark-cache-\(getpid())"
_ = try loader.load(directory: folder, cacheDirectory: cache)
let cached = try seconds { _ = try loader.load(directory: folder, cacheDirectory: cache) }
try? FileManager.default.removeItem(atPath: cache)
print("lexicon files        \(files.count)")
print("lexicon entries      \(loaded.entries.count)")
print(String(format: "parse and validate   %.1f ms", parse * 1000))
print(String(format: "build indexes        %.1f ms", index * 1000))
print(String(format: "load (both)          %.1f ms", load * 1000))
print(String(format: "load from snapshot   %.1f ms", cached * 1000))

let text = try String(contentsOfFile: sample, encoding: .utf8)
let repeated = String(repeating: text + "\n", count: 50)
let glosser = try Glosser(store: loaded)
let words = repeated.split(whereSeparator: \.isWhitespace).count
var sentences = 0
let gloss = try seconds { sentences = try glosser.gloss(repeated).count }
print("gloss words          \(words) in \(sentences) sentences")
print(String(format: "gloss throughput     %.0f words/s (one thread, warm cache after the first copy)", Double(words) / gloss))
