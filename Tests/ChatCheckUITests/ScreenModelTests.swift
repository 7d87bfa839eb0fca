import ChatCheckCore
import ChatCheckUI
import Testing

@Suite("Screen model: update and view")
struct ScreenModelTests {
  /// Sends keys; fails on an unexpected effect.
  func press(_ state: inout AppState, _ keys: [Key]) {
    for key in keys {
      let effects = state.update(.key(key))
      #expect(effects.isEmpty, "\(key) gave \(effects)")
    }
  }

  /// Clicks the first hotspot whose row shows `text`.
  @discardableResult
  func click(_ state: inout AppState, on text: String) -> [Effect] {
    // Like a mouse user: turn the wheel until the text is on screen.
    for _ in 0..<10 where !AppView.render(state).text.contains(text) {
      _ = state.update(.wheel(1))
    }
    let screen = AppView.render(state)
    guard let row = screen.lines.firstIndex(where: { $0.contains(text) }),
      let range = screen.lines[row].range(of: text)
    else {
      Issue.record("nothing shows '\(text)':\n\(screen.text)")
      return []
    }
    // The column where the text starts, counted in display cells.
    let column = DisplayWidth.of(screen.lines[row][..<range.lowerBound]) + 1
    guard screen.action(atRow: row, column: column) != nil else {
      Issue.record("'\(text)' is not clickable:\n\(screen.text)")
      return []
    }
    return state.update(.click(row: row, column: column))
  }

  @Test func keyboardOnlyWalkReachesTheResult() {
    var state = UIFixtures.state()
    press(&state, [.enter])
    #expect(state.page == .question)
    #expect(AppView.render(state).text.contains("Für wen machst du diesen Check?"))
    // Me, adult, coping, a stranger, pictures, a threat; money demanded
    // (a multi-select: 1 toggles, Enter confirms); nothing paid or sent.
    press(&state, [.enter, .down, .enter, .character("1"), .enter, .down, .enter, .character("1"), .enter, .character("1"), .enter, .character("1"), .enter, .character("4"), .enter])
    #expect(state.page == .result, "\(AppView.render(state).text)")
    #expect(state.interview.facts.contains("payment.demanded"))
    #expect(!state.interview.facts.contains("payment.made"))
    let text = AppView.render(state).text
    #expect(text.contains("Jetzt sofort:"), "the summary comes first")
    #expect(text.contains("Gib nichts: kein Geld, keine Bilder, kein Treffen."))
  }

