import ChatCheckCore
import ChatCheckUI
import Testing

/// The December new-user try, item by item, in the screen model.
@Suite("The new-user try's findings")
struct UIReviewTests {
  static let small = Size(columns: 40, rows: 12)

  /// m3: the welcome's buttons take the focus with Tab and the arrows;
  /// Enter presses the focused one.
  @Test func theWelcomesButtonsTakeTheFocus() {
    var state = UIFixtures.state(UIFixtures.learnContent, language: "en")
    let before = AppView.render(state)
    let start = before.cursor
    #expect(start != nil, "the focused button has the cursor")
    press(&state, [.tab])
    let after = AppView.render(state)
    #expect(after.cursor != start, "Tab moved the focus")
    press(&state, [.enter])
    #expect(state.page == .stories, "Enter pressed the focused 'learn' button")
  }

  /// m3: with no country named, Tab reaches the country buttons too.
  @Test func tabReachesTheCountryButtons() {
    var state = AppState(content: UIFixtures.content, language: "en", region: "INT", askRegion: true, size: Size(columns: 80, rows: 24))
    let codes = UIFixtures.content.regionCodes
    // The ways in come after the countries; Tab wraps round to the first.
    for _ in 0..<20 where state.askRegion {
      press(&state, [.tab])
      if case .welcome(let m) = state.pageState, m.focus == 0 { press(&state, [.enter]) }
    }
    #expect(!state.askRegion && state.region == codes[0] && state.page == .welcome)
  }

  /// m4: the quick-exit line stays on the welcome screen at every size,
  /// and in a kiosk with the centre's contact.
  @Test(arguments: [Size(columns: 40, rows: 12), Size(columns: 32, rows: 10)])
  func quickExitStaysOnTheWelcomeScreen(size: Size) {
    let state = UIFixtures.state(language: "de", size: size)
    #expect(AppView.render(state).text.contains("Schnell weg"), "\(AppView.render(state).text)")
    let kiosk = AppState(
      content: UIFixtures.content,
      kiosk: KioskSettings(idleTimeout: 60, countdown: 10, pin: nil, local: LocalContact(name: "Beratung Süd", phone: "0711 1")),
      language: "de", region: "DE", size: size)
    let screen = AppView.render(kiosk).text
    #expect(screen.contains("Schnell weg") && screen.contains("Beratung Süd"), "\(screen)")
    #expect(screen.contains("F12/Esc Esc"), "the footer names both keys")
  }

  /// m2 and m12: a check stopped early offers to carry on by mouse, and at
  /// 40×12 every result button is there, on two rows.
  @Test func theEarlyResultCarriesOnAndNoButtonIsDropped() {
    var state = UIFixtures.state(language: "en", size: Self.small)
    press(&state, [.enter])
    answer(&state, [("who", ["me"]), ("age_self", ["adult"]), ("feeling_self", ["desperate"])])
    #expect(state.page == .crisis)
    _ = state.perform(.crisisEnd)
    #expect(state.page == .result)
    let screen = AppView.render(state).text
    for button in ["[ Carry on with the check ]", "[ QR codes ]", "[ Save ]", "[ Change ]", "[ New ]"] {
      #expect(screen.contains(button), "\(button):\n\(screen)")
    }
    click(&state, on: "[ Carry on with the check ]")
    #expect(state.page == .question)
  }

  /// m5: paging the chat moves by the chat's visible rows less one, so no
  /// line is skipped.
  @Test func pagingTheChatSkipsNoLine() throws {
    var state = UIFixtures.state(UIFixtures.learnContent, language: "de", size: Self.small)
    _ = state.perform(.learn)
    _ = state.perform(.openStory(0))
    let keys = KeyTable.bindings(state)
    let page = try #require(keys.first { $0.keys.contains(.pageUp) })
    guard case .scroll(let delta) = page.action else {
      Issue.record("PgUp does not scroll: \(page.action)")
      return
    }
    let screen = AppView.render(state)
    // The chat's rows: between the header and the panel, which starts
    // with the rule or, on a small window, with the decision's prompt.
    let prompt = String(UIFixtures.learnContent.stories[0].decisions[0].prompt.text("de").prefix(10))
    let panel = try #require(screen.lines.firstIndex { $0.contains("────") || $0.contains(prompt) })
    #expect(-delta == max(1, panel - 1 - 1), "a page is the chat's rows less one:\n\(screen.text)")
  }

  /// P6: changing an answer says so in the header.
  @Test func changingAnAnswerSaysSo() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter])
    answer(&state, [("who", ["me"]), ("age_self", ["adult"])])
    press(&state, [.function(2), .enter])
    #expect(state.pageState.question?.editing == "who")
    #expect(AppView.render(state).lines[0].contains("Changing an answer"))
  }

  /// P19: ticking "None of these" says it took the other ticks away.
  @Test func anExclusiveTickSaysItClearedTheOthers() throws {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter])
    answer(&state, [("who", ["me"]), ("age_self", ["adult"]), ("feeling_self", ["coping"]), ("contact", ["stranger"]),
      ("pictures", ["yes_or_unsure"]), ("threat", ["threatens"])])
    let question = try #require(state.shownQuestion)
    try #require(question.kind == .multi, "\(question.id)")
    let exclusive = try #require(question.options.firstIndex { $0.exclusive })
    let other = try #require(question.options.firstIndex { !$0.exclusive })
    _ = state.perform(.toggle(other))
    _ = state.perform(.toggle(exclusive))
    #expect(state.pageState.question?.selection == [exclusive])
    #expect(AppView.render(state).text.contains("The other ticks are gone"))
  }

  /// P21: `?` on the result says how to select text with the mouse.
  @Test func theResultsKeysSayHowToSelectText() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter] + [1, 2, 1, 3, 3, 4, 4, 4].flatMap { [Key.character(Character(String($0))), .enter] })
    press(&state, [.character("?")])
    #expect(AppView.render(state).text.contains("Shift + drag"))
  }

  /// From the second try: the result's ↓ pages when clicked, and the
  /// answers page has a [ Back ] button.
  @Test func theScrollArrowPagesAndTheAnswersHaveABackButton() throws {
    var state = UIFixtures.state(language: "en", size: Self.small)
    press(&state, [.enter] + [1, 2, 1, 3, 3, 4, 4, 4].flatMap { [Key.character(Character(String($0))), .enter] })
    let screen = AppView.render(state)
    let arrow = try #require(screen.lines.firstIndex { $0.hasSuffix("↓") })
    click(&state, row: arrow, column: screen.size.columns - 1)
    #expect((state.pageState.result?.scroll ?? 0) > 1, "a page, not a line")
    press(&state, [.function(2)])
    #expect(state.page == .review)
    click(&state, on: "[ Back ]")
    #expect(state.page == .result)
  }

  /// The saved plain-text handout lists every reason of a card.
  @Test func theTextHandoutListsEveryReason() throws {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter] + [1, 2, 1, 3, 3, 4, 4, 4].flatMap { [Key.character(Character(String($0))), .enter] })
    var result = state.result
    try #require(!result.cards.isEmpty && state.content.facts.count >= 3)
    let facts = state.content.facts.prefix(3).map(\.id)
    result.cards[0].because = facts
    let text = ResultText.render(result, content: state.content, width: nil)
    for fact in facts {
      let label = state.content.fact(fact)?.label.text("en") ?? fact
      #expect(text.contains(label), "\(label)")
    }
  }
}
