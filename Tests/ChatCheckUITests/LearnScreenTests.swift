import ChatCheckCore
import ChatCheckUI
import Testing

@Suite("Learning mode (screens)")
struct LearnScreenTests {
  static let sizes = [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)]

  func state(language: String = "de", size: Size = Size(columns: 80, rows: 24)) -> AppState {
    UIFixtures.state(UIFixtures.learnContent, language: language, size: size)
  }

  var story: LearnStory { UIFixtures.learnContent.stories[0] }

  /// Enter through every decision, picking option `pick(decision)`.
  func walk(_ state: inout AppState, pick: (Int) -> Int = { _ in 0 }) {
    for index in story.decisions.indices {
      #expect(state.storyRun?.currentDecision?.id == story.decisions[index].id)
      press(&state, [.character(Character(String(pick(index) + 1))), .enter])
      let feedback = story.decisions[index].options[pick(index)].feedback.text(state.language)
      #expect(AppView.render(state).text.contains(feedback.prefix(20)))
      press(&state, [.enter])
    }
  }

  @Test(arguments: sizes)
  func theWelcomeOffersHelpNowAndLearning(size: Size) {
    var state = state(size: size)
    let screen = AppView.render(state)
    Snapshot.check(screen, "welcome-learn-de-\(size.columns)x\(size.rows)")
    #expect(screen.text.contains("[ Ich brauche jetzt Hilfe ]"))
    #expect(screen.text.contains("[ Ich will die Masche kennen ]"))
    click(&state, on: "Ich will die Masche")
    #expect(state.page == .stories)
    Snapshot.check(AppView.render(state), "stories-de-\(size.columns)x\(size.rows)")
  }

  @Test(arguments: sizes)
  func aStoryUnfoldsWithFeedbackOnEveryReply(size: Size) {
    var state = state(size: size)
    press(&state, [.character("l"), .enter])
    #expect(state.page == .story)
    Snapshot.check(AppView.render(state), "story-decision-de-\(size.columns)x\(size.rows)")
    // A risky reply: the feedback says so, and the stranger answers after.
    let risky = try! #require(story.decisions[0].options.firstIndex { !$0.safe })
    press(&state, [.character(Character(String(risky + 1))), .enter])
    let feedback = AppView.render(state).text
    #expect(feedback.contains("! Riskant"))
    Snapshot.check(AppView.render(state), "story-feedback-de-\(size.columns)x\(size.rows)")
    let next = story.decisions[0].options[risky].then.last { $0.speaker == .them }
    if let next {
      #expect(!feedback.contains(next.text.text("de").prefix(15)), "the answer comes after the feedback")
    }
    press(&state, [.enter])
    #expect(state.storyRun?.currentDecision?.id == story.decisions[1].id)
  }

  @Test(arguments: sizes)
  func theRulesComeBeforeAnyButton(size: Size) {
    var state = state(size: size)
    press(&state, [.character("l"), .enter])
    walk(&state)
    #expect(AppView.render(state).text.contains("Hier endet der Chat"))
    press(&state, [.enter])
    #expect(state.page == .storyEnd)
    // Enter shows the rest first; the buttons exist only after the rules.
    var seenRules = Set<String>()
    var presses = 0
    while !AppView.render(state).hotspots.contains(where: { $0.action == .startCheck }) {
      for rule in story.rules {
        let start = String(rule.text("de").prefix(18))
        if AppView.render(state).text.contains(start) { seenRules.insert(start) }
      }
      press(&state, [.enter])
      presses += 1
      #expect(state.page == .storyEnd)
      if presses > 20 { break }
    }
    for rule in story.rules {
      let start = String(rule.text("de").prefix(18))
      if AppView.render(state).text.contains(start) { seenRules.insert(start) }
    }
    #expect(seenRules.count == story.rules.count, "every rule was on screen before a button")
    Snapshot.check(AppView.render(state), "story-end-de-\(size.columns)x\(size.rows)")
    // "Another story" is highlighted (a stray Enter in a class does not
    // open the self-check); the other button starts it, in the same
    // language.
    #expect(state.pageState.storyEnd?.cursor == 1)
    press(&state, [.tab, .enter])
    #expect(state.page == .question)
    #expect(state.language == "de" && state.region == "DE")
    #expect(state.interview.answers.isEmpty)
  }

  @Test func anotherStoryGoesBackToTheList() {
    var state = state(language: "en")
    press(&state, [.character("l"), .enter])
    walk(&state)
    press(&state, [.enter])
    for _ in 0..<10 { press(&state, [.pageDown]) }
    #expect(AppView.render(state).text.contains("> Another story <"), "highlighted at first")
    press(&state, [.enter])
    #expect(state.page == .stories)
  }

  @Test func backTakesTheLastReplyBack() {
    var state = state()
    press(&state, [.character("l"), .enter, .character("2"), .enter])
    #expect(state.pageState.story?.phase == .feedback)
    press(&state, [.left])
    #expect(state.pageState.story?.phase == .choosing)
    #expect(state.pageState.story?.choices.isEmpty == true)
    #expect(state.pageState.story?.cursor == 1, "the reply taken back stays highlighted")
    press(&state, [.left])
    #expect(state.page == .stories)
    press(&state, [.left])
    #expect(state.page == .welcome)
  }

  @Test func oneClickOnAReplyIsOneReply() {
    var state = state(language: "en")
    press(&state, [.character("l"), .enter])
    let option = String(story.decisions[0].options[1].text.text("en").prefix(12))
    let screen = AppView.render(state)
    let row = try! #require(screen.lines.firstIndex { $0.contains(option) })
    // A double-click on a reply: the second click lands on what the first
    // one brought (the chat or the feedback) and never picks a reply.
    _ = click(&state, row: row, column: 6)
    #expect(state.pageState.story?.choices == [1])
    #expect(state.pageState.story?.phase == .feedback)
    _ = click(&state, row: row, column: 6)
    #expect(state.pageState.story?.choices == [1])
    #expect(state.pageState.story?.phase == .feedback)
  }

  @Test func digitsOnlyHighlightAndQuickExitWorks() {
    var state = state()
    press(&state, [.character("l"), .enter, .character("3")])
    #expect(state.pageState.story?.choices.isEmpty == true)
    #expect(state.pageState.story?.cursor == 2)
    #expect(state.update(.key(.function(12))) == [.quickExit])
  }

  @Test func theLanguageSwitchesInsideAStory() {
    var state = state()
    press(&state, [.character("l"), .enter, .character("1"), .enter])
    press(&state, [.function(3)])
    #expect(AppView.render(state).text.contains(story.decisions[0].options[0].feedback.text("en").prefix(20)))
  }

  @Test func helpListsTheStoryKeysAndTakesClicks() {
    var state = state(language: "en")
    press(&state, [.character("l"), .enter, .character("?")])
    let text = AppView.render(state).text
    #expect(text.contains("Keys on this screen") && text.contains("PgUp PgDn scroll the chat"))
    _ = click(&state, row: 20, column: 5)
    #expect(state.overlay == nil)
    #expect(state.pageState.story?.choices.isEmpty == true, "the click only closed the box")
  }

  @Test func theKioskWipesAStoryLikeAVisit() {
    var state = AppState(
      content: UIFixtures.learnContent, kiosk: KioskSettings(idleTimeout: 10, countdown: 5, pin: nil, local: nil),
      language: "de", region: "DE", size: Size(columns: 80, rows: 24))
    _ = state.update(.tick(100))
    for key: Key in [.character("l"), .enter, .character("1"), .enter, .enter] { _ = state.update(.key(key)) }
    #expect(state.pageState.story?.choices == [0])
    _ = state.update(.tick(111))
    #expect(AppView.render(state).text.contains("Bist du noch da?"))
    #expect(state.update(.tick(117)) == [.wipe])
    #expect(state.page == .welcome)
    // A finished story is wiped the same way.
    for key: Key in [.character("l"), .enter] { _ = state.update(.key(key)) }
    walkKiosk(&state)
    #expect(state.page == .storyEnd)
    _ = state.update(.tick(200))
    #expect(state.update(.tick(206)) == [.wipe])
    #expect(state.page == .welcome && state.storyRun == nil)
  }

  private func walkKiosk(_ state: inout AppState) {
    for _ in story.decisions { for key: Key in [.enter, .enter] { _ = state.update(.key(key)) } }
    _ = state.update(.key(.enter))
  }
}
