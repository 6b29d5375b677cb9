/// The other spellings Arabic writers give the same foreign name, for a word no lexicon
/// reads as written:
/// - Mc and Mac as مك or ماك, perhaps behind a one-letter proclitic (مكغريغور, ماكغريغور
///   McGregor);
/// - a g as غ or ج (بلانتاغينيت, بلانتاجينيت Plantagenet), in words with one or two of them;
/// - a final e written ه where the lexicon writes ي (إنريكه, إنريكي Enrique), for a whole word
///   with no clitic, suffix or article's letters (الكي is not Elke, بوكيه not "of Boké");
/// - a German or Italian z as تس or تز, or as ز inside the word (ميتس, ميتز Metz; موريتس
///   Moritz);
/// - a place's name of five letters or more with the article, perhaps behind a one-letter
///   proclitic (اللاتيوم Latium, النيبال Nepal), as Arabic writes some countries and regions.
enum ForeignNameSpelling {
  /// Another spelling, whether a name read under it must be a whole word (no clitic, no
  /// suffix), and whether it must be a place's.
  struct Variant {
    var key: String
    var bare = false
    var place = false
  }

  /// The other spellings of `key`, a lookup key, most specific first.
  static func variants(of key: String) -> [Variant] {
    let letters = Array(key)
    guard letters.count >= 4 else { return [] }
    var found: [Variant] = []
    // Mc and Mac.
    for start in [0, 1] where letters.count >= start + 5 {
      let head = String(letters[..<start]), rest = letters[start...]
      if rest.starts(with: ["م", "ا", "ك"]) {
        found.append(Variant(key: head + "مك" + String(rest.dropFirst(3))))
      } else if rest.starts(with: ["م", "ك"]) {
        found.append(Variant(key: head + "ماك" + String(rest.dropFirst(2))))
      }
    }
    // g: every combination of swapped letters.
    let gs = letters.indices.filter { letters[$0] == "غ" || letters[$0] == "ج" }
    if (1...2).contains(gs.count) {
      for mask in 1..<(1 << gs.count) {
        var swapped = letters
        for (bit, i) in gs.enumerated() where mask & (1 << bit) != 0 {
          swapped[i] = swapped[i] == "غ" ? "ج" : "غ"
        }
        found.append(Variant(key: String(swapped)))
      }
    }
    // A final e, written ه, read as ي (not the other way: رفاعي is no رفاعة).
    if letters.last == "ه", !key.hasPrefix("ال") {
      found.append(Variant(key: String(letters.dropLast()) + "ي", bare: true))
    }
    // z: تس and تز for each other anywhere but at the start, where they are the prefix ت; ز
    // for either only inside the word (at its end تس is often an English ts: ويتس Waits).
    for (written, other) in [("تس", "تز"), ("تز", "تس"), ("تس", "ز"), ("تز", "ز")] {
      let pattern = Array(written)
      var i = 1
      while i + 1 < letters.count {
        let inside = i + 2 < letters.count
        if letters[i] == pattern[0], letters[i + 1] == pattern[1], other != "ز" || inside {
          found.append(Variant(key: String(letters[..<i]) + other + String(letters[(i + 2)...])))
        }
        i += 1
      }
    }
    // A place with the article: a name of five letters or more, not in ي (الرويلي is an Arab
    // family name, not ال + Ruili).
    for start in [0, 1] where letters.count >= start + 7 && letters[start] == "ا" && letters[start + 1] == "ل"
      && letters.last != "ي"
    {
      found.append(Variant(key: String(letters[..<start]) + String(letters[(start + 2)...]), place: true))
    }
    return found
  }
}
