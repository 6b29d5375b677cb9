/// The rules that read a word by its neighbours in the sentence: negation and auxiliaries
/// before a verb, agreement of an adjective with its noun, a construct before its genitive,
/// the word after a preposition, a number or a relative pronoun, names beside names. Each
/// changes a word's chosen reading only to one of its alternatives (docs/morphology.md,
/// ranking step 7).
extension Glosser {
  /// A word ending in ي (or تا) before a noun with the article, a name, a named entity or a
  /// number, with only spaces between, is the construct that governs it (طرفي النزاع "the
  /// two sides of the conflict", ثلثي الأعضاء "two thirds of the members", شركتي جنرال
  /// موتورز): a dual's construct, read for this context only, within 60 points beats "my"
  /// and a nisba, which do not stand before a genitive; a numeral's also before the noun it
  /// counts (ألفي عام "two thousand years"). Not before an adjective (كتابي الجديد "my new
  /// book"), nor after a noun, which a nisba may describe (مؤتمر صحفي الثلاثاء "a press
  /// conference on Tuesday").
  func preferConstructBeforeGenitive(_ tokens: inout [GlossedToken], words: [Int], fixed: Set<Int>) {
    for (position, index) in words.enumerated() where !fixed.contains(index) {
      let text = tokens[index].token.text
      // The token after it, across spaces only: a word, or a number (بين عامي 1520 و1566
      // "between the years 1520 and 1566").
      guard let next = tokens.indices.dropFirst(index + 1).first(where: { tokens[$0].token.kind != .whitespace }),
        tokens[(index + 1)..<next].areSpacesOnOneLine
      else { continue }
      // A noun or numeral, or a nisba without a sense of its own before a genitive (جنوبي
      // حلب "south of Aleppo"), written with the construct's ي (not ى) or تا and no tanwin.
      guard let best = tokens[index].analysis,
        best.entry.pos == .noun || best.entry.pos == .numeral
          || (best.entry.pos == .adjective && Self.isNisbaLemma(best.entry) && !best.entry.glosses.contains { $0.hasSuffix(" of") }),
        !best.features.construct, text.hasSuffix("ي") || text.hasSuffix("تا"),
        !text.unicodeScalars.contains(where: { (0x064B...0x064D).contains($0.value) })
      else { continue }
      let number = tokens[next].token.kind == .number
      let following = tokens[next].token.kind == .arabic ? tokens[next].analysis : nil
      guard number || following != nil else { continue }
      if best.entry.pos == .adjective, position > 0, tokens[words[position - 1]].analysis?.entry.pos == .noun,
        tokens[(words[position - 1] + 1)..<index].areSpacesOnOneLine
      {
        continue
      }
      let definiteNoun = following.map {
        $0.entry.pos == .noun && $0.features.definite && $0.proclitics.allSatisfy { $0.role == .article }
      } ?? false
      let genitive = number || tokens[next].entity?.entry.isEntity == true || following?.entry.pos == .properNoun || definiteNoun
      // A numeral governs the noun it counts, definite or not: ألفي عام "two thousand years".
      let counted = following.map { $0.entry.pos == .noun && $0.proclitics.isEmpty && $0.enclitic == nil } ?? false
      guard
        let construct = tokens[index].alternatives.first(where: {
          $0.features.construct && $0.features.number == .dual && $0.enclitic == nil && $0.score >= best.score - 60
            && (genitive || ($0.entry.pos == .numeral && counted))
        })
      else { continue }
      promote(construct, in: &tokens[index])
    }
  }

  /// A doubled verb's imperfect passive, written like its active, is the reading before a
  /// superlative or "one" within the next three words: يعد من أهم "is considered one of the
  /// most important", تعد الصين أكبر "China is considered the largest".
  func readConsideredAs(_ tokens: inout [GlossedToken], words: [Int]) {
    for (position, index) in words.enumerated() {
      guard let best = tokens[index].analysis, best.entry.pos == .verb, best.features.aspect == .imperfect,
        !best.features.passive, WordAnalyzer.endsDoubled(best.entry.arabic),
        let passive = tokens[index].alternatives.first(where: {
          $0.features.passive && $0.features.aspect == .imperfect && $0.entry.arabic == best.entry.arabic
            && $0.proclitics == best.proclitics
        })
      else { continue }
      let following = words[(position + 1)..<min(words.count, position + 4)]
      guard following.contains(where: { i in
        guard let a = tokens[i].analysis else { return false }
        return (a.entry.pos == .adjective && WordAnalyzer.isElative(a.entry.arabic))
          || (a.entry.pos == .numeral && a.entry.primaryGloss == "one")
      }) else { continue }
      promote(passive, in: &tokens[index])
    }
  }

