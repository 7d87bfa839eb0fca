import ChatCheckCore
import ChatCheckUI
import Testing
import ChatCheckTestSupport

/// The one question graph behind the loader's checks, path analysis,
/// `graph` and the progress shown on screen.
@Suite("Question graph")
struct QuestionGraphTests {
  @Test func edgesOrderAndLongestRemaining() {
    let content = Fixtures.valid()
    let graph = QuestionGraph(content: content)
    let ids = graph.postOrder.map { content.questions[$0].id }
    #expect(ids == ["feeling", "happened", "contact"], "every question after all it leads to")
    #expect(graph.longestRemaining == ["contact": 2, "happened": 1, "feeling": 0])
    #expect(graph.cycles().isEmpty && graph.unreachable.isEmpty)
    // A multi-select question takes every non-empty combination.
    let happened = content.indexOfQuestion("happened")!
    #expect(graph.choices(happened).count == 7)
  }

  @Test func shippedExclusiveOptionsGoAloneAndProgressIsHonest() {
    let content = Fixtures.shipped()
    let graph = QuestionGraph(content: content)
    let demand = content.indexOfQuestion("demand")!
    let choices = graph.choices(demand).map { $0.options.map(\.id) }
    #expect(choices.contains(["nothing"]) && !choices.contains { $0.count > 1 && $0.contains("nothing") })
    // "At most N more" is never less than what a path really asks.
    let remaining = InterviewMetrics(content: content).remaining
    for path in PathEnumerator.paths(content).prefix(2000) {
      for (index, answer) in path.answers.enumerated() {
        #expect(remaining[answer.question]! >= path.answers.count - index - 1)
      }
    }
  }

  @Test func findsCyclesAndUnreachableQuestions() {
    let cyclic = Fixtures.replacing(
      "        sets: [danger.immediate, user.distress]\n        next: result",
      with: "        sets: [danger.immediate, user.distress]\n        next: contact", in: "questions.yaml", Fixtures.validFiles())
    let errors = ContentLoader.load(cyclic, folderName: "valid", requiring: FrontEndStrings.all).errors.map(\.message)
    #expect(errors == ["this answer leads back to an earlier question, a cycle: contact → happened → feeling → contact"])
  }
}
