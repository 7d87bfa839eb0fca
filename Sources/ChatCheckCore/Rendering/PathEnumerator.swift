/// One complete path through the interview and where it ends.
public struct InterviewPath: Sendable, Hashable {
  public var answers: [Answer]
  public var facts: [String]
  public var topics: [String]
}

/// Lists every path from the start to the result (for review and tests).
/// Unlike `PathAnalysis` this enumerates, so its output grows with the
/// number of paths.
public enum PathEnumerator {
  public static func paths(_ content: Content) -> [InterviewPath] {
    var result: [InterviewPath] = []
    forEach(content) { result.append($0); return true }
    return result
  }

  /// Calls `visit` with each path as soon as it is found (memory stays
  /// that of one path); stops when `visit` returns false.
  public static func forEach(_ content: Content, _ visit: (InterviewPath) -> Bool) {
    var interview = Interview(content: content)
    _ = walk(&interview, visit)
  }

  /// False when the visitor asked to stop.
  private static func walk(_ interview: inout Interview, _ visit: (InterviewPath) -> Bool) -> Bool {
    guard let question = interview.currentQuestion else {
      let facts = interview.facts
      return visit(InterviewPath(
        answers: interview.answers, facts: facts.sorted(),
        topics: AdviceComposer.compose(
          content: interview.content, facts: facts, answers: [], language: interview.content.defaultLanguage,
          region: interview.content.fallbackRegion
        ).topics))
    }
    for selection in selections(of: question) {
      do {
        try interview.answer(selection)
      } catch {
        continue
      }
      let goOn = walk(&interview, visit)
      interview.back()
      if !goOn { return false }
    }
    return true
  }

  /// Single: each option. Multi: every non-empty subset of the options
  /// that combine, in option order, then each exclusive option alone.
  static func selections(of question: Question) -> [[String]] {
    switch question.kind {
    case .single: return question.options.map { [$0.id] }
    case .multi: return question.selections.map { $0.map(\.id) }
    }
  }

  /// One path as a JSON object (a member of `chatcheck/paths@1`'s list).
  public static func jsonValue(_ path: InterviewPath) -> JSONValue {
    .object([
      ("answers", .array(path.answers.map(ResultJSON.answerValue))),
      ("facts", .array(path.facts.map(JSONValue.string))),
      ("topics", .array(path.topics.map(JSONValue.string))),
    ])
  }

  /// One path as text, numbered `number`.
  public static func text(_ path: InterviewPath, number: Int) -> String {
    let answers = path.answers.map(\.written).joined(separator: " ")
    return "\(number). \(answers)\n   facts: \(path.facts.joined(separator: ", "))\n   topics: \(path.topics.joined(separator: ", "))\n"
  }

  public static func json(_ paths: [InterviewPath]) -> String {
    JSONValue.object([
      ("schema", .string("chatcheck/paths@1")),
      ("paths", .array(paths.map { path in
        .object([
          ("answers", .array(path.answers.map(ResultJSON.answerValue))),
          ("facts", .array(path.facts.map(JSONValue.string))),
          ("topics", .array(path.topics.map(JSONValue.string))),
        ])
      })),
    ]).serialized() + "\n"
  }

  public static func text(_ paths: [InterviewPath]) -> String {
    var out = ""
    for (i, path) in paths.enumerated() { out += text(path, number: i + 1) }
    out += "\(paths.count) paths\n"
    return out
  }
}
