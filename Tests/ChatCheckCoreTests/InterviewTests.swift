import ChatCheckCore
import ChatCheckUI
import Testing
import ChatCheckTestSupport

@Suite("Interview state machine")
struct InterviewTests {
  let content = Fixtures.valid()

  @Test func walksToTheResultAndCollectsFacts() throws {
    var interview = Interview(content: content)
    #expect(interview.current == "contact")
    try interview.answer(["stranger"])
    #expect(interview.current == "happened")
    try interview.answer(["money", "webcam"])
    #expect(interview.answers.last == Answer(question: "happened", options: ["webcam", "money"]))
    try interview.answer(["ok"])
    #expect(interview.isFinished)
    #expect(interview.facts == ["contact.unknown", "request.webcam", "payment.demanded"])
  }

  @Test func refusesInvalidSelections() throws {
    var interview = Interview(content: content)
    #expect(throws: AnswerProblem.unknownOption("nope", valid: ["stranger", "known"])) {
      try interview.answer(["nope"])
    }
    #expect(throws: AnswerProblem.tooManyOptions) { try interview.answer(["stranger", "known"]) }
    #expect(throws: AnswerProblem.noOption) { try interview.answer([]) }
    try interview.answer(["known"])
    #expect(throws: AnswerProblem.repeatedOption("webcam")) { try interview.answer(["webcam", "webcam"]) }
    #expect(interview.answers.count == 1)
  }

  @Test func backDropsTheLastAnswer() throws {
    var interview = Interview(content: content)
    let atStart = interview.back()
    #expect(!atStart)
    try interview.answer(["stranger"])
    try interview.answer(["recorded"])
    let wentBack = interview.back()
    #expect(wentBack)
    #expect(interview.current == "happened")
    #expect(interview.facts == ["contact.unknown"])
  }

  @Test func changeKeepsLaterAnswersThatAreStillOnThePath() throws {
    var interview = Interview(content: content)
    try interview.answer(["stranger"])
    try interview.answer(["money"])
    try interview.answer(["bad"])
    let pruned = try interview.change("contact", to: ["known"])
    #expect(pruned.isEmpty)
    #expect(interview.answers.map(\.question) == ["contact", "happened", "feeling"])
    #expect(interview.isFinished)
    #expect(!interview.facts.contains("contact.unknown"))
    #expect(interview.facts.contains("user.distress"))
  }

  @Test func changeDropsAnswersOffTheNewPath() throws {
    // A content where the first answer decides which second question comes.
    let files = Fixtures.replacing(
      "        sets: [contact.unknown]\n        next: happened", with: "        sets: [contact.unknown]\n        next: feeling",
      in: "questions.yaml", Fixtures.validFiles())
    let content = ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all).content!
    var interview = Interview(content: content)
    try interview.answer(["known"])
    try interview.answer(["recorded"])
    try interview.answer(["ok"])
    let pruned = try interview.change("contact", to: ["stranger"])
    #expect(pruned == [Answer(question: "happened", options: ["recorded"])])
    #expect(interview.answers.map(\.question) == ["contact", "feeling"])
    #expect(!interview.facts.contains("images.exist"))
  }

  @Test func changeStopsAtTheFirstQuestionWithoutAnAnswer() throws {
    var interview = Interview(content: content)
    try interview.answer(["stranger"])
    let pruned = try interview.change("contact", to: ["known"])
    #expect(pruned.isEmpty)
    #expect(interview.current == "happened")
  }

  @Test func changingAQuestionNotAnsweredIsRefused() {
    var interview = Interview(content: content)
    #expect(throws: AnswerProblem.self) { try interview.change("feeling", to: ["ok"]) }
  }

  @Test func resetForgetsEverything() throws {
    var interview = Interview(content: content, presetFacts: ["victim.minor"])
    try interview.answer(["stranger"])
    interview.reset()
    #expect(interview.answers.isEmpty)
    #expect(interview.current == "contact")
    #expect(interview.facts == ["victim.minor"])
  }
}

@Suite("Advice composition")
struct AdviceTests {
  let content = Fixtures.valid()

  @Test func sortedByPriorityThenContentOrder() {
    let facts: Set<String> = ["contact.unknown", "images.exist", "payment.demanded", "user.distress", "danger.immediate"]
    let result = AdviceComposer.compose(content: content, facts: facts, answers: [], language: "en", region: "DE")
    #expect(result.topics == ["emergency", "crisis-support", "preserve-evidence", "do-not-pay", "block-and-report", "warning-signs"])
    #expect(result.facts == facts.sorted())
  }

  @Test func becauseNamesTheFactsThatApplied() {
    let result = AdviceComposer.compose(
      content: content, facts: ["images.exist"], answers: [], language: "en", region: "DE")
    let block = result.cards.first { $0.card.id == "block" }
    #expect(block?.because == ["images.exist"])
    #expect(result.cards.first { $0.card.id == "warning" }?.because == [])
  }

  @Test func resourcesComeFromTheRegionWithFallback() {
    let de = AdviceComposer.compose(content: content, facts: ["user.distress"], answers: [], language: "de", region: "DE")
    #expect(de.cards.first?.resources.map(\.id) == ["int-crisis"])
    #expect(de.cards.last?.resources.map(\.id) == ["de-110"])
    let int = AdviceComposer.compose(content: content, facts: [], answers: [], language: "de", region: "INT")
    #expect(int.cards.last?.resources.map(\.id) == ["int-112"])
  }
}
