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
          lines += TextWrap.lines(resourceLine(resource, lang, content), width: width, first: "   * ", rest: "     ")
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

  /// "Name: phone 110, https://…, hours, audience".
  static func resourceLine(_ r: Resource, _ lang: String, _ content: Content) -> String {
    var parts: [String] = []
    if let phone = r.phone { parts.append("\(content.string("result.phone", lang)) \(phone)") }
    if let url = r.url { parts.append(url) }
    if let hours = r.hours?.text(lang) { parts.append(hours) }
    if let audience = r.audience?.text(lang) { parts.append(audience) }
    return "\(r.name.text(lang)): " + parts.joined(separator: " · ")
  }
}
