import ChatCheckCore
import ChatCheckSystem
import ChatCheckTestSupport
import ChatCheckUI
import Testing

/// One box system for every box (help, confirmations, the kiosk's PIN,
/// countdown and no-PIN boxes), decided in one order: quick exit first,
/// then the box, then the page.
@Suite("Boxes")
struct OverlayTests {
  static let pin = StaffPIN.make(pin: "2468", cost: 1)!

  func kiosk(pin: StaffPIN? = pin, size: Size = Size(columns: 80, rows: 24)) -> AppState {
    var state = AppState(
      content: UIFixtures.content, kiosk: KioskSettings(idleTimeout: 10, countdown: 5, pin: pin, local: nil),
      language: "de", region: "DE", size: size)
    _ = state.update(.tick(100))
    return state
  }

  /// Clicks the footer's quick-exit hint on the screen as drawn.
  func clickQuickExit(_ state: inout AppState, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Effect] {
    let screen = AppView.render(state)
    let footer = screen.size.rows - 1
    guard let range = screen.lines[footer].range(of: "F12/Esc Esc") else {
      Issue.record("no quick exit in the footer: \(screen.lines[footer])", sourceLocation: sourceLocation)
      return []
    }
    return click(&state, row: footer, column: DisplayWidth.of(screen.lines[footer][..<range.lowerBound]) + 1)
  }