  /// A preposition governs no verb: one that is also a relative pronoun (من "from" and
  /// "who") is the pronoun before a word read as a verb (من قال "who said", من يهاجم
  /// "whoever attacks").
  func readRelativeBeforeVerb(_ tokens: inout [GlossedToken], words: [Int]) {
    for (position, index) in words.enumerated().dropLast() {
      let next = words[position + 1]
      guard let a = tokens[index].analysis, Self.isBarePreposition(a), tokens[(index + 1)..<next].areSpacesOnOneLine,
        tokens[next].analysis?.entry.pos == .verb,
        let relative = tokens[index].alternatives.first(where: { $0.entry.leipzig == "REL" && $0.proclitics == a.proclitics })
      else { continue }
      promote(relative, in: &tokens[index])
    }
  }

  /// A preposition with a sense "about" before a number is that sense: نحو 50 "about 50",
  /// نحو ألف "about a thousand" (نحو is otherwise "towards").
  func readApproximations(_ tokens: inout [GlossedToken], words: [Int]) {
    for index in words {
      guard let a = tokens[index].analysis, Self.isBarePreposition(a), a.entry.primaryGloss != "about",
        a.entry.glosses.contains("about"), index + 2 < tokens.count, tokens[(index + 1)..<(index + 2)].areSpacesOnOneLine
      else { continue }
      let next = tokens[index + 2]
      if next.token.kind == .number || next.analysis?.entry.pos == .numeral {
        tokens[index].gloss = "about"
      }
    }
  }

  /// An adverb "yet" (بَعْدُ, a `rare` reading of بعد "after") where a negation came
  /// shortly before and no noun follows for "after" to govern: لم يحسم بعد "has not settled
  /// yet", لم يعلن بعد عن "has not yet announced".
  func readYetAfterNegation(_ tokens: inout [GlossedToken], words: [Int]) {
    for (position, index) in words.enumerated() where position > 0 {
      guard let yet = tokens[index].alternatives.first(where: { $0.entry.pos == .adverb && $0.entry.primaryGloss == "yet" }),
        let best = tokens[index].analysis, best.entry.pos == .adposition,
        words[max(0, position - 4)..<position].contains(where: { tokens[$0].analysis?.entry.leipzig == "NEG" })
      else { continue }
      let next = tokens[(index + 1)...].first { $0.token.kind != .whitespace }
      let governs = next.map { $0.token.kind == .number || ($0.token.kind == .arabic && $0.analysis?.entry.pos.isNominal == true) } ?? false
      guard !governs else { continue }
      promote(yet, in: &tokens[index])
    }
  }

  /// A perfect in ت read as "I" yields to its feminine passive (أُجرِيَت، أُلغِيَت) when a
  /// definite noun follows as its subject: أجريت الانتخابات "the elections were held".
  func readFemininePassiveBeforeSubject(_ tokens: inout [GlossedToken], words: [Int]) {
    for (position, index) in words.enumerated() where position + 1 < words.count {
      guard let best = tokens[index].analysis, best.entry.pos == .verb, best.features.person == 1, !best.features.passive,
        let passive = tokens[index].alternatives.first(where: {
          $0.features.passive && $0.features.feminine && $0.entry.source == best.entry.source && $0.proclitics == best.proclitics
        }),
        tokens[(index + 1)..<words[position + 1]].areSpacesOnOneLine,
        let subject = tokens[words[position + 1]].analysis, subject.entry.pos.isNominal, subject.features.definite,
        subject.proclitics.allSatisfy({ $0.role == .article })
      else { continue }
      promote(passive, in: &tokens[index])
    }
  }

