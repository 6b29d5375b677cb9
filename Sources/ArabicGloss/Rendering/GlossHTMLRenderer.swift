/// One standalone HTML page (inline CSS, no script, no network): each sentence as
/// right-to-left stacked word columns, entities highlighted with a tooltip, unknown and
/// fallback words marked, the draft translation under each sentence, and a legend.
public struct GlossHTMLRenderer: Sendable {
  /// Whether to show the draft translation.
  public var draft = true

  /// A renderer.
  public init() {}

  /// The page for `sentences`, titled `title`.
  public func render(_ sentences: [GlossedSentence], title: String) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="generator" content="argloss \(ArglossVersion.current)">
      <title>\(escape(title)) — argloss gloss</title>
      <style>
      body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; background: #fff; }
      h1 { font-size: 1.3rem; }
      .sentence { margin: 1.5rem 0; padding-bottom: 1rem; border-bottom: 1px solid #ddd; }
      .words { display: flex; flex-wrap: wrap; direction: rtl; gap: 0.4rem 1.1rem; }
      .w { display: flex; flex-direction: column; align-items: center; text-align: center; }
      .ar { font-family: "Amiri", "Noto Naskh Arabic", "Noto Sans Arabic", serif; font-size: 1.6rem; direction: rtl; }
      .tr { font-style: italic; color: #555; direction: ltr; }
      .lz { font-size: 0.8rem; color: #777; direction: ltr; font-variant-caps: all-small-caps; font-variant-caps: normal; }
      .gl { direction: ltr; }
      .entity .ar { background: #dff3f7; border-radius: 4px; padding: 0 0.2rem; }
      .term .ar { background: #fbf1d5; border-radius: 4px; padding: 0 0.2rem; }
      .repaired .ar { border-bottom: 2px dotted #2a8a2a; }
      .fallback .gl { color: #8a2a8a; }
      .unknown .ar { color: #b00; } .unknown .gl::after { content: "?"; color: #b00; }
      .draft { margin-top: 0.6rem; color: #333; }
      .draft .label { color: #777; font-size: 0.85rem; }
      .legend { font-size: 0.85rem; color: #555; }
      .legend span { padding: 0 0.3rem; border-radius: 4px; }
      </style>
      </head>
      <body>
      <h1>\(escape(title))</h1>

      """
    for sentence in sentences {
      let units = InterlinearUnit.units(of: sentence)
      guard !units.isEmpty else { continue }
      out += "<section class=\"sentence\" id=\"s\(sentence.index + 1)\">\n<div class=\"words\">\n"
      for unit in units {
        var attributes = "class=\"w \(unit.kind.rawValue)\""
        if let e = unit.entity {
          attributes += " title=\"\(escape("\(e.type): \(e.english) — \(e.entry.source)"))\""
        }
        out += "<div \(attributes)><span class=\"ar\" lang=\"ar\" dir=\"rtl\">\(escape(unit.arabic))</span>"
        out += "<span class=\"tr\">\(escape(unit.translit))</span><span class=\"lz\">\(escape(unit.leipzig))</span>"
        out += "<span class=\"gl\">\(escape(unit.gloss))</span></div>\n"
      }
      out += "</div>\n"
      if draft {
        out += "<p class=\"draft\"><span class=\"label\">\(escape(DraftTranslation.label))</span> \(escape(DraftTranslation.of(units)))</p>\n"
      }
      out += "</section>\n"
    }
    out += """
      <footer class="legend">
      <p><span class="entity" style="background:#dff3f7">named entity</span>
      <span style="background:#fbf1d5">multi-word term</span>
      <span style="border-bottom:2px dotted #2a8a2a">run-together word split</span>
      <span style="color:#8a2a8a">fallback dictionary</span>
      <span style="color:#b00">unknown?</span> — hover an entity for its type, English name and source.</p>
      <p>Lines: Arabic, romanization (ALA-LC unless chosen otherwise), morpheme gloss, readable gloss.
      Labels: \(Leipzig.legend.map { "\($0.label) \(escape($0.meaning))" }.joined(separator: "; ")).</p>
      </footer>
      </body>
      </html>

      """
    return out
  }

  /// Text with `& < > "` escaped.
  func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }
}
