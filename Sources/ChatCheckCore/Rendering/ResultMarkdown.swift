/// The result as a printable Markdown handout: steps as a checklist,
/// resources as a table.
public enum ResultMarkdown {
  public static func render(_ result: AdviceResult, content: Content) -> String {
    let lang = result.language
    let s = { (key: String) in content.string(key, lang) }
    let regionName = content.regions[result.region]?.name.text(lang) ?? result.region
    var out = "# \(escape(s("result.title")))\n\n\(escape(s("result.intro")))\n\n"
    out += "\(s("result.region")): \(escape(regionName))\n"
    if result.cards.isEmpty { out += "\n\(escape(s("result.empty")))\n" }
    for (index, chosen) in result.cards.enumerated() {
      let card = chosen.card
      out += "\n## \(index + 1). \(escape(card.title.text(lang)))\n\n\(escape(card.text.text(lang)))\n"
      if !card.steps.isEmpty {
        out += "\n**\(s("result.steps"))**\n\n"
        for step in card.steps { out += "- [ ] \(escape(step.text(lang)))\n" }
      }
      if !chosen.resources.isEmpty {
        out += "\n**\(s("result.resources"))**\n\n"
        out += "| \(s("result.name")) | \(s("result.phone")) | \(s("result.web")) | \(s("result.hours")) |\n"
        out += "|---|---|---|---|\n"
        for r in chosen.resources {
          let cells = [r.name.text(lang), r.phone ?? "", r.url.map { "<\($0)>" } ?? "", r.hours?.text(lang) ?? ""]
          out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
        }
      }
      if !chosen.because.isEmpty {
        let labels = chosen.because.map { content.fact($0)?.label.text(lang) ?? $0 }
        out += "\n*\(s("result.because")): \(escape(labels.joined(separator: "; ")))*\n"
      }
    }
    out += "\n---\n\n\(escape(s("result.footer")))\n"
    return out
  }

  /// Escapes characters Markdown would treat as formatting.
  static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      if "\\`*_[]<>#|".contains(c) { out.append("\\") }
      out.append(c)
    }
    return out
  }

  static func cell(_ text: String) -> String {
    text.hasPrefix("<") ? text : escape(text).replacingNewlines()
  }
}

extension String {
  func replacingNewlines() -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
  }
}