  /// A word that can be a person's name, right next to a word read as one, is read as a name
  /// too (كريستين سكوت "Kristin Scott", not "silence"): people are named by a given name and
  /// a surname together. Only a content word (never a function word: أن stays "that") gives
  /// way, to a bare name reading close in score and spelled exactly as the text (رأيت is not
  /// رايت Wright; دوراً with its case ending is no name), across spaces only; a second pass
  /// lets a chain grow both ways. A word with no analysis at all counts as a name beside it:
  /// in news such a word is mostly a foreign name (لين شولمان "Lin Schulman"). Words of a
  /// multi-word name (عبد الله بن عمر: عبد الله) count as names beside it but are not changed
  /// themselves.
  func preferNameChains(_ tokens: inout [GlossedToken], words: [Int], fixed: Set<Int>) {
    func isName(_ a: Analysis?) -> Bool {
      guard let a else { return false }
      return a.entry.category == .person && a.entry.pos == .properNoun && a.suffixes.isEmpty && a.enclitic == nil
    }
    for _ in 0..<2 {
      for (position, index) in words.enumerated() where !fixed.contains(index) {
        let text = tokens[index].token.text
        guard let best = tokens[index].analysis, !isName(best), best.entry.pos.isContentWord,
          best.entry.category != .grammar, !text.unicodeScalars.contains(where: { (0x064B...0x064D).contains($0.value) }),
          let name = tokens[index].alternatives.first(where: {
            isName($0) && $0.proclitics.isEmpty
              && $0.score + ($0.entry.inflections.contains(.context) ? WordAnalyzer.contextPenalty : 0) >= best.score - 30
              && $0.entry.arabic.skeleton == text.skeleton
          })
        else { continue }
        // A verb gives way only to a surname the lexicon marks as also a word, and only after
        // a name (بوغد خان "Bogd Khan"): a verb before its subject's name is the commonest
        // Arabic order (قال بوتين، دار كامبل).
        let sides = best.entry.pos != .verb ? [position - 1, position + 1]
          : name.entry.inflections.contains(.context) ? [position - 1] : []
        let besideAName = sides.contains { p in
          guard words.indices.contains(p) else { return false }
          let (a, b) = (min(words[p], index), max(words[p], index))
          let neighbour = tokens[words[p]]
          return (isName(neighbour.analysis) || (neighbour.status == .unknown && neighbour.analysis == nil))
            && tokens[(a + 1)..<b].areSpacesOnOneLine
        }
        guard besideAName else { continue }
        promote(name, in: &tokens[index])
      }
    }
  }

