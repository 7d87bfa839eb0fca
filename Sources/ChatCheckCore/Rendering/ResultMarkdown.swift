/// The result as a printable Markdown handout: the summary in a box at
/// the top, steps as a checklist, resources as a table.
public enum ResultMarkdown {
  public static func render(_ result: AdviceResult, content: Content) -> String {
    let lang = result.textLanguage
    let document = ResultDocument(result, content: content)
    let words = document.words
    var out = "# \(escape(words.title))\n\n"
    if !document.summary.isEmpty {
      out += "> **\(escape(words.summary))**\n>\n"
      for (index, item) in document.summary.enumerated() {
        out += "> \(index + 1). \(escape(item))\n"
      }
      out += "\n"
    }
    if let emergency = document.emergency {
      out += "**\(escape(emergency))**\n\n"
    }
    out += "\(escape(words.intro))\n\n"
    out += "\(escape(words.region))\n"
    for note in document.languageNotes { out += "\n*\(escape(note))*\n" }
    if document.cards.isEmpty { out += "\n\(escape(words.empty))\n" }
    for card in document.cards {
      out += "\n## \(card.number). \(escape(card.title))\n\n\(escape(card.text))\n"
      if !card.steps.isEmpty {
        out += "\n**\(escape(words.steps))**\n\n"
        for step in card.steps { out += "- [ ] \(escape(step))\n" }
      }
      if !card.help.isEmpty {
        out += "\n**\(escape(words.help))**\n\n"
        out += helpTable(card.help, content: content, language: lang)
      }
      // The handout has room for every reason.
      if !card.because.isEmpty {
        out += "\n*\(escape(words.because))\(words.colon) \(escape(card.because.joined(separator: words.listSeparator)))*\n"
      }
    }
    out += "\n---\n\n\(escape(words.footer))\n"
    return out
  }

  /// Help lines as a table: name (and whom it is for), how to reach it,
  /// its hours; a line shown in full earlier is a pointer back.
  static func helpTable(_ helps: [ResultDocument.Help], content: Content, language lang: String) -> String {
    let s = { (key: String) in content.string(key, lang) }
    var out = "| \(s("result.name")) | \(s("result.reach")) | \(s("result.hours")) |\n"
    out += "|---|---|---|\n"
    for help in helps {
      if let pointer = help.pointer {
        out += "| " + [escape(pointer), "", ""].map(cell).joined(separator: " | ") + " |\n"
        continue
      }
      var name = escape(help.name)
      if let audience = help.audience { name += " (\(escape(audience)))" }
      if let speaks = help.languages { name += " (\(escape(speaks)))" }
      let reach = help.channels.map { channel -> String in
        // Only a URL that cannot end the link early becomes one; any
        // other text is escaped, so no HTML reaches the handout.
        let value = SafeURL.isSafe(channel.value) ? "<\(channel.value)>" : escape(channel.value)
        let note = channel.note.map { " (\(escape($0)))" } ?? ""
        return "\(escape(channel.label))\(channel.colon) \(value)\(note)"
      }.joined(separator: "<br>")
      out += "| " + [name, reach, escape(help.hours ?? "")].map(cell).joined(separator: " | ") + " |\n"
    }
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
