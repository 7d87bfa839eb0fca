/// The result as plain text, wrapped to a width (80 by default).
public enum ResultText {
  public static func render(_ result: AdviceResult, content: Content, width: Int = 80) -> String {
    let lang = result.language
    let s = { (key: String) in content.string(key, lang) }
    var lines: [String] = []
    let regionName = content.regions[result.region]?.name.text(lang) ?? result.region
    lines.append(s("result.title"))
    lines.append(String(repeating: "=", count: min(width, DisplayWidth.of(s("result.title")))))
    lines += TextWrap.lines(s("result.intro"), width: width)
    lines.append("\(s("result.region")): \(regionName)")
    if result.cards.isEmpty {
      lines.append("")
      lines += TextWrap.lines(s("result.empty"), width: width)
    }
    for (index, chosen) in result.cards.enumerated() {
      let card = chosen.card
      lines.append("")
      lines += TextWrap.lines(card.title.text(lang), width: width, first: "\(index + 1). ", rest: "   ")
      lines += TextWrap.lines(card.text.text(lang), width: width, first: "   ", rest: "   ")
      if !card.steps.isEmpty {
        lines.append("   \(s("result.steps")):")
        for step in card.steps {
          lines += TextWrap.lines(step.text(lang), width: width, first: "   - ", rest: "     ")
        }
      }
      if !chosen.resources.isEmpty {
        lines.append("   \(s("result.resources")):")
        for resource in chosen.resources {
          lines += resourceLines(resource, lang, content, width: width)
        }
      }
      if !chosen.because.isEmpty {
        let labels = chosen.because.map { content.fact($0)?.label.text(lang) ?? $0 }
        lines += TextWrap.lines("\(s("result.because")): \(labels.joined(separator: "; "))", width: width, first: "   ", rest: "   ")
      }
    }
    lines.append("")
    lines += TextWrap.lines(s("result.footer"), width: width)
    return lines.joined(separator: "\n") + "\n"
  }

  /// The name, then phone, hours and audience, then the URL on a line of
  /// its own: a URL is never broken, so it can be copied or typed.
  static func resourceLines(_ r: Resource, _ lang: String, _ content: Content, width: Int) -> [String] {
    var lines = TextWrap.lines(r.name.text(lang), width: width, first: "   * ", rest: "     ")
    var details: [String] = []
    if let phone = r.phone { details.append("\(content.string("result.phone", lang)) \(phone)") }
    if let hours = r.hours?.text(lang) { details.append(hours) }
    if let audience = r.audience?.text(lang) { details.append(audience) }
    if !details.isEmpty {
      lines += TextWrap.lines(details.joined(separator: " · "), width: width, first: "     ", rest: "     ")
    }
    if let url = r.url { lines.append("     " + url) }
    return lines
  }
}
