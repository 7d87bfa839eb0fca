import ChatCheckCore

/// Learning mode in the plain line mode: the chat as lines of text, the
/// replies numbered, the feedback as text. Reads exactly one line per
/// decision (a line that is not a reply's number asks again); no pauses.
public struct PlainLearning {
  public enum Outcome: Equatable, Sendable {
    /// The rules were printed.
    case finished
    /// The user typed `q`.
    case quit
    /// Input ended before the last decision.
    case endOfInput
  }

  let content: Content
  let story: LearnStory
  let language: String
  let region: String
  let readLine: () -> String?
  let write: (String) -> Void
  /// Class mode: after each reply's feedback, the questions to discuss.
  let classMode: Bool

  public init(
    content: Content, story: LearnStory, language: String, region: String, classMode: Bool = false,
    readLine: @escaping () -> String?, write: @escaping (String) -> Void
  ) {
    self.classMode = classMode
    self.content = content
    self.story = story
    self.language = language
    self.region = region
    self.readLine = readLine
    self.write = write
  }

  var textLanguage: String { Spelling.variant(language: language, region: region) }

  func s(_ key: String) -> String { content.string(key, textLanguage) }

  /// What to say when the input ends before the last decision: the
  /// caller's error message, in the session's language.
  public var endedEarly: String { s("learn.plain.eof") }

  public func run() -> Outcome {
    let lang = textLanguage
    var run = LearnRun(story: story)
    // No hard wrapping: a screen reader or braille line wraps itself.
    var out = s("learn.plain.intro") + "\n"
    if content.languageInfo.unreviewed.contains(language) { out += s("result.unreviewed") + "\n" }
    out += "\n" + story.title.text(lang) + "\n" + story.setting.text(lang) + "\n\n"
    out += story.start.map(line).joined()
    write(out)
    while let decision = run.currentDecision {
      let number = run.choices.count + 1
      var prompt = "\n" + s("learn.plain.decision").replacingPlaceholder("n", String(number))
        .replacingPlaceholder("m", String(story.decisions.count)) + " " + decision.prompt.text(lang) + "\n"
      for (index, option) in decision.options.enumerated() {
        prompt += "  \(index + 1)) \(option.text.text(lang))\n"
      }
      write(prompt + s("learn.plain.choose") + "\n> ")
      var picked: Int?
      while picked == nil {
        guard let input = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else {
          // The prompt's line ends; the caller reports why (on stderr).
          write("\n")
          return .endOfInput
        }
        if input == "q" {
          write(s("plain.bye") + "\n")
          return .quit
        }
        if let n = Int(input), decision.options.indices.contains(n - 1) {
          picked = n - 1
        } else if let index = decision.options.firstIndex(where: { $0.id == input }) {
          picked = index
        } else {
          write(s("plain.invalid").replacingPlaceholder("max", String(decision.options.count)) + "\n> ")
        }
      }
      run.choose(picked!)
      let option = decision.options[picked!]
      var answer = option.isSaid ? "\(s("learn.you"))\(Spelling.colon(lang)) \(option.text.text(lang))\n" : "(\(option.text.text(lang)))\n"
      answer += "\(s(option.safe ? "learn.safe" : "learn.risky"))\(Spelling.colon(lang)) \(story.filled(option.feedback, lang, content: content, region: region))\n"
      if classMode {
        answer += s("learn.discuss") + ":\n" + decision.discuss.map { "- \($0.text(lang))\n" }.joined()
      }
      answer += option.then.map(line).joined()
      write(answer)
    }
    let outcome = story.filled(story.outcome, lang, content: content, region: region)
    var end = "\n" + s("learn.outcome.title") + "\n" + outcome + "\n\n" + s("learn.rules.title") + "\n"
    for (index, rule) in story.rules.enumerated() { end += "\(index + 1). \(rule.text(lang))\n" }
    let help = StoryLines.resources(story, content: content, region: region).map { ResultDocument.Help($0, lang, content) }
    end += LearnRendering.helpLines(help, title: s("learn.help.title"), width: nil).map { $0 + "\n" }.joined()
    // A parent or helper is pointed to the check for the person they
    // worry about, not told "if this happened to you".
    end += "\n" + s(story.reader == .affected ? "learn.plain.check" : "learn.plain.check_other") + "\n"
    // A class is pointed only to stories for its own audience.
    let others = content.stories.filter { $0.id != story.id && (!classMode || $0.ages == story.ages) }.map(\.id)
    if !others.isEmpty { end += s("learn.plain.more").replacingPlaceholder("list", others.joined(separator: ", ")) + "\n" }
    write(end)
    return .finished
  }

  /// "Mia · 21:02: text", "You: text" or "(text)".
  func line(_ message: ChatMessage) -> String {
    let text = message.text.text(textLanguage)
    let colon = Spelling.colon(language)
    switch message.speaker {
    case .them: return "\([story.them.text(textLanguage), message.time].compactMap { $0 }.joined(separator: " · "))\(colon) \(text)\n"
    case .you: return "\(s("learn.you"))\(colon) \(text)\n"
    case .note: return "(\(text))\n"
    }
  }
}
