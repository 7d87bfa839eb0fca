/// The result as a printable Markdown handout: the summary in a box at
/// the top, steps as a checklist, resources as a table.
public enum ResultMarkdown {
  public static func render(_ result: AdviceResult, content: Content) -> String {
    let lang = result.textLanguage
    let s = { (key: String) in content.string(key, lang) }
    let regionName = content.regions[result.region]?.name.text(lang) ?? result.region
    var out = "# \(escape(s("result.title")))\n\n"
    if !result.summary.isEmpty {
      out += "> **\(escape(s("result.summary")))**\n>\n"
      for (index, item) in result.summary.enumerated() {
        out += "> \(index + 1). \(escape(item.text.text(lang)))\n"
      }
      out += "\n"
    }
    if let emergency = ResourceListing.emergencyLine(ResourceListing.emergency(result), lang, content) {
      out += "**\(escape(emergency))**\n\n"
    }
    out += "\(escape(s("result.intro")))\n\n"
    out += "\(s("result.region")): \(escape(regionName))\n"
    if result.cards.isEmpty { out += "\n\(escape(s("result.empty")))\n" }
    let entries = ResourceListing.entries(result)
    for (index, chosen) in result.cards.enumerated() {
      let wording = chosen.wording
      out += "\n## \(index + 1). \(escape(wording.title.text(lang)))\n\n\(escape(wording.text.text(lang)))\n"
      if !wording.steps.isEmpty {
        out += "\n**\(s("result.steps"))**\n\n"
        for step in wording.steps { out += "- [ ] \(escape(step.text(lang)))\n" }
      }
      if !entries[index].isEmpty {
        out += "\n**\(s("result.resources"))**\n\n"
        out += "| \(s("result.name")) | \(s("result.reach")) | \(s("result.hours")) |\n"
        out += "|---|---|---|\n"
        for entry in entries[index] {
          guard case .full(let r) = entry else {
            let pointer = ResourceListing.pointer(entry, lang, content) ?? ""
            out += "| " + [escape(pointer), "", ""].map(cell).joined(separator: " | ") + " |\n"
            continue
          }
          var name = escape(r.name.text(lang))
          if let audience = r.audience?.text(lang) { name += " (\(escape(audience)))" }
          if let speaks = ResourceListing.languageNote(r, lang, content) { name += " (\(escape(speaks)))" }
          let reach = r.channels.map { channel -> String in
            let label = content.string("channel.\(channel.kind.rawValue)", lang)
            // Only a URL that cannot end the link early becomes one; any
            // other text is escaped, so no HTML reaches the handout.
            let value = SafeURL.isSafe(channel.value) ? "<\(channel.value)>" : escape(channel.value)
            let note = channel.note.map { " (\(escape($0.text(lang))))" } ?? ""
            return "\(escape(label)): \(value)\(note)"
          }.joined(separator: "<br>")
          out += "| " + [name, reach, escape(r.hours?.text(lang) ?? "")].map(cell).joined(separator: " | ") + " |\n"
        }
      }
      // The handout has room for every reason.
      if !chosen.because.isEmpty {
        let labels = chosen.because.map { content.fact($0)?.label.text(lang) ?? $0 }
        out += "\n*\(escape(s("result.because"))): \(escape(labels.joined(separator: "; ")))*\n"
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
    text.replacingNewlines()
  }
}

extension String {
  func replacingNewlines() -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
  }
}
