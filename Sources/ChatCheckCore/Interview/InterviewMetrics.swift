/// Facts about the question graph the front ends need (the honest "at
/// most N more questions"), computed once.
public struct InterviewMetrics: Sendable {
  /// For each question: the most questions still to come after it.
  public let remaining: [String: Int]

  public init(content: Content) {
    remaining = QuestionGraph(content: content).longestRemaining
  }
}
