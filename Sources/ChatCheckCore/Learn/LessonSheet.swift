/// `chatcheck learn --scenario ID --format markdown`: a sheet a teacher
/// can print. Whom the story is for and what the class should take away;
/// the chat with every decision, each reply safe or risky and why, and
/// the questions to discuss; what happened, the rules and the region's
/// lines. With the class's replies, the chat follows them and each
/// chosen reply is marked.
public enum LessonSheet {
  /// The strings the sheet needs besides the story's own texts.
  public static let strings = [
    "learn.sheet.audience", "learn.sheet.plays", "learn.sheet.goals", "learn.sheet.story", "learn.sheet.chosen",
    "learn.reader.self", "learn.reader.parent", "learn.reader.helper", "learn.discuss", "learn.help.title",
    "learn.sheet.lead", "learn.sheet.lead_adults", "learn.or",
  ]

  /// The sheet in `language` (a spelling variant such as `de-CH`), with
  /// `region`'s lines; `chosen` holds the class's replies, if any.
  public static func markdown(_ story: LearnStory, content: Content, language lang: String, region: String, chosen: LearnRun? = nil) -> String {
    let s = { (key: String) in content.string(key, lang) }
    let e = ResultMarkdown.escape
    let text = { (t: LocalizedText) in story.filled(t, lang, content: content, region: region) }
    let them = story.them.text(lang)
    func chat(_ messages: [ChatMessage]) -> String {
      messages.map { message -> String in
        switch message.speaker {
        case .them: return "> **\(e([them, message.time].compactMap { $0 }.joined(separator: ", "))):** \(e(message.text.text(lang)))\n>\n"
        case .you: return "> **\(e(s("learn.you"))):** \(e(message.text.text(lang)))\n>\n"
        case .note: return "> *\(e(message.text.text(lang)))*\n>\n"
        }
      }.joined()
    }
    func quoteEnd(_ text: String) -> String { text.hasSuffix(">\n") ? String(text.dropLast(2)) + "\n" : text }

    var out = "# \(e(story.title.text(lang)))\n\n"
    out += "**\(e(s("learn.sheet.audience"))):** \(e(story.audience.text(lang)))  \n"
    out += "**\(e(s("learn.sheet.plays"))):** \(e(s("learn.reader.\(story.reader.rawValue)")))\n\n"
    // For whoever leads: someone in the room may be affected right now.
    let forClass = story.ages == .young && story.reader == .affected
    out += "> \(e(s(forClass ? "learn.sheet.lead" : "learn.sheet.lead_adults")))\n\n"
    out += "## \(e(s("learn.sheet.goals")))\n\n"
    for goal in story.goals { out += "- \(e(goal.text(lang)))\n" }
    out += "\n## \(e(s("learn.sheet.story")))\n\n\(e(story.setting.text(lang)))\n\n"
    out += quoteEnd(chat(story.start))
    for (index, decision) in story.decisions.enumerated() {
      let picked = chosen.flatMap { $0.choices.indices.contains(index) ? $0.choices[index] : nil }
      out += "\n### \(index + 1). \(e(decision.prompt.text(lang))) `\(decision.id)`\n\n"
      for option in decision.options {
        let verdict = s(option.safe ? "learn.safe" : "learn.risky")
        let mark = picked?.id == option.id ? " *(\(e(s("learn.sheet.chosen"))))*" : ""
        // The option's id, for an answers file with the class's replies.
        out += "- **\(e(verdict)):** \(e(option.text.text(lang)))\(mark) `\(option.id)`  \n  \(e(text(option.feedback)))\n"
      }
      out += "\n**\(e(s("learn.discuss")))**\n\n"
      for prompt in decision.discuss { out += "- \(e(prompt.text(lang)))\n" }
      // The chat goes on as after the class's reply, or the first safe one.
      if let next = picked ?? decision.options.first(where: \.safe) {
        let said = next.isSaid ? [ChatMessage(speaker: .you, time: nil, text: next.text)] : [ChatMessage(speaker: .note, time: nil, text: next.text)]
        out += "\n" + quoteEnd(chat(said + next.then))
      }
    }
    out += "\n## \(e(s("learn.outcome.title")))\n\n\(e(text(story.outcome)))\n"
    out += "\n## \(e(s("learn.rules.title")))\n\n"
    for (index, rule) in story.rules.enumerated() { out += "\(index + 1). \(e(rule.text(lang)))\n" }
    let regionName = content.regions[region]?.name.text(lang) ?? region
    out += "\n## \(e(s("learn.help.title"))) (\(e(regionName)))\n\n"
    let help = StoryLines.resources(story, content: content, region: region).map { ResultDocument.Help($0, lang, content) }
    out += ResultMarkdown.helpTable(help, content: content, language: lang)
    return out
  }
}
