import ChatCheckCore
import ChatCheckUI
import Testing

/// How the screens behave for a person: crisis help, the country, boxes and
/// clicks, the key table, the result's layout, the review.
@Suite("Screen behaviour")
struct ScreenBehaviourTests {
  /// Danger shows emergency help at once; "go on" continues the check,
  /// "End" shows the advice so far, and the emergency card stays first.
  @Test func dangerShowsTheCrisisPageAndTheCheckGoesOn() {
    var state = UIFixtures.state(language: "en")
    state.region = "US"
    press(&state, [.enter])
    answer(&state, [("who", ["child"]), ("age_child", ["minor"]), ("feeling_child", ["danger"])])
    #expect(state.page == .crisis)
    let crisis = AppView.render(state).text
    #expect(crisis.contains("Get help for your child right now"), "the parent's wording: \(crisis)")
    #expect(crisis.contains("Call: 911") && crisis.contains("Text: 988"))
    #expect(crisis.contains("Nobody is in immediate danger right now: go on") && crisis.contains("End"), "a parent's button")
    press(&state, [.enter])
    #expect(state.page == .question)
    #expect(state.interview.currentQuestion?.id == "contact")
    answer(&state, [
      ("contact", ["stranger"]), ("pictures", ["yes_or_unsure"]), ("threat", ["threatens"]), ("demand", ["money"]),
      ("happened", ["neither"]),
    ])
    #expect(state.page == .result)
    #expect(state.result.cards.first?.card.id == "emergency")
    #expect(state.result.topics.contains("takedown"))
    let lines = AppView.resultLines(state).map(\.0)
    #expect(lines.first == "Right now:", "the summary comes first")
    #expect(lines.firstIndex { $0.hasPrefix("1. ") }! > lines.firstIndex { $0.hasPrefix("  1. ") }!)

    // "End": the advice so far, and ← goes back to where the check stopped.
    var ended = UIFixtures.state(language: "en")
    press(&ended, [.enter, .character("1"), .enter, .character("1"), .enter, .character("3"), .enter, .down, .enter])
    #expect(ended.page == .result)
    #expect(!ended.interview.isFinished)
    #expect(ended.result.cards.first?.card.id == "emergency")
    #expect(AppView.render(ended).text.contains("The check was stopped early"))
    press(&ended, [.left])
    #expect(ended.page == .question && ended.interview.currentQuestion?.id == "contact")
    // A click on a button is that button; ← on the crisis page undoes the answer.
    var clicked = UIFixtures.state(language: "en")
    press(&clicked, [.enter, .character("1"), .enter, .character("1"), .enter, .character("3"), .enter])
    click(&clicked, on: "I am safe right now: go on")
    #expect(clicked.page == .question && clicked.interview.currentQuestion?.id == "contact")
    var undone = UIFixtures.state(language: "en")
    press(&undone, [.enter, .character("1"), .enter, .character("1"), .enter, .character("3"), .enter, .left])
    #expect(undone.page == .question && undone.interview.currentQuestion?.id == "feeling_self")
    // Distress without danger shows the crisis page too; answering again
    // with the same crisis does not show it twice.
    var desperate = UIFixtures.state(language: "en")
    press(&desperate, [.enter, .character("1"), .enter, .character("2"), .enter, .character("2"), .enter])
    #expect(desperate.page == .crisis)
    #expect(AppView.render(desperate).text.contains("Talk to someone now"))
    press(&desperate, [.enter, .character("2"), .enter])
    #expect(desperate.page == .question && desperate.interview.currentQuestion?.id == "pictures")
  }