  @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)])
  func mouseOnlyWalkReachesTheResultInGerman(size: Size) {
    var state = UIFixtures.state(language: "de", size: size)
    click(&state, on: "[ Los geht's ]")
    for option in ["Für mich selbst", "Nein, ich bin 18", "Nicht gut, aber ich", "Es gab keinen Chat", "1. Ja", "1. Ja"] {
      click(&state, on: option)
    }
    #expect(state.page == .result, "\(AppView.render(state).text)")
    #expect(state.interview.facts == ["claim.email_only", "payment.demanded", "email.password", "payment.made"])
    #expect(AppView.render(state).text.contains("Deine nächsten Schritte"))
  }

  @Test func mouseOnlyWalkReachesTheResult() {
    var state = UIFixtures.state(language: "en")
    click(&state, on: "[ Start ]")
    for option in ["For myself", "No, I am 18 or older", "Not good, but I am coping",
                   "There was no chat", "Yes", "No"] {
      click(&state, on: option)
    }
    #expect(state.page == .result, "\(AppView.render(state).text)")
    #expect(state.interview.facts.contains("claim.email_only"))
    let lines = AppView.resultLines(state).count
    _ = state.update(.wheel(1))
    #expect(state.resultScroll == min(3, lines))
  }

  @Test func backReturnsToThePreviousQuestionWithItsAnswerHighlighted() {
    var state = UIFixtures.state()
    press(&state, [.enter, .character("3")])
    #expect(state.interview.answers.isEmpty && state.cursor == 2, "a digit only moves the highlight")
    press(&state, [.enter])
    #expect(state.interview.currentQuestion?.id == "age_other")
    press(&state, [.left])
    #expect(state.interview.currentQuestion?.id == "who")
    #expect(state.interview.answers.isEmpty)
    #expect(state.cursor == 2)
    press(&state, [.backspace])
    #expect(state.page == .welcome)
  }

  @Test func reviewChangePrunesAnswersAndSaysSo() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter, .character("1"), .enter, .character("2"), .enter, .character("1"), .enter, .character("2"), .enter, .character("3"), .enter, .character("1"), .enter, .character("4"), .enter, .character("4"), .enter])
    #expect(state.page == .result)
    #expect(state.interview.answers.map(\.question).contains("request"))
    press(&state, [.function(2)])
    #expect(state.page == .review)
    #expect(AppView.render(state).text.contains("Could the other person have intimate pictures or videos?"))
    // Change "pictures" (the 5th answer) from No to Yes: "request" is off the new path.
    press(&state, [.down, .down, .down, .down, .enter])
    #expect(state.page == .question)
    #expect(state.shownQuestion?.id == "pictures")
    #expect(state.cursor == 2, "the old answer is highlighted")
    press(&state, [.character("1"), .enter])
    #expect(!state.interview.answers.map(\.question).contains("request"))
    #expect(state.interview.currentQuestion?.id == "threat")
    #expect(state.notice?.contains("no longer apply") == true)
    #expect(AppView.render(state).text.contains("no longer apply"))
  }

  /// Danger shows emergency help at once; "go on" continues the check,
  /// "End" shows the advice so far, and the emergency card stays first.
  @Test func dangerShowsTheCrisisPageAndTheCheckGoesOn() {
    var state = UIFixtures.state(language: "en")
    state.region = "US"
    press(&state, [.enter, .character("2"), .enter, .character("1"), .enter, .character("3"), .enter])
    #expect(state.page == .crisis)
    let crisis = AppView.render(state).text
    #expect(crisis.contains("Get help for your child right now"), "the parent's wording: \(crisis)")
    #expect(crisis.contains("Call: 911") && crisis.contains("Text: 988"))
    #expect(crisis.contains("Nobody is in immediate danger right now: go on") && crisis.contains("End"), "a parent's button")
    press(&state, [.enter])
    #expect(state.page == .question)
    #expect(state.interview.currentQuestion?.id == "contact")
    press(&state, [.character("2"), .enter, .character("1"), .enter, .character("1"), .enter, .character("1"), .enter, .character("4"), .enter])
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
    #expect(state.page == .review && state.cursor == last)
    #expect(state.interview.facts.contains("payment.made"))
  }

  /// When nothing named the country, the welcome screen asks for it; it can
  /// be changed there at any time, and a kiosk's next visitor starts again.
  @Test func theWelcomeScreenAsksForTheCountry() {
    var state = AppState(content: UIFixtures.content, mode: .interactive, language: "en", region: "INT", askRegion: true, size: Size(columns: 80, rows: 24))
    #expect(AppView.render(state).text.contains("Which country are you in?"))
    click(&state, on: "[ Austria ]")
    #expect(state.region == "AT" && !state.askRegion)
    #expect(AppView.render(state).text.contains("Help for: Austria (r: another country)"))
    press(&state, [.character("r")])
    #expect(state.region == "CH")
    for size in [Size(columns: 40, rows: 12), Size(columns: 32, rows: 10)] {
      var small = AppState(content: UIFixtures.content, mode: .interactive, language: "de", region: "INT", askRegion: true, size: size)
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
      #expect(state.resultScroll > 0)
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
      return state.update(.click(row: footer, column: DisplayWidth.of(line[..<range.lowerBound]) + 1))
    }
    #expect(clickHint("t QR codes").isEmpty)
    #expect(state.page == .takeAway)
    _ = clickHint("← back")
    #expect(state.page == .result)
    press(&state, [.character("?")])
    let keys = AppView.render(state).text
    #expect(keys.contains("Keys on this screen"))
    for hint in ["F12 or Esc twice: quick exit", "s save", "n new", "F2 answers", "Home/End top/end"] {
      #expect(keys.contains(hint), "\(hint) missing from the ? list")
    }
    press(&state, [.character("x")])
    #expect(!state.showingHelp)
    #expect(clickHint("F12 quick exit") == [.quickExit])
    // The German footer keeps F3 on every question (it lost it once).
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
    #expect(state.update(.click(row: next, column: column + 2)).isEmpty)
    #expect(!state.showingHelp, "the click closed the box")
    #expect(state.interview.answers.isEmpty && state.shownQuestion?.id == "who", "and did nothing else")
    // Without the box the same click is "Next".
    _ = state.update(.click(row: next, column: column + 2))
    #expect(state.shownQuestion?.id == "age_self")
  }

  @Test func helpShowsWhyWeAskAndAnyKeyClosesIt() {
    var state = UIFixtures.state()
    press(&state, [.enter, .character("?")])
    #expect(state.showingHelp)
    #expect(AppView.render(state).text.contains("Warum wir fragen"))
    press(&state, [.character("x")])
    #expect(!state.showingHelp)
    press(&state, [.function(1)])
    #expect(state.showingHelp)
  }

  @Test func quickExitFromEveryPage() {
    for page in 0..<4 {
      var state = UIFixtures.state()
      if page > 0 { press(&state, [.enter]) }
      if page > 1 { press(&state, [.character("?")]) }
      if page > 2 { press(&state, [.escape]) }
      #expect(state.update(.key(.function(12))) == [.quickExit])
      var other = state
      other.escapePending = false
      #expect(other.update(.key(.escape)).isEmpty)
      #expect(other.update(.key(.escape)) == [.quickExit])
    }
  }

  @Test func quitAsksFirstAndKioskIgnoresIt() {
    var state = UIFixtures.state()
    press(&state, [.enter, .character("q")])
    #expect(state.confirmingQuit)
    #expect(AppView.render(state).text.contains("Willst du ChatCheck wirklich beenden?"))
    press(&state, [.character("n")])
    #expect(!state.confirmingQuit)
    press(&state, [.character("q")])
    #expect(state.update(.key(.character("j"))) == [.quit])
    var kiosk = UIFixtures.state(mode: .kiosk)
    press(&kiosk, [.enter, .character("q"), .control("c")])
    #expect(!kiosk.confirmingQuit)
  }

  @Test func languageSwitchesWithF3() {
    var state = UIFixtures.state()
    press(&state, [.function(3)])
    #expect(state.language == "en")
    #expect(AppView.render(state).text.contains("Quick exit"))
  }

  /// "None of these" clears the other ticks, and a tick clears it.
  @Test func exclusiveOptionsClearTheOthers() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter, .character("1"), .enter, .character("2"), .enter, .character("1"), .enter, .character("2"), .enter, .character("3"), .enter, .character("1"), .enter])
    #expect(state.shownQuestion?.id == "demand")
    press(&state, [.character("1"), .space, .character("2"), .space])
    #expect(state.selection == [0, 1])
    press(&state, [.character("4"), .space])
    #expect(state.selection == [3], "'none of these' goes alone")
    press(&state, [.character("1"), .space])
    #expect(state.selection == [0])
  }

  @Test func multiSelectTicksWithSpaceAndEnterTakesTheHighlightWhenNothingIsTicked() {
    var state = UIFixtures.state(UIFixtures.fixture, language: "en")
    press(&state, [.enter, .enter])
    #expect(state.shownQuestion?.kind == .multi)
    press(&state, [.space, .down, .down, .space])
    #expect(AppView.render(state).text.contains("[x] They want money"))
    press(&state, [.enter])
    #expect(state.interview.answers.last == Answer(question: "happened", options: ["webcam", "money"]))
    press(&state, [.left])
    #expect(state.selection == [0, 2], "going back keeps the ticks to confirm again")
    press(&state, [.space, .character("3"), .space])
    #expect(state.selection.isEmpty, "unticked")
    press(&state, [.character("2"), .enter])
    #expect(state.interview.answers.last == Answer(question: "happened", options: ["recorded"]), "nothing ticked: the highlighted option")
  }

  @Test func saveAsksForAPathAndWritesOnlyAfterConfirming() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter, .character("1"), .enter, .character("2"), .enter, .character("1"), .enter, .character("3"), .enter, .character("3"), .enter, .character("4"), .enter, .character("4"), .enter, .character("4"), .enter])
    press(&state, [.character("s")])
    #expect(state.page == .save)
    #expect(AppView.render(state).text.contains("Careful: the file shows what this is about."))
    press(&state, Array(repeating: .backspace, count: 40) + "x.md".map { .character($0) })
    let effects = state.update(.key(.enter))
    guard case .writeFile(let path, let text)? = effects.first else {
      Issue.record("no write effect: \(effects)")
      return
    }
    #expect(path == "x.md")
    #expect(text.hasPrefix("# Your next steps"))
    _ = state.update(.saved(path: path, problem: nil))
    #expect(state.page == .result)
    #expect(AppView.render(state).text.contains("Saved: x.md"))
    // A second save finds the file there: nothing is overwritten, the
    // message says so on the save page, in the session's language, and a
    // free name is offered.
    press(&state, [.character("s")])
    _ = state.update(.saved(path: "x.md", problem: .exists))
    #expect(state.page == .save)
    #expect(state.savePath == "x-2.md")
    #expect(AppView.render(state).text.contains("already exists"))
    state.language = "de"
    _ = state.update(.saved(path: "x-2.md", problem: .diskFull))
    #expect(AppView.render(state).text.contains("Der Speicher ist voll"))
    var kiosk = UIFixtures.state(mode: .kiosk)
    kiosk.page = .result
    press(&kiosk, [.character("s")])
    #expect(kiosk.page == .result, "no saving in kiosk mode")
  }

  @Test func tooSmallAndTinyTerminalsNeverCrash() {
    for (columns, rows) in [(1, 1), (10, 3), (31, 9), (0, 0)] {
      var state = UIFixtures.state(size: Size(columns: columns, rows: rows))
      _ = state.update(.resize(Size(columns: columns, rows: rows)))
      let screen = AppView.render(state)
      #expect(screen.size == Size(columns: max(0, columns), rows: max(0, rows)))
      if columns >= 10 && rows >= 3 { #expect(screen.text.contains("Bitte")) }
      #expect(state.update(.key(.function(12))) == [.quickExit])
    }
  }

  @Test func resizeReflowsTheSameState() {
    var state = UIFixtures.state()
    press(&state, [.enter])
    _ = state.update(.resize(Size(columns: 40, rows: 12)))
    let small = AppView.render(state)
    #expect(small.lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    #expect(small.text.contains("Für wen machst du"))
    _ = state.update(.resize(Size(columns: 80, rows: 24)))
    #expect(AppView.render(state).text.contains("Für wen machst du diesen Check?"))
  }

  @Test func qrCodeIsDrawnWithHalfBlocks() {
    let matrix = QRMatrix(size: 2, modules: [true, false, false, true])
    #expect(matrix.halfBlockLines(quiet: 0) == ["▀▄"])
    #expect(matrix.halfBlockLines(quiet: 1) == [" ▄  ", "  ▀ "])
    var state = UIFixtures.state(language: "en")
    state.qrEncoder = QREncoder { _ in QRMatrix(size: 21, modules: Array(repeating: true, count: 441)) }
    press(&state, [.enter, .character("1"), .enter, .character("1"), .enter, .character("1"), .enter, .character("2"), .enter, .character("1"), .enter, .character("1"), .enter, .character("1"), .enter, .character("4"), .enter])
    press(&state, [.character("t")])
    let text = AppView.render(state).text
    #expect(text.contains("█████████"))
    state.qrEncoder = nil
    #expect(AppView.render(state).text.contains("libqrencode"))
  }
}

