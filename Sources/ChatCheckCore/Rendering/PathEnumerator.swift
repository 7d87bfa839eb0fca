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
  /// that of one path); stops when `visit` returns false. The walk keeps
  /// its own stack (one entry per question on the current path), so a
  /// long chain of questions cannot exhaust the program's stack.
  public static func forEach(_ content: Content, _ visit: (InterviewPath) -> Bool) {
    var interview = Interview(content: content)
    guard let first = interview.currentQuestion else {
      _ = visit(leaf(interview))
      return
    }
    // The selections of each question on the path, and the next to try.
    var stack: [(selections: [[String]], next: Int)] = [(selections(of: first), 0)]
    while let top = stack.indices.last {
      guard stack[top].next < stack[top].selections.count else {
        stack.removeLast()
        // Undo the answer that led to the question just finished.
        if !stack.isEmpty { interview.back() }
        continue
      }
      let selection = stack[top].selections[stack[top].next]
      stack[top].next += 1
      do {
        try interview.answer(selection)
      } catch {
        continue
      }
      if let question = interview.currentQuestion {
        stack.append((selections(of: question), 0))
      } else {
        if !visit(leaf(interview)) { return }
        interview.back()
      }
    }
  }

  /// The path the interview has taken to its result.
  private static func leaf(_ interview: Interview) -> InterviewPath {
    let facts = interview.facts
    return InterviewPath(
      answers: interview.answers, facts: facts.sorted(),
      topics: AdviceComposer.compose(
        content: interview.content, facts: facts, answers: [], language: interview.content.defaultLanguage,
        region: interview.content.fallbackRegion
      ).topics)
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
}