  /// After changing an answer from the review, the review comes back (the
  /// path is still complete), with the changed answer highlighted.
  @Test func aChangeFromTheReviewReturnsToTheReview() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter] + [1, 2, 1, 2, 3, 1, 4, 4].flatMap { [Key.character(Character(String($0))), .enter] })
    #expect(state.page == .result)
    press(&state, [.function(2)])
    let last = state.interview.answers.count - 1
    press(&state, Array(repeating: .down, count: last) + [.enter])
    #expect(state.shownQuestion?.id == "happened")
    press(&state, [.character("1"), .enter])
    #expect(state.page == .review && state.pageState.review?.cursor == last)
    #expect(state.interview.facts.contains("payment.made"))
  }

  /// When nothing named the country, the welcome screen asks for it; it can
  /// be changed there at any time, and a kiosk's next visitor starts again.
  @Test func theWelcomeScreenAsksForTheCountry() {
    var state = AppState(content: UIFixtures.content, language: "en", region: "INT", askRegion: true, size: Size(columns: 80, rows: 24))
    #expect(AppView.render(state).text.contains("Which country are you in?"))
    click(&state, on: "[ Austria ]")
    #expect(state.region == "AT" && !state.askRegion)
    #expect(AppView.render(state).text.contains("Help for: Austria (r: another country)"))
    press(&state, [.character("r")])
    #expect(state.region == "CH")
    for size in [Size(columns: 40, rows: 12), Size(columns: 32, rows: 10)] {
      var small = AppState(content: UIFixtures.content, language: "de", region: "INT", askRegion: true, size: size)
      let screen = AppView.render(small)
      #expect(screen.text.contains("[ Deutschland ]") && screen.text.contains("Los geht"), "\(screen.text)")
      click(&small, on: "[ Schweiz ]")
      #expect(small.region == "CH")
    }
    var kiosk = AppState(
      content: UIFixtures.content, kiosk: KioskSettings(idleTimeout: 120, countdown: 20, pin: nil, local: nil),
      language: "de", region: "DE", size: Size(columns: 80, rows: 24))
    press(&kiosk, [.character("r")])
    #expect(kiosk.region == "AT")
    _ = kiosk.update(.key(.function(12)))
    #expect(kiosk.region == "DE", "the next visitor starts with the centre's country")
  }

  /// Nothing on the result is cut: links wrap after "/" or "-", numbers
  /// stay on one line, text is at most 76 columns wide on a wide window.
  @Test func theResultNeverCutsALinkOrANumber() {
    for size in [Size(columns: 40, rows: 12), Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)] {
      var state = UIFixtures.state(language: "de", size: size)
      press(&state, [.enter] + [1, 2, 1, 2, 1, 1, 1, 1].flatMap { [Key.character(Character(String($0))), .enter] })
      #expect(state.page == .result)
      let layout = AppView.resultLayout(state)
      let width = min(size.columns - 2, 76)
      #expect(layout.lines.allSatisfy { DisplayWidth.of($0.0) <= width }, "\(size)")
      let joined = layout.lines.map { $0.0.trimmingCharacters(in: .whitespaces) }.joined()
      for chosen in state.result.cards {
        for resource in chosen.resources {
          for channel in resource.channels {
            if channel.kind == .call || channel.kind == .text {
              #expect(layout.lines.contains { $0.0.contains(channel.value) }, "\(channel.value) broken at \(size)")
            } else {
              #expect(joined.contains(channel.value), "\(channel.value) lost at \(size)")
            }
          }
        }
      }
      // End jumps to the end; the header counts the cards.
      press(&state, [.end])
      #expect((state.pageState.result?.scroll ?? 0) > 0)
      #expect(AppView.render(state).lines[1].hasSuffix("↑"), "more above")
      if size.columns >= 40 { #expect(AppView.render(state).lines[0].contains("/\(state.result.cards.count)")) }
    }
  }

  /// One key table: every footer hint is a button that does what its key
  /// does, and `?` lists every key of the screen.
  @Test func footerHintsAreButtonsAndQuestionMarkListsTheKeys() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter] + [1, 2, 1, 3, 3, 4, 4, 4].flatMap { [Key.character(Character(String($0))), .enter] })
    #expect(state.page == .result)
    let footer = AppView.render(state).lines.count - 1
    func clickHint(_ text: String) -> [Effect] {
      let line = AppView.render(state).lines[footer]
      guard let range = line.range(of: text) else {
        Issue.record("no '\(text)' in the footer: \(line)")
        return []
      }
      return click(&state, row: footer, column: DisplayWidth.of(line[..<range.lowerBound]) + 1)
    }
    #expect(clickHint("t QR codes").isEmpty)
    #expect(state.page == .takeAway)
    _ = clickHint("← back")
    #expect(state.page == .result)
    press(&state, [.character("?")])
    let keys = AppView.render(state).text
    #expect(keys.contains("Keys on this screen"))
    for hint in ["F12 or Esc twice: quick exit", "s save", "n new", "F2 answers", "Home/End or g/G top/end"] {
      #expect(keys.contains(hint), "\(hint) missing from the ? list")
    }
    press(&state, [.character("x")])
    #expect(!state.showingHelp)
    #expect(clickHint("F12/Esc Esc quick exit") == [.quickExit])
    var question = UIFixtures.state(language: "en")
    press(&question, [.enter, .character("?")])
    #expect(AppView.render(question).text.contains("1–9 highlight"), "the digits are in the ? list")
    // The German footer keeps F3 on every question (it lost it once), also
    // on a multi-select question.
    var multi = UIFixtures.state(language: "de")
    press(&multi, [.enter] + [1, 1, 1, 2, 1, 1].flatMap { [Key.character(Character(String($0))), .enter] })
    #expect(multi.shownQuestion?.kind == .multi)
    #expect(AppView.render(multi).lines.last?.contains("F3 English") == true)
    var german = UIFixtures.state(language: "de")
    press(&german, [.enter, .character("1"), .enter, .character("1"), .enter])
    #expect(AppView.render(german).lines.last?.contains("F3 English") == true)
  }

  /// An open box takes every click: a click on "Next" below the help box
  /// only closes the box.
  @Test func theHelpBoxTakesEveryClick() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter, .character("?")])
    #expect(state.showingHelp)
    let screen = AppView.render(state)
    #expect(screen.modal)
    let next = screen.lines.firstIndex { $0.contains("[ Next ]") }!
    let column = screen.lines[next].distance(from: screen.lines[next].startIndex, to: screen.lines[next].range(of: "[ Next ]")!.lowerBound)
    #expect(click(&state, row: next, column: column + 2).isEmpty)
    #expect(!state.showingHelp, "the click closed the box")
    #expect(state.interview.answers.isEmpty && state.shownQuestion?.id == "who", "and did nothing else")
    // Without the box the same click is "Next".
    _ = click(&state, row: next, column: column + 2)
    #expect(state.shownQuestion?.id == "age_self")
  }

  /// "None of these" clears the other ticks, and a tick clears it.
  @Test func exclusiveOptionsClearTheOthers() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter])
    answer(&state, [
      ("who", ["me"]), ("age_self", ["adult"]), ("feeling_self", ["coping"]), ("contact", ["stranger"]), ("pictures", ["no"]),
      ("request", ["webcam"]),
    ])
    #expect(state.shownQuestion?.id == "demand")
    press(&state, [.character("1"), .space, .character("2"), .space])
    #expect(state.pageState.question?.selection == [0, 1])
    press(&state, [.character("4"), .space])
    #expect(state.pageState.question?.selection == [3], "'none of these' goes alone")
    press(&state, [.character("1"), .space])
    #expect(state.pageState.question?.selection == [0])
  }

  /// Pages own their state: the result's scroll survives its QR and save
  /// pages, a new page starts afresh, and only one box is ever open.
  @Test func pagesOwnTheirState() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter] + [1, 2, 1, 2, 1, 1, 1, 4].flatMap { [Key.character(Character(String($0))), .enter] })
    press(&state, [.down, .down, .down])
    #expect(state.pageState.result?.scroll == 3)
    press(&state, [.character("t")])
    #expect(state.page == .takeAway && state.pageState.result?.destination == .takeAway(TakeAwayModel(index: 0)))
    press(&state, [.left])
    #expect(state.page == .result && state.pageState.result?.scroll == 3, "back where it was")
    press(&state, [.function(2)])
    #expect(state.page == .review && state.pageState.review?.cursor == 0 && state.pageState.review?.returnTo == .result)
    press(&state, [.left])
    #expect(state.page == .result)
    if case .result = state.pageState {} else { Issue.record("\(state.pageState)") }
    press(&state, [.character("?")])
    #expect(state.overlay == .help)
    press(&state, [.character("q")])
    #expect(state.overlay == nil, "a key closes the box and does nothing else")
    press(&state, [.character("q")])
    #expect(state.overlay == .confirm(.quit))
  }

  /// Only "yes" quits; the save field's offered name gives way to typing.
  @Test func quitNeedsYesAndTheOfferedNameGivesWay() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter, .character("q")])
    #expect(state.overlay == .confirm(.quit))
    #expect(state.update(.key(.enter)).isEmpty, "Enter keeps going")
    #expect(state.overlay == nil)
    press(&state, [.character("q")])
    #expect(state.update(.key(.character("y"))) == [.quit])
    var saving = UIFixtures.state(language: "en")
    press(&saving, [.enter] + [1, 2, 1, 2, 1, 1, 1, 4].flatMap { [Key.character(Character(String($0))), .enter] })
    #expect(saving.update(.key(.character("s"))) == [.offerFreeName("chatcheck-next-steps.txt")])
    #expect(saving.savePath == "chatcheck-next-steps.txt", "plain text, which opens anywhere")
    press(&saving, "~/x.md".map { Key.character($0) })
    #expect(saving.savePath == "~/x.md", "the first key replaces the offered name")
    press(&saving, [.control("u")])
    #expect(saving.savePath?.isEmpty == true)
    #expect(saving.update(.key(.enter)).isEmpty)
    #expect(saving.notice == "Type a file name first.")
  }
}