@Suite("Screen snapshots at 80×24 and 40×12")
struct ScreenSnapshotTests {
  static let sizes = [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)]

  func walk(_ keys: [Key], language: String, size: Size) -> AppState {
    var state = UIFixtures.state(language: language, size: size)
    for key in keys { _ = state.update(.key(key)) }
    return state
  }

  @Test(arguments: sizes)
  func screens(size: Size) {
    let tag = "\(size.columns)x\(size.rows)"
    Snapshot.check(AppView.render(walk([], language: "de", size: size)), "welcome-de-\(tag)")
    var asking = AppState(content: UIFixtures.content, mode: .interactive, language: "en", region: "INT", askRegion: true, size: size)
    asking.size = size
    Snapshot.check(AppView.render(asking), "welcome-region-en-\(tag)")
    Snapshot.check(AppView.render(walk([.enter], language: "de", size: size)), "question-de-\(tag)")
    Snapshot.check(AppView.render(walk([.enter, .character("1"), .enter, .character("2"), .enter], language: "en", size: size)), "question-feeling-en-\(tag)")
    Snapshot.check(AppView.render(walk([.enter, .character("?")], language: "de", size: size)), "help-de-\(tag)")
    // A desperate teenager: the crisis page comes at once, then the check goes on.
    Snapshot.check(AppView.render(walk([.enter, .character("1"), .enter, .character("1"), .enter, .character("2"), .enter], language: "de", size: size)), "crisis-de-\(tag)")
    Snapshot.check(AppView.render(walk([.enter, .character("2"), .enter, .character("1"), .enter, .character("3"), .enter], language: "en", size: size)), "crisis-parent-en-\(tag)")
    let done: [Key] = [.enter, .character("1"), .enter, .character("1"), .enter, .character("2"), .enter, .enter, .character("2"), .enter, .character("1"), .enter, .character("1"), .enter, .character("1"), .enter, .character("4"), .enter]
    Snapshot.check(AppView.render(walk(done, language: "de", size: size)), "result-de-\(tag)")
    Snapshot.check(AppView.render(walk(done + [.function(2)], language: "en", size: size)), "review-en-\(tag)")
  }
}
