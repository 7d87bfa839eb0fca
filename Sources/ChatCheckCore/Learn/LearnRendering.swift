/// The learning mode's outputs: `chatcheck/learn@1`,
/// `chatcheck/learn-list@1` and the plain text of a finished story.
public enum LearnRendering {
  public static let schema = "chatcheck/learn@1"
  public static let listSchema = "chatcheck/learn-list@1"

  /// The JSON of a finished story. `language` is the code asked for.
  public static func json(_ result: LearnResult) -> String {
    JSONValue.object([
      ("schema", .string(schema)),
      ("scenario", .string(result.scenario)),
      ("language", .string(result.language)),
      ("decisions", .array(result.decisions.map { decision in
        .object([
          ("id", .string(decision.id)),
          ("option", .string(decision.option)),
          ("safe", .bool(decision.safe)),
          ("feedback", .string(decision.feedback)),
        ])
      })),
      ("rules", .array(result.rules.map(JSONValue.string))),
    ]).serialized() + "\n"
  }

  /// Every story with its decisions and their options' ids.
  public static func listJSON(_ content: Content, language: String) -> String {
    JSONValue.object([
      ("schema", .string(listSchema)),
      ("scenarios", .array(content.stories.map { story in
        .object([
          ("id", .string(story.id)),
          ("title", .string(story.title.text(language))),
          ("reader", .string(story.reader.rawValue)),
          ("ages", .string(story.ages.rawValue)),
          ("decisions", .array(story.decisions.map { decision in
            .object([
              ("id", .string(decision.id)),
              ("options", .array(decision.options.map { .string($0.id) })),
            ])
          })),
        ])
      })),
    ]).serialized() + "\n"
  }

  /// The stories as text: id, title, audience and decision ids.
  public static func listText(_ content: Content, language: String) -> String {
    var out = ""
    for story in content.stories {
      out += "\(story.id): \(story.title.text(language)) (\(story.audience.text(language)))\n"
      for decision in story.decisions {
        out += "  \(decision.id): \(decision.options.map(\.id).joined(separator: ", "))\n"
      }
    }
    return out
  }

  /// A finished story as plain text, wrapped to `width`: each decision
  /// with the reply, safe or risky, and why; then what happened and the
  /// rules to remember.
  public static func text(_ result: LearnResult, content: Content, language: String, width: Int = 80) -> String {
    let s = { (key: String) in content.string(key, language) }
    var lines = [result.title, String(repeating: "=", count: min(width, DisplayWidth.of(result.title))), ""]
    for (index, decision) in result.decisions.enumerated() {
      lines += TextWrap.lines("\(index + 1). \(decision.prompt)", width: width)
      lines += TextWrap.lines("\(s("learn.your_reply"))\(Spelling.colon(language)) \(decision.reply)", width: width, first: "   ", rest: "   ")
      let verdict = s(decision.safe ? "learn.safe" : "learn.risky")
      lines += TextWrap.lines("\(verdict)\(Spelling.colon(language)) \(decision.feedback)", width: width, first: "   ", rest: "   ")
      lines.append("")
    }
    lines += [s("learn.outcome.title")] + TextWrap.lines(result.outcome, width: width) + [""]
    lines.append(s("learn.rules.title"))
    for rule in result.rules { lines += TextWrap.lines(rule, width: width, first: "- ", rest: "  ") }
    lines += helpLines(result.help, title: s("learn.help.title"), width: width)
    return lines.joined(separator: "\n") + "\n"
  }

  /// The region's lines at a story's end: each with its hours and how to
  /// reach it (a channel on a line of its own, never wrapped).
  public static func helpLines(_ help: [ResultDocument.Help], title: String, width: Int?) -> [String] {
    guard !help.isEmpty else { return [] }
    var lines = ["", title]
    for line in help {
      // Name, then hours, whom it is for ("mainly for women") and the
      // language note: a list to note a number from.
      let head = [line.name, line.details].compactMap { $0 }.joined(separator: " · ")
      lines += width.map { TextWrap.lines(head, width: $0, first: "- ", rest: "  ") } ?? ["- " + head]
      for channel in line.channels { lines.append("  " + channel.lineWithNote) }
    }
    return lines
  }
}
