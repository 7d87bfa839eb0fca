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
    var interview = Interview(content: content)
    walk(&interview, into: &result)
    return result
  }

  private static func walk(_ interview: inout Interview, into result: inout [InterviewPath]) {
    guard let question = interview.currentQuestion else {
      let facts = interview.facts
      result.append(InterviewPath(
        answers: interview.answers, facts: facts.sorted(),
        topics: AdviceComposer.compose(
          content: interview.content, facts: facts, answers: [], language: interview.content.defaultLanguage,
          region: interview.content.fallbackRegion
        ).topics))
      return
    }
    for selection in selections(of: question) {
      do {
        try interview.answer(selection)
      } catch {
        continue
      }
      walk(&interview, into: &result)
      interview.back()
    }
  }

  /// Single: each option. Multi: every non-empty subset of the options
  /// that combine, in option order, then each exclusive option alone.
  static func selections(of question: Question) -> [[String]] {
    switch question.kind {
    case .single: return question.options.map { [$0.id] }
    case .multi: return question.selections.map { $0.map(\.id) }
    }
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
    for (i, path) in paths.enumerated() {
      let answers = path.answers.map(\.written).joined(separator: " ")
      out += "\(i + 1). \(answers)\n   facts: \(path.facts.joined(separator: ", "))\n   topics: \(path.topics.joined(separator: ", "))\n"
    }
    out += "\(paths.count) paths\n"
    return out
  }
}
