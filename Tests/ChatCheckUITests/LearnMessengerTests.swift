import ChatCheckCore
import ChatCheckUI
import Testing

/// The learning chat behaves like a messenger (the review's P12 and P13):
/// the stranger's messages arrive one by one while "is typing" shows,
/// Enter shows them all at once, one header per group of messages, the
/// reader's actions are marked as theirs, and on a projector the chat is
/// a centred column.
@Suite("Learning mode as a messenger")
struct LearnMessengerTests {
  var story: LearnStory { UIFixtures.learnContent.stories[0] }

  func state(size: Size = Size(columns: 80, rows: 24), delay: Double = AppState.standardMessageDelay) -> AppState {
    var state = UIFixtures.state(UIFixtures.learnContent, language: "en", size: size)
    state.messageDelay = delay
    _ = state.update(.tick(0))
    _ = state.perform(.learn)
    _ = state.perform(.openStory(0))
    return state
  }

  /// The stranger's messages of the story's start, in English.
  var firstMessages: [String] {
    story.start.filter { $0.speaker == .them }.map { $0.text.text("en") }
  }

  @Test func messagesArriveOneByOneWhileTheStrangerIsTyping() throws {
    var state = state()
    let first = try #require(firstMessages.first)
    #expect(firstMessages.count >= 2, "the fixture story starts with two messages")
    var screen = AppView.render(state).text
    #expect(screen.contains("is typing") && !screen.contains(String(first.prefix(12))), "\(screen)")
    #expect(!screen.contains("> 1."), "the replies wait")
    #expect(state.animating)
    // Time passes: the first message arrives, then the second.
    var seen = 0
    for second in 1...20 {
      _ = state.update(.tick(Double(second)))
      screen = AppView.render(state).text
      seen = firstMessages.filter { screen.contains(String($0.prefix(12))) }.count
      if seen == 1 { break }
    }
    #expect(seen == 1, "one message at a time:\n\(screen)")
    for second in 21...60 where state.animating { _ = state.update(.tick(Double(second))) }
    screen = AppView.render(state).text
    #expect(!state.animating && !screen.contains("is typing"))
    #expect(screen.contains("> 1."), "the replies come after the messages:\n\(screen)")
  }

  @Test func enterShowsEveryMessageAtOnceAndPicksNothing() {
    var state = state()
    press(&state, [.enter])
    let screen = AppView.render(state).text
    #expect(firstMessages.allSatisfy { screen.contains(String($0.prefix(12))) }, "\(screen)")
    #expect(state.pageState.story?.choices.isEmpty == true, "no reply was picked")
    #expect(screen.contains("> 1."))
  }

  @Test func theStrangersAnswerToAReplyArrivesAfterTheFeedback() {
    var state = state()
    press(&state, [.enter, .enter])
    #expect(state.pageState.story?.phase == .feedback)
    press(&state, [.enter])
    #expect(state.animating, "the answer to the reply arrives now")
    #expect(AppView.render(state).text.contains("is typing"))
  }

  @Test func withoutADelayEverythingShowsAtOnce() {
    let state = state(delay: 0)
    #expect(!state.animating)
    #expect(AppView.render(state).text.contains("> 1."))
  }

  @Test func oneHeaderForAGroupAndTheReadersActionsAreTheirs() throws {
    var state = state(delay: 0)
    let screen = AppView.render(state).text
    let name = story.them.text("en")
    let headers = screen.components(separatedBy: "\n").filter { $0.contains(name + " ·") }
    #expect(headers.count == 1, "two messages at one time share a header:\n\(screen)")
    // A reply that is done, not said, shows as the reader's.
    let decision = try #require(story.decisions.first { $0.options.contains { !$0.isSaid } })
    let index = try #require(story.decisions.firstIndex(of: decision))
    for d in 0..<index {
      _ = d
      press(&state, [.enter, .enter])
    }
    let action = try #require(decision.options.firstIndex { !$0.isSaid })
    press(&state, [.character(Character(String(action + 1))), .enter])
    let done = decision.options[action].text.text("en")
    #expect(AppView.render(state).text.contains("You: " + String(done.prefix(10))), "\(AppView.render(state).text)")
  }

  @Test func onAProjectorTheChatIsACentredColumn() {
    let state = state(size: Size(columns: 120, rows: 40), delay: 0)
    let lines = AppView.render(state).lines.dropFirst().dropLast()
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 120 - 20 }, "nothing runs to the right edge")
    #expect(lines.contains { $0.hasPrefix(String(repeating: " ", count: 10)) && !$0.trimmingCharacters(in: .whitespaces).isEmpty })
  }
}