  /// The review's M4: with any box open, one click on the footer's quick
  /// exit leaves (a session) or wipes (a kiosk); the box does not take it.
  @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)])
  func quickExitByClickWorksWithEveryBoxOpen(size: Size) {
    var session = UIFixtures.state(language: "de", size: size)
    press(&session, [.enter, .character("?")])
    #expect(session.showingHelp)
    #expect(clickQuickExit(&session) == [.quickExit], "help box")
    session = UIFixtures.state(language: "de", size: size)
    press(&session, [.enter, .character("q")])
    #expect(session.confirming == .quit)
    #expect(clickQuickExit(&session) == [.quickExit], "quit box")

    var pinBox = kiosk(size: size)
    _ = pinBox.update(.key(.enter))
    _ = pinBox.update(.key(.control("x")))
    #expect(pinBox.pinBox != nil)
    #expect(clickQuickExit(&pinBox) == [.wipe] && pinBox.page == .welcome && pinBox.overlay == nil, "PIN box")
    var countdown = kiosk(size: size)
    _ = countdown.update(.key(.enter))
    _ = countdown.update(.tick(111))
    #expect(countdown.countdownEnds != nil)
    #expect(clickQuickExit(&countdown) == [.wipe] && countdown.page == .welcome, "countdown")
    var noPIN = kiosk(pin: nil, size: size)
    _ = noPIN.update(.key(.control("x")))
    #expect(noPIN.overlay == .noPIN)
    #expect(clickQuickExit(&noPIN) == [.wipe], "no-PIN box")
  }

  /// The review's m1: confirmations have [ Yes ] and [ No ] buttons; "No"
  /// has the focus, so Enter alone never ends anything; the arrows move it.
  @Test func confirmationsAnswerByButtonAndByKey() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter, .character("q")])
    let screen = AppView.render(state).text
    #expect(screen.contains("[ Yes ]") && screen.contains("[ No ]"), "\(screen)")
    #expect(click(&state, on: "[ No ]").isEmpty)
    #expect(state.overlay == nil && state.page == .question)
    press(&state, [.character("q")])
    #expect(click(&state, on: "[ Yes ]") == [.quit])

    state = UIFixtures.state(language: "en")
    press(&state, [.enter, .character("q"), .enter])
    #expect(state.overlay == nil && state.page == .question, "Enter on the focused No keeps going")
    press(&state, [.character("q"), .right])
    #expect(state.overlay == .confirm(.quit, yes: true))
    #expect(state.update(.key(.enter)) == [.quit])
  }

  /// The review's P20: "New" on the result asks before the answers go.
  @Test func startingOverAsksFirst() {
    var state = UIFixtures.state(language: "en")
    press(&state, [.enter] + [1, 2, 1, 3, 3, 4, 4, 4].flatMap { [Key.character(Character(String($0))), .enter] })
    #expect(state.page == .result)
    let answers = state.interview.answers
    press(&state, [.character("n")])
    #expect(state.confirming == .startOver)
    #expect(AppView.render(state).text.contains("Start again?"))
    press(&state, [.character("n")])
    #expect(state.page == .result && state.interview.answers == answers, "no keeps the result")
    press(&state, [.character("n"), .character("y")])
    #expect(state.page == .welcome && state.interview.answers.isEmpty)
  }

  /// The review's M3: at 40×12 the help box says why first, and scrolls to
  /// the keys; a separator never starts a line (P3); the cursor sits on
  /// the box (m9).
  @Test func theHelpBoxSaysWhyFirstAndScrolls() throws {
    var state = UIFixtures.state(language: "de", size: Size(columns: 40, rows: 12))
    press(&state, [.enter, .character("?")])
    let question = try #require(state.shownQuestion)
    let why = question.help.text("de")
    let firstWords = String(why.prefix(while: { $0 != " " }))
    var screen = AppView.render(state)
    #expect(screen.text.contains(firstWords), "the reason comes first:\n\(screen.text)")
    #expect(screen.text.contains("↓"), "more below is marked")
    let title = try #require(screen.lines.firstIndex { $0.contains("Warum wir fragen") })
    #expect(screen.cursor?.row == title, "the cursor is on the box")
    var seen = screen.text
    for _ in 0..<20 {
      press(&state, [.down])
      screen = AppView.render(state)
      seen += screen.text
    }
    #expect(state.showingHelp, "arrows scroll, they do not close")
    #expect(seen.contains("F12 oder zweimal Esc"), "the keys follow the reason")
    #expect(screen.text.contains("↑"))
    #expect(!screen.lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("·") }, "\(screen.text)")
    press(&state, [.character("x")])
    #expect(!state.showingHelp && state.page == .question)
  }

  /// The review's m8: the idle countdown is the only box; it replaces the
  /// help box instead of being drawn into it.
  @Test func theCountdownReplacesAnyOtherBox() {
    var state = kiosk()
    _ = state.update(.key(.enter))
    _ = state.update(.key(.character("?")))
    #expect(state.showingHelp)
    _ = state.update(.tick(111))
    #expect(state.countdownEnds != nil && !state.showingHelp)
    let screen = AppView.render(state).text
    #expect(screen.contains("Bist du noch da?") && !screen.contains("zum Schließen"), "one box:\n\(screen)")
    _ = state.update(.key(.enter))
    #expect(state.overlay == nil && state.page == .question, "a key only dismisses it")
  }

  /// The review's P23: digits typed during a wrong PIN's wait are dropped,
  /// and the box says so.
  @Test func digitsDuringThePINWaitAreSaidToBeIgnored() {
    var state = kiosk()
    _ = state.update(.key(.control("x")))
    for key in [Key.character("1"), .character("1"), .character("1"), .character("1"), .enter] { _ = state.update(.key(key)) }
    #expect(state.pinBox?.wrong == true)
    _ = state.update(.key(.character("2")))
    #expect(state.pinBox?.entry == "" && state.pinBox?.ignoredDigits == true)
    #expect(AppView.render(state).text.contains("nicht gezählt"))
  }

  /// The review's m10: a kiosk saves nothing, so no help text it shows may
  /// speak of saving (the questions' "why we ask" serve both modes).
  @Test func noHelpTextAKioskShowsSpeaksOfSaving() {
    let content = Fixtures.shipped()
    for question in content.questions {
      for language in content.languages {
        let help = question.help.text(language).lowercased()
        #expect(!["speicher", "sicherst", "save", "stored"].contains { help.contains($0) }, "\(question.id) (\(language)): \(help)")
      }
    }
    for key in ["ui.kiosk.welcome_body", "ui.kiosk.welcome_privacy"] {
      for language in content.languages {
        #expect(!content.string(key, language).lowercased().contains("sicherst"), "\(key)")
      }
    }
  }
}