  /// A word right after a noun that can be read as an adjective agreeing with it is read so,
  /// among readings close in score:
  /// - a definite word after a definite noun: القوات المسيحية → "Christian", not
  ///   "Christianity"; الأحزاب الإسلامية → "Islamic";
  /// - a noun made feminine by ة (a woman of a masculine noun: مطورة "developer") after any
  ///   noun, when the same letters are the adjective's feminine: قوات مشتركة "joint", not
  ///   "subscriber"; طريقة مطورة "developed"; دراجتهم الكهربائية "electric" (a noun with a
  ///   pronoun is definite).
  /// - a grammar adjective after an indefinite noun: شخص آخر "another person";
  /// - a participle listed as a noun and an adjective (مُسَلَّح "gunman", "armed") after an
  ///   indefinite noun it agrees with, unless a genitive follows: هجوم مسلح "an armed
  ///   attack", but إيقاف منتخب أستراليا "stopping Australia's team".
  /// - an adverb in ةً that is an adjective's feminine (خاصةً "especially", مباشرةً
  ///   "directly") after an indefinite feminine or plural noun: وحدة خاصة "a special unit",
  ///   رحلة مباشرة "a direct flight".
  /// Otherwise, after an indefinite noun the next word is as often its genitive (جنوب إيطاليا
  /// "south of Italy", نهاية عام "the end of the year") as an adjective.
  func preferAgreeingAdjective(_ token: inout GlossedToken, after noun: Analysis?, beforeGenitive: Bool) {
    guard let noun, let best = token.analysis, best.entry.pos != .adjective, best.entry.pos != .verb else { return }
    // An adjective agrees in definiteness too (كتاب الصحفية is "the journalist's book").
    // (A noun's "my" is often a construct read amiss: إدارتي الرئيسين "the administrations of
    // the two presidents".)
    let nounIsDefinite = noun.features.definite || noun.entry.pos == .properNoun
      || (noun.enclitic.map { $0.text != "ي" } ?? false)
    // …and in gender: a noun in ة yields to a feminine adjective only after a feminine or
    // plural noun (مادة مهمة "an important substance", but طالب جامعة "a university student").
    let agreesWithFeminine = noun.features.feminine || noun.features.number != .singular || noun.entry.gender == .feminine
    let feminineNoun = best.entry.pos == .noun && best.features.definite == nounIsDefinite && best.enclitic == nil
      && best.proclitics.allSatisfy({ $0.role == .article || ["and", "so"].contains($0.label) })
      && ((best.features.feminine && best.suffixes.map(\.text) == ["ة"])
        || (best.suffixes.isEmpty && best.entry.arabic.skeleton.hasSuffix("ة") && agreesWithFeminine))
    // A grammar adjective (آخَر "other") bare after an indefinite noun: شخص آخر "another
    // person", not آخِر "last", which comes before its noun (آخر شخص).
    // (The accusative ـًا of both counts as bare: هجوماً مسلحاً "an armed attack".)
    let accusative = { (a: Analysis) in a.suffixes.map(\.label) == ["ADV"] }
    let bare = { (a: Analysis) in
      a.proclitics.isEmpty && a.enclitic == nil && (a.suffixes.isEmpty || (accusative(a) && accusative(noun)))
    }
    let closedClass = !nounIsDefinite && bare(best)
    guard (nounIsDefinite && best.proclitics.allSatisfy({ $0.role == .article })) || feminineNoun || closedClass
    else { return }
    // The same word as noun and adjective: the adjective's lemma is the noun's, vowels and all
    // (عامّ "general" is another word than عام "year"), with the same ending.
    let sameWord = { (a: Analysis) in
      !beforeGenitive && best.entry.pos == .noun && a.entry.arabic == best.entry.arabic && a.suffixes.map(\.text) == best.suffixes.map(\.text)
        && a.features.number == noun.features.number
    }
    // A masculine singular adjective describes a masculine singular noun only (الدول العربية
    // الرئيس: "the president", not "main"), and a feminine singular noun takes no masculine one.
    let masculineSingular = { (a: Analysis) in !a.features.feminine && a.features.number == .singular }
    let feminineOfAdverb = { (a: Analysis) in
      best.entry.pos == .adverb && best.entry.arabic.skeleton.hasSuffix("ة") && agreesWithFeminine
        && a.proclitics.isEmpty && a.enclitic == nil && a.suffixes.map(\.text) == ["ة"]
    }
    let feminineSingular = noun.features.number == .singular && (noun.features.feminine || noun.entry.gender == .feminine)
    guard let adjective = token.alternatives.first(where: {
      $0.entry.pos == .adjective && $0.score >= best.score - 50 && !$0.entry.inflections.contains(.rare)
        && !(masculineSingular($0) && agreesWithFeminine) && !(feminineSingular && !$0.features.feminine)
        && (feminineNoun
          // (ف "so" does not open a word inside a noun phrase: مشكلات فنية "technical".)
          ? ($0.proclitics == best.proclitics || (best.proclitics.map(\.label) == ["so"] && $0.proclitics.isEmpty))
            && $0.suffixes.map(\.text) == ["ة"] && $0.enclitic == nil
          : closedClass
            ? (bare($0) && ($0.entry.category == .grammar || sameWord($0))) || feminineOfAdverb($0)
            : $0.features.definite && $0.proclitics.allSatisfy { $0.role == .article })
    }) else { return }
    promote(adjective, in: &token)
  }

  /// Makes `reading`, one of the token's alternatives, its reading; the reading it replaces
  /// becomes the first alternative.
  func promote(_ reading: Analysis, in token: inout GlossedToken) {
    let replaced = token.analysis.map { [$0] } ?? []
    fill(&token, with: reading, alternatives: replaced + token.alternatives.filter { $0 != reading })
  }

