import ChatCheckCore
import ChatCheckUI
import Testing

@Suite("Screen model: update and view")
struct ScreenModelTests {
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
    #expect(state.pageState.result?.scroll == min(3, lines))
  }

  @Test func backReturnsToThePreviousQuestionWithItsAnswerHighlighted() {
    var state = UIFixtures.state()
    press(&state, [.enter, .character("3")])
    #expect(state.interview.answers.isEmpty && state.pageState.question?.cursor == 2, "a digit only moves the highlight")
    press(&state, [.enter])
    #expect(state.interview.currentQuestion?.id == "age_other")
    press(&state, [.left])
    #expect(state.interview.currentQuestion?.id == "who")
    #expect(state.interview.answers.isEmpty)
    #expect(state.pageState.question?.cursor == 2)
    press(&state, [.backspace])
    #expect(state.page == .welcome)
  }

  @Test func reviewChangePrunesAnswersAndSaysSo() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter])
    answer(&state, [
      ("who", ["me"]), ("age_self", ["adult"]), ("feeling_self", ["coping"]), ("contact", ["stranger"]),
      ("pictures", ["no"]), ("request", ["webcam"]), ("demand", ["nothing"]), ("happened", ["neither"]),
    ])
    #expect(state.page == .result)
    #expect(state.interview.answers.map(\.question).contains("request"))
    press(&state, [.function(2)])
    #expect(state.page == .review)
    #expect(AppView.render(state).text.contains("Could the other person have intimate pictures or videos?"))
    // Change "pictures" (the 5th answer) from No to Yes: "request" is off the new path.
    press(&state, [.down, .down, .down, .down, .enter])
    #expect(state.page == .question)
    #expect(state.shownQuestion?.id == "pictures")
    #expect(state.pageState.question?.cursor == 2, "the old answer is highlighted")
    press(&state, [.character("1"), .enter])
    #expect(!state.interview.answers.map(\.question).contains("request"))
    #expect(state.interview.currentQuestion?.id == "threat")
    #expect(state.notice?.contains("no longer apply") == true)
    #expect(AppView.render(state).text.contains("no longer apply"))
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
    #expect((state.confirming != nil))
    #expect(AppView.render(state).text.contains("Willst du ChatCheck wirklich beenden?"))
    press(&state, [.character("n")])
    #expect(!(state.confirming != nil))
    press(&state, [.character("q")])
    #expect(state.update(.key(.character("j"))) == [.quit])
    var kiosk = UIFixtures.state(mode: .kiosk)
    press(&kiosk, [.enter, .character("q"), .control("c")])
    #expect(!(kiosk.confirming != nil))
  }

  @Test func languageSwitchesWithF3() {
    var state = UIFixtures.state()
    press(&state, [.function(3)])
    #expect(state.language == "en")
    #expect(AppView.render(state).text.contains("Quick exit"))
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
    #expect(state.pageState.question?.selection == [0, 2], "going back keeps the ticks to confirm again")
    press(&state, [.space, .character("3"), .space])
    #expect(state.pageState.question?.selection.isEmpty == true, "unticked")
    // Ticks taken back mean "none of these": Enter asks instead of taking
    // the highlight.
    press(&state, [.character("2"), .enter])
    #expect(state.notice == "Please choose at least one answer.")
    #expect(state.shownQuestion?.id == "happened")
    // Untouched, Enter takes the highlighted option.
    press(&state, [.left, .enter])
    #expect(state.shownQuestion?.id == "happened" && state.pageState.question?.selection.isEmpty == true)
    press(&state, [.character("2"), .enter])
    #expect(state.interview.answers.last == Answer(question: "happened", options: ["recorded"]), "nothing ticked: the highlighted option")
  }

  @Test func saveAsksForAPathAndWritesOnlyAfterConfirming() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter])
    answer(&state, [
      ("who", ["me"]), ("age_self", ["adult"]), ("feeling_self", ["coping"]), ("contact", ["known"]), ("pictures", ["no"]),
      ("request", ["neither"]), ("demand", ["nothing"]), ("happened", ["neither"]),
    ])
    // Opening the save page asks the driver for a free name; it offers
    // that name.
    #expect(state.update(.key(.character("s"))) == [.offerFreeName("chatcheck-next-steps.txt")])
    _ = state.update(.freeName("chatcheck-next-steps-3.txt"))
    #expect(state.savePath == "chatcheck-next-steps-3.txt")
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
    _ = state.update(.key(.character("s")))
    _ = state.update(.saved(path: "x.md", problem: .exists))
    #expect(state.page == .save)
    #expect(state.savePath == "x-2.md")
    #expect(AppView.render(state).text.contains("already exists"))
    state.language = "de"
    _ = state.update(.saved(path: "x-2.md", problem: .diskFull))
    #expect(AppView.render(state).text.contains("Der Speicher ist voll"))
    var kiosk = UIFixtures.state(mode: .kiosk)
    kiosk.pageState = .result(ResultModel())
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
    press(&state, [.enter])
    answer(&state, [
      ("who", ["me"]), ("age_self", ["minor"]), ("feeling_self", ["coping"]), ("contact", ["stranger"]),
      ("pictures", ["yes_or_unsure"]), ("threat", ["threatens"]), ("demand", ["money"]), ("happened", ["neither"]),
    ])
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
    var asking = AppState(content: UIFixtures.content, language: "en", region: "INT", askRegion: true, size: size)
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
    // Every other page and box.
    Snapshot.check(AppView.render(walk(done + [.character("t")], language: "de", size: size)), "take-away-de-\(tag)")
    Snapshot.check(AppView.render(walk(done + [.character("s")], language: "en", size: size)), "save-en-\(tag)")
    Snapshot.check(AppView.render(walk(done + [.character("?")], language: "de", size: size)), "keys-de-\(tag)")
    Snapshot.check(AppView.render(walk([.enter, .character("q")], language: "en", size: size)), "quit-en-\(tag)")
    var kiosk = AppState(
      content: UIFixtures.content, kiosk: KioskSettings(idleTimeout: 10, countdown: 5, pin: nil, local: nil),
      language: "de", region: "DE", size: size)
    _ = kiosk.update(.tick(0))
    _ = kiosk.update(.key(.enter))
    _ = kiosk.update(.tick(11))
    Snapshot.check(AppView.render(kiosk), "kiosk-countdown-de-\(tag)")
    _ = kiosk.update(.tick(15))
    Snapshot.check(AppView.render(kiosk), "kiosk-countdown-1s-de-\(tag)")
    kiosk.overlay = .pin(PINBox(entry: "12"))
    Snapshot.check(AppView.render(kiosk), "kiosk-pin-de-\(tag)")
    var finish = kiosk
    finish.overlay = nil
    finish.pageState = .result(ResultModel())
    _ = finish.update(.key(.character("f")))
    Snapshot.check(AppView.render(finish), "kiosk-finish-de-\(tag)")
  }
}
