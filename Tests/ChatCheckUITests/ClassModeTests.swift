import ChatCheckCore
import ChatCheckUI
import ChatCheckTestSupport
import Testing

/// `chatcheck learn --class`: a teacher at a projector. No message waits
/// for a timer, the reply picked gets its feedback and the questions to
/// discuss, and the story ends with the rules and the region's lines.
@Suite("Class mode (screens)")
struct ClassModeTests {
  static let sizes = [Size(columns: 120, rows: 40), Size(columns: 80, rows: 24)]

  var story: LearnStory { UIFixtures.learnContent.stories[0] }

  func classState(_ size: Size, language: String = "de") -> AppState {
    var state = UIFixtures.state(UIFixtures.learnContent, language: language, size: size)
    // A class that started the fixture's story: its own audience.
    state.classAudience = UIFixtures.learnContent.stories[0].ages
    state.messageDelay = 0
    _ = state.perform(.learn)
    _ = state.perform(.openStory(0))
    return state
  }

  @Test(arguments: sizes)
  func eachReplyIsFollowedByItsFeedbackAndTheQuestionsToDiscuss(size: Size) {
    var state = classState(size)
    let decision = AppView.render(state)
    #expect(decision.text.contains("Klassenmodus"), "the header says class mode")
    #expect(decision.text.contains("Einigt euch auf eine Antwort"))
    #expect(state.pageState.story?.shown == nil, "no message waits for a timer")
    Snapshot.check(decision, "class-decision-de-\(size.columns)x\(size.rows)")
    // Nothing is highlighted: a stray Enter (or a clicker) picks nothing.
    #expect(!decision.text.contains("> 1."))
    press(&state, [.enter, .space, .right])
    #expect(state.pageState.story?.choices.isEmpty == true, "no reply was picked")
    for (index, item) in story.decisions.enumerated() {
      let pick = index % item.options.count
      press(&state, [.character(Character(String(pick + 1))), .enter])
      let screen = AppView.render(state).text
      #expect(screen.contains("Zum Besprechen"), "decision \(item.id)")
      for prompt in item.discuss {
        #expect(screen.contains(String(prompt.text("de").prefix(24))), "decision \(item.id): \(prompt.text("de"))\n\(screen)")
      }
      if index == 0 { Snapshot.check(AppView.render(state), "class-feedback-de-\(size.columns)x\(size.rows)") }
      press(&state, [.enter])
      #expect(state.pageState.story?.shown == nil, "the answer shows at once")
    }
    press(&state, [.enter])
    #expect(state.page == .storyEnd)
    // The class's replies, the rules, then the region's lines, before the
    // one button: another story (the self-check is for one person).
    var seen = ""
    for _ in 0..<20 where !AppView.render(state).hotspots.contains(where: { $0.action == .anotherStory }) {
      seen += AppView.render(state).text
      press(&state, [.enter])
    }
    seen += AppView.render(state).text
    #expect(seen.contains("Hier gibt es Hilfe") && seen.contains("Eure Antworten"))
    #expect(!AppView.render(state).hotspots.contains { $0.action == .startCheck }, "no self-check on a projector")
    let lines = StoryLines.resources(story, content: UIFixtures.learnContent, region: "DE")
    #expect(!lines.isEmpty)
    for line in lines { #expect(seen.contains(line.name.text("de")), "\(line.id) is shown") }
    Snapshot.check(AppView.render(state), "class-end-de-\(size.columns)x\(size.rows)")
  }

  /// The teacher's T1 and T2: a class that started a young people's story
  /// is offered only stories for young people (and for all ages), and
  /// Back from the list stays in the lesson.
  @Test func aClassIsOfferedOnlyItsAudiencesStories() throws {
    let content = Fixtures.shipped()
    var state = UIFixtures.state(content, language: "de", size: Size(columns: 80, rows: 24))
    state.messageDelay = 0
    state.classAudience = .young
    _ = state.perform(.learn)
    let offered = state.offeredStories.map { content.stories[$0] }
    #expect(!offered.isEmpty && offered.allSatisfy { $0.ages == .young }, "not even a story for all ages")
    let list = AppView.render(state).text
    for story in content.stories where story.ages == .adult {
      #expect(!list.contains(String(story.title.text("de").prefix(20))), "\(story.id) is not offered")
    }
    let adult = try #require(content.stories.firstIndex { $0.ages == .adult })
    _ = state.perform(.openStory(adult))
    #expect(state.page == .stories, "an adults' story does not open")
    press(&state, [.left])
    #expect(state.page == .stories, "Back stays in the lesson")
  }

  @Test func outsideClassModeThereIsNothingToDiscuss() {
    var state = UIFixtures.state(UIFixtures.learnContent, language: "de", size: Size(columns: 80, rows: 24))
    _ = state.perform(.learn)
    _ = state.perform(.openStory(0))
    press(&state, [.character("1"), .enter])
    let screen = AppView.render(state).text
    #expect(!screen.contains("Zum Besprechen") && !screen.contains("Klassenmodus"))
    #expect(screen.contains(String(story.decisions[0].options[0].feedback.text("de").prefix(20))))
  }
}

/// Every shipped story, on the smallest window and a standard one, from
/// its first message to the button after its lines: nothing is cut off
/// for good, and no `{line:…}` is left unfilled on screen.
@Suite("Every story on screen")
struct EveryStoryOnScreenTests {
  @Test(arguments: [Size(columns: 40, rows: 12), Size(columns: 80, rows: 24)])
  func everyStoryReachesItsLinesAndItsButtons(size: Size) {
    let content = Fixtures.shipped()
    for (index, story) in content.stories.enumerated() {
      for language in Fixtures.sweptLanguages {
        var state = UIFixtures.state(content, language: language, size: size)
        _ = state.perform(.learn)
        _ = state.perform(.openStory(index))
        var seen = ""
        for (number, decision) in story.decisions.enumerated() {
          let pick = (number + index) % decision.options.count
          press(&state, [.character(Character(String(pick + 1))), .enter])
          seen += AppView.render(state).text
          press(&state, [.enter])
        }
        press(&state, [.enter])
        #expect(state.page == .storyEnd, "\(story.id) \(language) at \(size)")
        for _ in 0..<60 where !AppView.render(state).hotspots.contains(where: { $0.action == .anotherStory }) {
          seen += AppView.render(state).text
          press(&state, [.enter])
        }
        seen += AppView.render(state).text
        #expect(AppView.render(state).hotspots.contains { $0.action == .anotherStory }, "\(story.id) \(language) at \(size): the buttons")
        #expect(!seen.contains("{line:"), "\(story.id) \(language) at \(size)")
        #expect(seen.contains(content.string("result.resources", language)), "\(story.id) \(language) at \(size)")
      }
    }
  }
}
