/// Facts about the question graph the front ends need (the honest "at
/// most N more questions"), computed once.
public struct InterviewMetrics: Sendable {
  /// For each question: the most questions still to come after it.
  public let remaining: [String: Int]

  public init(content: Content) {
    var memo: [String: Int] = [:]
    func longest(_ id: String, _ depth: Int) -> Int {
      if let known = memo[id] { return known }
      guard depth < 10_000, let q = content.question(id) else { return 0 }
      var best = 0
      for option in q.options {
        if case .question(let next)? = option.next ?? q.next {
          best = max(best, 1 + longest(next, depth + 1))
        }
      }
      memo[id] = best
      return best
    }
    for q in content.questions { _ = longest(q.id, 0) }
    remaining = memo
  }
}
