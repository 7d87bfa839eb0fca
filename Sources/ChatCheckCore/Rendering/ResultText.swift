/// The result as plain text, wrapped to a width (80 by default): the
/// summary first, then the cards.
public enum ResultText {
  /// `width: nil` writes one paragraph per line and no underline: for
  /// screen readers and braille lines, which wrap themselves.
  public static func render(_ result: AdviceResult, content: Content, width: Int? = 80) -> String {
    let lang = result.textLanguage
    let s = { (key: String) in content.string(key, lang) }
    var lines: [String] = []
    let regionName = content.regions[result.region]?.name.text(lang) ?? result.region
    lines.append(s("result.title"))
    if let width { lines.append(String(repeating: "=", count: min(width, DisplayWidth.of(s("result.title"))))) }
    let width = width ?? Int.max / 4
    lines += summaryLines(result, content: content, width: width)
    if let emergency = ResourceListing.emergencyLine(ResourceListing.emergency(result), lang, content) {
      lines += TextWrap.lines(emergency, width: width)
      lines.append("")
    }
    lines += TextWrap.lines(s("result.intro"), width: width)
    lines.append("\(s("result.region")): \(regionName)")
    if result.cards.isEmpty {
      lines.append("")
      lines += TextWrap.lines(s("result.empty"), width: width)
    }
    let entries = ResourceListing.entries(result)
    for (index, chosen) in result.cards.enumerated() {
      lines.append("")
      lines += cardLines(chosen, marker: "\(index + 1). ", entries: entries[index], content: content, language: lang, width: width)
    }
    lines.append("")
    lines += TextWrap.lines(s("result.footer"), width: width)
    return lines.joined(separator: "\n") + "\n"
  }

  /// "Right now:" and the numbered summary, then a blank line; nothing
  /// when there is no summary.
  public static func summaryLines(_ result: AdviceResult, content: Content, width: Int) -> [String] {
    guard !result.summary.isEmpty else { return [] }
    var lines = [content.string("result.summary", result.textLanguage) + ":"]
    for (index, item) in result.summary.enumerated() {
      lines += TextWrap.lines(item.text.text(result.textLanguage), width: width, first: "  \(index + 1). ", rest: "     ")
    }
    lines.append("")
    return lines
  }

  /// One card, its title behind `marker` ("1. ", or "!! " for crisis help
  /// shown between questions), with its resources as `entries` (default:
  /// each in full, as crisis help between questions shows them).
  /// `status` adds a line's state ("open now", "closed now – opens Mon
  /// 14:00") to its details, for crisis help shown between questions.
  public static func cardLines(
    _ chosen: ChosenCard, marker: String, entries: [ResourceListing.Entry]? = nil, content: Content, language lang: String, width: Int,
    status: ((Resource) -> String?)? = nil
  ) -> [String] {
    let s = { (key: String) in content.string(key, lang) }
    let wording = chosen.wording
    var lines = TextWrap.lines(wording.title.text(lang), width: width, first: marker, rest: "   ")
    lines += TextWrap.lines(wording.text.text(lang), width: width, first: "   ", rest: "   ")
    // The steps follow the text as a list of "- " lines: no heading, so a
    // long result stays short (the handout has one).
    if !wording.steps.isEmpty {
      for step in wording.steps {
        lines += TextWrap.lines(step.text(lang), width: width, first: "   - ", rest: "     ")
      }
    }
    let entries = entries ?? chosen.resources.map(ResourceListing.Entry.full)
    if !entries.isEmpty {
      lines.append("   \(s("result.resources")):")
      for entry in entries {
        if let pointer = ResourceListing.pointer(entry, lang, content) {
          lines += TextWrap.lines(pointer, width: width, first: "   * ", rest: "     ")
        } else if case .full(let resource) = entry {
          lines += resourceLines(resource, lang, content, width: width, status: status?(resource))
        }
      }
    }
    if let because = ResultWording.because(chosen, lang, content, width: width - 3) {
      lines.append("   " + because)
    }
    return lines
  }

  /// The name, hours and who it is for, then one line per channel with
  /// its kind in words. A channel line is never broken, so a number or
  /// URL can be copied or typed; its note follows, wrapped.
  public static func resourceLines(_ r: Resource, _ lang: String, _ content: Content, width: Int, status: String? = nil) -> [String] {
    var lines = TextWrap.lines(r.name.text(lang), width: width, first: "   * ", rest: "     ")
    let details = [ResourceListing.details(r, lang, content), status].compactMap { $0 }.joined(separator: " · ")
    if !details.isEmpty {
      lines += TextWrap.lines(details, width: width, first: "     ", rest: "     ")
    }
    for channel in r.channels {
      lines.append("     " + ResultWording.channel(channel, lang, content))
      if let note = channel.note?.text(lang), !note.isEmpty {
        lines += TextWrap.lines(note, width: width, first: "       ", rest: "       ")
      }
    }
    return lines
  }
}