  /// A preposition standing alone (في، إلى، على), the head of the noun after it.
  static func isBarePreposition(_ a: Analysis) -> Bool {
    a.entry.pos == .adposition && a.entry.role == nil && a.proclitics.isEmpty && a.enclitic == nil && a.suffixes.isEmpty
  }

  /// After a preposition comes a noun, not a verb: إلى عمل "to the work of", not "worked";
  /// في تقدم "in progress". A nominal reading within 25 points wins.
  func preferNominal(_ token: inout GlossedToken, within margin: Int = 25) {
    guard let best = token.analysis, best.entry.pos == .verb,
      let nominal = token.alternatives.first(where: {
        $0.entry.pos.isNominal && $0.score >= best.score - margin && !$0.entry.inflections.contains(.rare)
      })
    else { return }
    promote(nominal, in: &token)
  }

  /// Whether the token at `index` comes right after a noun, with only spaces between (عام
  /// 1957, المادة 5: a number that names rather than counts).
  func followsANoun(_ index: Int, in tokens: [GlossedToken]) -> Bool {
    guard index >= 2, tokens[index - 1].token.kind == .whitespace, tokens[(index - 1)..<index].areSpacesOnOneLine
    else { return false }
    return tokens[index - 2].analysis?.entry.pos == .noun
  }

  /// A relative pronoun (`REL`) other than ما "what", which also asks about nouns (ما رأيك
  /// "what is your opinion"): the clause after it mostly starts with its verb.
  static func opensVerbalClause(_ a: Analysis) -> Bool {
    a.entry.leipzig == "REL" && a.enclitic == nil && !a.entry.primaryGloss.split(separator: " ").contains("what")
  }

  /// After a relative pronoun comes a verb: الذي جعلها "that made it", not "its making"; مما
  /// جعل "which made"; التي أحدثها "that caused it", not "the latest of it". A verb reading
  /// within 25 points wins over a noun or an adjective.
  func preferVerb(_ token: inout GlossedToken) {
    guard let best = token.analysis, [.noun, .adjective].contains(best.entry.pos),
      let verb = token.alternatives.first(where: {
        $0.entry.pos == .verb && $0.score >= best.score - 25 && !$0.entry.inflections.contains(.rare)
      })
    else { return }
    promote(verb, in: &token)
  }