@Suite("No control characters from typing or the file system")
struct ScreenInjectionTests {
  @Test func aPastedBidiOverrideNeverReachesTheFileNameOrTheScreen() {
    var state = UIFixtures.state(language: "en")
    state.saveFolder = "/home/x\u{1B}]52;c;\u{7}"
    state.pageState = .result(ResultModel(destination: .save(SaveModel(path: "chatcheck-next-steps.md"))))
    for c in ["a", "\u{202E}", "b", "\u{200B}", "\u{1B}", "c"] { _ = state.update(.key(.character(Character(c)))) }
    #expect(state.savePath == "abc")
    let text = AppView.render(state).text
    #expect(!text.unicodeScalars.contains { TerminalText.isForbidden($0, allowNewlines: true) }, "\(text)")
    _ = state.update(.saved(path: "/tmp/a\u{202E}b.md", problem: nil))
    #expect(state.notice?.contains("\\u{202E}") == true)
  }
}

/// The save page's typed name costs the same per key however much is
/// pasted (security review N15).
@Suite("Save field bounds")
struct SaveFieldTests {
  @Test func aPasteOfCombiningMarksStaysSmallAndQuickExitStillWorks() {
    var state = UIFixtures.state(language: "en")
    for key: Key in [.enter, .character("1"), .enter, .character("2"), .enter, .character("1"), .enter, .character("3"), .enter,
                     .character("3"), .enter, .character("4"), .enter, .character("4"), .enter, .character("4"), .enter, .character("s"), .control("u")] {
      _ = state.update(.key(key))
    }
    #expect(state.page == .save)
    _ = state.update(.key(.character("a")))
    for _ in 0..<20_000 { _ = state.update(.key(.character("\u{301}"))) }
    #expect(state.savePath?.unicodeScalars.count == 5, "a letter and at most four marks")
    for _ in 0..<10_000 { _ = state.update(.key(.character("ü"))) }
    #expect((state.savePath?.utf8.count ?? 0) <= InputLimits.lineBytes)
    #expect(state.update(.key(.function(12))) == [.quickExit])
  }
}
