/// Finds multi-word entries (رابطة الدول المستقلة, الولايات المتحدة, سلاح الجو) over
/// consecutive Arabic words, also when the first word carries clitics (والولايات المتحدة)
/// and when a phrase listed without the article is written definite (القوات البرية، الواي فاي).
struct PhraseMatcher: Sendable {
  let store: LexiconStore
  let affixes: AffixInventory

  /// A match: the entry, how many words it covers and the first word's proclitics.
  struct Match {
    var entry: LexiconEntry
    var length: Int
    var proclitics: [Morpheme]
  }

  /// The genitive and accusative of أبو (lookup keys), which takes its case in its letters.
  private static let caseForms = ["ابي": "ابو", "ابا": "ابو"]

  /// The longest phrase starting at the first of `keys` (lookup keys of consecutive words).
  func longestMatch(_ keys: [String]) -> Match? {
    guard keys.count >= 2, store.longestPhrase >= 2 else { return nil }
    var best: Match?
    for split in affixes.procliticSplits(of: keys[0]) where !split.future && !split.purposeLam {
      // With a split article, the article belongs to the entry's first word (الولايات).
      let first = split.article ? "ال" + split.rest : String(split.rest)
      // A kunya is listed in the nominative (أبو بكر) and written in every case (عن أبي بكر،
      // إن أبا بكر).
      let firsts = Self.caseForms[first].map { [first, $0] } ?? [first]
      for first in firsts {
        for (index, length) in store.phrases(startingWith: [first] + keys.dropFirst()) where length >= 2 {
          if let current = best, current.length >= length { continue }
          best = Match(entry: store.entries[index], length: length, proclitics: split.morphemes)
        }
      }
      // A phrase listed without the article, written with it on every word (القوات البرية), or
      // on its first word only, as Arabic writes a borrowed compound (الواي فاي "the Wi-Fi").
      if split.article {
        let everyWord = [String(split.rest)] + keys.dropFirst().map { $0.hasPrefix("ال") ? String($0.dropFirst(2)) : "\u{0}" }
        // Not before an indefinite nisba: الحرب أهلية is "the war is civil", a sentence, not
        // حرب أهلية.
        let nisba = keys.count > 1 && !keys[1].hasPrefix("ال")
          && (keys[1].hasSuffix("ية") || (keys[1].hasSuffix("ي") && keys[1].count >= 4))
        let firstWord = [String(split.rest)] + keys.dropFirst()
        for bare in nisba ? [everyWord] : [everyWord, firstWord] {
          for (index, length) in store.phrases(startingWith: bare) where length >= 2 {
            if let current = best, current.length >= length { continue }
            let entry = store.entries[index]
            guard !entry.arabic.hasPrefix("ال"), bare == everyWord || entry.category != .grammar else { continue }
            best = Match(entry: entry, length: length, proclitics: split.morphemes)
          }
        }
      }
    }
    return best
  }
}