  /// The word after a negation particle (`NEG` in the lexicon), with only spaces between.
  /// لم and لن ("did not", "will not") carry the tense and always take an imperfect: a
  /// reading as one within 40 points beats a noun (لم تنس "did not forget", not "tennis"),
  /// and a shortened jussive no longer pays for its shortening against a full imperfect of
  /// the same letters (لم يقل "did not say", not "decrease"; لم يصل "did not arrive" keeps
  /// وصل over صلّى). A plain "not" (لا) negates present verbs and nouns: only a jussive
  /// beats a noun there, since the shortened stem is surely a verb (لا تنس "do not forget"),
  /// and an imperfect, else a noun, within 25 points beats a perfect, which لا hardly negates
  /// (لا توفر "does not provide", لا حل "no solution"); لا reads "does not" or "do not" before a verb and "no" before a noun. An
  /// imperfect is glossed in the bare infinitive: "did not | come", "will not | we write". A
  /// negation that can also be another grammar word is left alone: ما before an imperfect is
  /// mostly "what" (ما يريده).
  func readNegation(at index: Int, after before: Int, in tokens: inout [GlossedToken]) {
    guard let negation = tokens[before].analysis, negation.entry.leipzig == "NEG", negation.enclitic == nil,
      !tokens[before].alternatives.contains(where: { $0.entry.category == .grammar && $0.entry.leipzig != "NEG" }),
      let best = tokens[index].analysis
    else { return }
    // English's auxiliaries take the bare infinitive after them; "is not" (ليس) and "non-"
    // (غير) take other words.
    let carriesTense = ["did not", "will not"].contains(negation.entry.primaryGloss)
    guard carriesTense || negation.entry.primaryGloss == "not" else { return }
    func isImperfect(_ a: Analysis) -> Bool {
      a.entry.pos == .verb && a.features.aspect == .imperfect && !a.features.future && a.proclitics.isEmpty
    }
    if let shortened = tokens[index].alternatives.first(where: { a in
      guard isImperfect(a), !a.entry.inflections.contains(.rare) else { return false }
      if isImperfect(best) {
        return carriesTense && a.features.jussive && !best.features.jussive
          && a.score + WordAnalyzer.jussivePenalty >= best.score
      }
      return (carriesTense || a.features.jussive) && a.score >= best.score - 40
    }) {
      promote(shortened, in: &tokens[index])
    } else if !carriesTense, best.entry.pos == .verb, best.features.aspect == .perfect {
      if let present = tokens[index].alternatives.first(where: {
        isImperfect($0) && $0.score >= best.score - 25 && !$0.entry.inflections.contains(.rare)
      }) {
        promote(present, in: &tokens[index])
      } else {
        preferNominal(&tokens[index])
      }
    }
    guard let chosen = tokens[index].analysis, !carriesTense || isImperfect(chosen) else { return }
    let plainNot = !carriesTense && tokens[before].gloss.hasSuffix("not")
    if chosen.entry.pos.isNominal {
      if plainNot && negation.entry.glosses.contains("no") { tokens[before].gloss = tokens[before].gloss.dropLast(3) + "no" }
      return
    }
    guard isImperfect(chosen), !chosen.features.passive else { return }
    var bare = chosen
    bare.features.afterAuxiliary = true
    tokens[index].analysis = bare
    tokens[index].gloss = GlossComposer.readable(bare)
    // لا: "does not" before a 3rd person singular, "do not" before the rest and before a
    // jussive, which forbids.
    if plainNot {
      let singular = bare.features.person == 3 && bare.features.number == .singular && !bare.features.jussive
      tokens[before].gloss = tokens[before].gloss.dropLast(3) + (singular ? "does not" : "do not")
    }
  }

  /// قد before a verb, a grammar particle whose senses are "may" and "has": "has" with a
  /// perfect (قد نشر "has | published", قد كتبوا "have | they written"), "may" with an
  /// imperfect (قد يكون "may | be"); the verb takes the form English needs after that
  /// auxiliary, also after سوف "will" and لكي "in order to" (سوف يكون "will | be"). A verb before a verb is read as the particle where it can be (فقد قال "so has
  /// | said", not "lost | said").
  func readAuxiliaryParticle(at index: Int, after before: Int, in tokens: inout [GlossedToken]) {
    func isModal(_ a: Analysis) -> Bool {
      a.entry.pos == .particle && a.entry.category == .grammar && a.enclitic == nil
        && a.entry.glosses.contains("may") && a.entry.glosses.contains("has")
    }
    guard let verb = tokens[index].analysis, verb.entry.pos == .verb, verb.proclitics.isEmpty, !verb.features.future,
      verb.features.aspect == .perfect || verb.features.aspect == .imperfect
    else { return }
    if let read = tokens[before].analysis, read.entry.pos == .verb,
      let modal = tokens[before].alternatives.first(where: isModal)
    {
      promote(modal, in: &tokens[before])
    }
    guard let particle = tokens[before].analysis else { return }
    // سوف "will", لكي "in order to": English's bare infinitive follows.
    let beforeInfinitive =
      [.particle, .subordinatingConjunction].contains(particle.entry.pos) && particle.entry.category == .grammar
      && particle.enclitic == nil && ["will", "to"].contains(particle.entry.primaryGloss.split(separator: " ").last ?? "")
    guard isModal(particle) || (beforeInfinitive && verb.features.aspect == .imperfect) else { return }
    var bare = verb
    bare.features.afterAuxiliary = true
    tokens[index].analysis = bare
    tokens[index].gloss = GlossComposer.readable(bare)
    if verb.features.aspect == .perfect, tokens[before].gloss.hasSuffix("may") {
      let third = verb.features.person == 3 && verb.features.number == .singular
      tokens[before].gloss = tokens[before].gloss.dropLast(3) + (third ? "has" : "have")
    }
  }
}
