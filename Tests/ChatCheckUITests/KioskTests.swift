import ChatCheckCore
import ChatCheckSystem
import ChatCheckUI
import Testing

@Suite("Kiosk mode (model)")
struct KioskTests {
  static let pin = StaffPIN.make(pin: "2468", cost: 1)!
  static let local = LocalContact(name: "Beratung Süd", phone: "0711 1", address: "Hauptstraße 1", hours: "Mo–Fr 9–17", languages: "Deutsch, Türkçe")

  func kiosk(pin: StaffPIN? = pin, local: LocalContact? = nil, language: String = "de", earlierFailures: Int = 0) -> AppState {
    var state = AppState(
      content: UIFixtures.content,
      kiosk: KioskSettings(idleTimeout: 10, countdown: 5, pin: pin, local: local, earlierPINFailures: earlierFailures),
      language: language, region: "DE", size: Size(columns: 80, rows: 24))
    _ = state.update(.tick(100))
    return state
  }

  func keys(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { state.update(.key($0)) }
  }

  /// One box at a time: Ctrl-X over the help box replaces it with the PIN
  /// box, and neither the wheel nor a key reaches the page behind it.
  @Test func thePINBoxIsTheOnlyBoxAndTakesTheWheel() {
    var state = kiosk()
    _ = keys(&state, [.enter, .character("?")])
    #expect(state.overlay != nil, "help is open")
    _ = keys(&state, [.control("x")])
    #expect(state.pinBox?.entry == "", "the PIN box replaced help")
    #expect(AppView.render(state).text.contains("Nur für Mitarbeitende"))

    var result = kiosk()
    _ = keys(&result, [.enter])
    answer(&result, [
      ("who", ["me"]), ("age_self", ["adult"]), ("feeling_self", ["coping"]), ("contact", ["stranger"]),
      ("pictures", ["no"]), ("request", ["webcam"]), ("demand", ["nothing"]), ("happened", ["neither"]),
    ])
    #expect(result.page == .result)
    _ = keys(&result, [.control("x")])
    _ = result.update(.wheel(1))
    _ = result.update(.wheel(1))
    #expect(result.pageState.result?.scroll == 0, "nothing scrolls behind the PIN box")
  }

  @Test func idleVisitorsGetACountdownThenEverythingIsWiped() {
    var state = kiosk()
    _ = keys(&state, [.function(3), .enter, .character("1"), .enter, .character("1"), .enter])
    #expect(state.interview.answers.count == 2)
    #expect(state.update(.tick(109)).isEmpty)
    #expect(state.countdownEnds == nil)
    #expect(state.update(.tick(110.5)).isEmpty)
    #expect(state.countdownEnds == 115.5)
    #expect(AppView.render(state).text.contains("Are you still there?"))
    #expect(AppView.render(state).text.contains("In 5 seconds everything is wiped"))
    #expect(state.update(.tick(116)) == [.wipe])
    #expect(state.page == .welcome)
    #expect(state.interview.answers.isEmpty)
    #expect(state.language == "de", "back to the default language")
    // Going back finds nothing.
    _ = keys(&state, [.enter, .left, .function(2)])
    #expect(state.page == .welcome)
    #expect(state.interview.answers.isEmpty)
  }

  @Test func anyKeyStopsTheCountdownAndDoesNothingElse() {
    var state = kiosk()
    _ = keys(&state, [.enter])
    _ = state.update(.tick(111))
    #expect(state.countdownEnds != nil)
    _ = keys(&state, [.character("1")])
    #expect(state.countdownEnds == nil)
    #expect(state.interview.answers.isEmpty, "the key only said 'still here'")
    #expect(state.update(.tick(117)).isEmpty)
  }

  @Test func anUntouchedWelcomeScreenIsNeverCountedDown() {
    var state = kiosk()
    #expect(state.update(.tick(10_000)).isEmpty)
    #expect(state.countdownEnds == nil)
  }

  @Test func quickExitWipesInsteadOfExiting() {
    var state = kiosk()
    _ = keys(&state, [.enter, .character("1"), .enter])
    #expect(keys(&state, [.function(12)]) == [.wipe])
    #expect(state.interview.answers.isEmpty && state.page == .welcome)
    _ = keys(&state, [.enter, .character("1"), .enter])
    #expect(keys(&state, [.escape, .escape]) == [.wipe])
    #expect(state.interview.answers.isEmpty)
  }

  @Test func controlKeysAndQuitDoNothing() {
    var state = kiosk()
    _ = keys(&state, [.enter])
    let before = AppView.render(state)
    #expect(keys(&state, [.control("c"), .control("z"), .control("\\"), .character("q"), .character("s")]).isEmpty)
    #expect(!(state.confirming != nil))
    #expect(AppView.render(state) == before)
  }

  @Test func finishingWipes() {
    var state = kiosk()
    _ = keys(&state, [.enter, .character("1"), .enter, .character("2"), .enter, .character("1"), .enter, .character("4"), .enter, .character("2"), .enter, .character("2"), .enter])
    #expect(state.page == .result)
    #expect(AppView.render(state).text.contains("[ Fertig ]"))
    // "Finish" asks first; "no" keeps the advice, "yes" wipes.
    #expect(keys(&state, [.character("f")]).isEmpty)
    #expect(AppView.render(state).text.contains("Fertig?"))
    #expect(keys(&state, [.character("n")]).isEmpty)
    #expect(state.page == .result && !state.interview.answers.isEmpty)
    #expect(keys(&state, [.character("f"), .character("j")]) == [.wipe])
    #expect(state.page == .welcome)
  }

  @Test func staffLeaveOnlyWithTheRightPINAndWrongOnesBackOff() {
    var state = kiosk()
    #expect(keys(&state, [.control("x")]).isEmpty)
    #expect(AppView.render(state).text.contains("Nur für Mitarbeitende"))
    // Each wrong PIN is recorded, so that a restart keeps the back-off.
    #expect(keys(&state, [.character("1"), .character("1"), .character("1"), .character("1"), .enter]) == [.recordPINFailures(1)])
    #expect(state.kiosk?.pinFailures == 1)
    #expect(AppView.render(state).text.contains("Falsche PIN. Bitte warte noch 1 s."))
    #expect(!AppView.render(state).text.contains("1111"), "digits are masked")
    // Locked: even the right PIN is ignored until the wait is over.
    #expect(keys(&state, [.character("2"), .character("4"), .character("6"), .character("8"), .enter]).isEmpty)
    _ = state.update(.tick(101.5))
    _ = keys(&state, [.character("9"), .character("9"), .character("9"), .character("9"), .enter])
    #expect(state.kiosk?.pinFailures == 2)
    #expect(state.kiosk?.pinLockedUntil == 103.5)
    _ = state.update(.tick(104))
    #expect(keys(&state, [.character("2"), .character("4"), .character("6"), .character("8"), .enter]) == [.recordPINFailures(0), .quit])
  }

  /// A restart does not reset the back-off (security review N12): the
  /// kiosk starts locked for the wait of the last wrong PIN.
  @Test func aRestartedKioskStartsLockedForTheLastBackoff() {
    var state = kiosk(earlierFailures: 3)
    #expect(state.kiosk?.pinLockedUntil == 104, "4 s after the first tick at 100")
    _ = keys(&state, [.control("x")])
    #expect(keys(&state, [.character("2"), .character("4"), .character("6"), .character("8"), .enter]).isEmpty, "locked")
    _ = state.update(.tick(104.5))
    #expect(keys(&state, [.character("2"), .character("4"), .character("6"), .character("8"), .enter]) == [.recordPINFailures(0), .quit])
    #expect(kiosk().kiosk?.pinLockedUntil == 0, "a first start is not locked")
  }

  /// Without a PIN file Ctrl-X cannot end the kiosk; it says how a kiosk
  /// is stopped instead of doing nothing (a counsellor trying it out was
  /// locked in), and any key closes the box.
  @Test func withoutAPINTheChordSaysHowTheKioskIsStopped() {
    var state = kiosk(pin: nil)
    #expect(keys(&state, [.control("x")]).isEmpty)
    #expect(state.pinBox == nil && state.overlay == .noPIN)
    let screen = AppView.render(state).text
    #expect(screen.contains("keine PIN gesetzt") && screen.contains("systemctl stop"), "\(screen)")
    #expect(!screen.contains("PIN: "), "no PIN prompt")
    #expect(keys(&state, [.character("1")]).isEmpty)
    #expect(state.overlay == nil && state.page == .welcome)
  }

  @Test func backoffDoublesUpToAMinute() {
    #expect((1...8).map { KioskState.backoff(afterFailures: $0) } == [1, 2, 4, 8, 16, 32, 60, 60])
  }

  @Test func theLocalContactComesFirst() {
    var state = kiosk(local: Self.local)
    #expect(AppView.render(state).text.contains("Beratung Süd · 0711 1 · Hauptstraße 1"))
    _ = keys(&state, [.enter, .character("1"), .enter, .character("2"), .enter, .character("1"), .enter, .character("4"), .enter, .character("2"), .enter, .character("2"), .enter])
    let lines = AppView.resultLines(state).map(\.0)
    let local = lines.firstIndex { $0.contains("Beratung Süd") }!
    let firstCard = lines.firstIndex { $0.hasPrefix("1. ") }!
    #expect(local < firstCard)
    // With an emergency, the emergency card stays first.
    var danger = kiosk(local: Self.local)
    _ = keys(&danger, [.enter, .character("1"), .enter, .character("2"), .enter, .character("3"), .enter])
    let dangerLines = AppView.resultLines(danger).map(\.0)
    let emergency = dangerLines.firstIndex { $0.hasPrefix("1. ") }!
    let localAfter = dangerLines.firstIndex { $0.contains("Beratung Süd") }!
    #expect(emergency < localAfter)
    #expect(danger.result.cards.first?.card.topic == "emergency")
  }
}

@Suite("Staff PIN and local contact files")
struct KioskFileTests {
  @Test func pinHashesComeFromCryptAndNeverHoldThePIN() throws {
    let pin = try #require(StaffPIN.make(pin: "13579"))
    #expect(pin.hash.hasPrefix("$y$j9T$"), "yescrypt at libxcrypt's default cost")
    #expect(!pin.line.contains("13579"))
    #expect(StaffPIN.make(pin: "13579")?.hash != pin.hash, "a fresh salt each time")
    let parsed = try StaffPIN.parse(pin.line).get()
    #expect(parsed.matches("13579"))
    #expect(!parsed.matches("13578") && !parsed.matches("") && !parsed.matches("135790"))
    // CRLF and a byte order mark from a Windows editor are fine.
    #expect(try StaffPIN.parse(pin.hash + "\r\n").get().matches("13579"))
    #expect(try StaffPIN.parse("\u{FEFF}" + pin.hash + "\r\n").get().matches("13579"))
    // A known yescrypt hash of "2468" (made with libxcrypt, as mkpasswd does).
    let known = "$y$j9T$eUu6x2GKtjdAoqZvzl//I/$iCgGF1kQ/.got5ITm0J6dO4Vgf0.zBcTY5ddPgMFyL6"
    let fromFile = try StaffPIN.parse(known + "\n").get()
    #expect(fromFile.matches("2468") && !fromFile.matches("2469"))
    #expect(StaffPIN.isValid("1234") && !StaffPIN.isValid("123") && !StaffPIN.isValid("12a4"))
  }

  @Test func pinFilesWithOtherMethodsOrInsaneCostsAreRefused() {
    #expect(StaffPIN.parse("") == .failure(.format))
    #expect(StaffPIN.parse("13579") == .failure(.format))
    #expect(StaffPIN.parse("pbkdf2-sha256$1000$0102$03") == .failure(.format))
    #expect(StaffPIN.parse("$1$abcdefgh$0123456789abcdefghijkl") == .failure(.method("1")))
    // N = 2^30 would take the kiosk's memory and minutes per try.
    if case .failure(.cost) = StaffPIN.parse("$y$jTT$eUu6x2GKtjdAoqZvzl//I/$iCgGF1kQ/.got5ITm0J6dO4Vgf0.zBcTY5ddPgMFyL6") {} else {
      Issue.record("a huge yescrypt N is refused")
    }
    if case .failure(.cost) = StaffPIN.parse("$6$rounds=999999999$salt$hash") {} else { Issue.record("huge SHA-512 rounds are refused") }
    if case .failure(.cost) = StaffPIN.parse("$2b$31$abcdefghijklmnopqrstuv") {} else { Issue.record("bcrypt cost 31 is refused") }
    // Too cheap (security review N13): every guess must cost something.
    for weak in ["$y$j..$abc$def", "$y$j7T$abc$def", "$2b$04$abcdefghijklmnopqrstuv", "$6$salt$hash", "$6$rounds=5000$salt$hash"] {
      if case .failure(.cost) = StaffPIN.parse(weak) {} else { Issue.record("\(weak) is refused as too cheap") }
    }
    // Too costly: 1 GiB per check.
    if case .failure(.cost(let detail)) = StaffPIN.parse("$y$jFT$abc$def") {
      #expect(detail.contains("8 to 64 MB"))
    } else {
      Issue.record("N=2^18, r=32 is refused")
    }
    #expect((try? StaffPIN.parse("$y$jAT$abc$def").get()) != nil, "64 MB is the ceiling")
    #expect((try? StaffPIN.parse("$2b$12$abcdefghijklmnopqrstuv").get()) != nil)
    #expect((try? StaffPIN.parse("$6$rounds=656000$salt$hash").get()) != nil)
  }

  @Test func localContactFilesAreCheckedWithPlaces() throws {
    let contact = try LocalContact.parse("name: Beratung\nphone: '0711 1'\nlanguages: [Deutsch, English]\n", file: "l.yaml")
    #expect(contact.summary == "Beratung · 0711 1 · Deutsch, English")
    do {
      _ = try LocalContact.parse("nmae: x\n", file: "l.yaml")
      Issue.record("no error")
    } catch {
      #expect(error.kind == .data)
      #expect(error.problems.contains {
        guard case .located(let d) = $0 else { return false }
        return "\(d.location)" == "l.yaml:1:1" && d.message.hasPrefix("the local contact: unknown key 'nmae' (did you mean 'name'?)")
      })
    }
  }
}

@Suite("Kiosk: quick exit in every state")
struct KioskQuickExitTests {
  func kiosk() -> AppState {
    var state = AppState(
      content: UIFixtures.content,
      kiosk: KioskSettings(idleTimeout: 10, countdown: 5, pin: KioskTests.pin, local: nil),
      language: "de", region: "DE", size: Size(columns: 80, rows: 24))
    _ = state.update(.tick(100))
    for key: Key in [.enter, .character("1"), .enter] { _ = state.update(.key(key)) }
    return state
  }

  @Test(arguments: [[Key.function(12)], [Key.escape, Key.escape]])
  func quickExitDuringTheCountdownWipes(keys: [Key]) {
    var state = kiosk()
    _ = state.update(.tick(111))
    #expect(state.countdownEnds != nil)
    let effects = keys.flatMap { state.update(.key($0)) }
    #expect(effects == [.wipe], "the answers must not stay on screen")
    #expect(state.interview.answers.isEmpty && state.page == .welcome)
  }

  @Test(arguments: [[Key.function(12)], [Key.escape, Key.escape]])
  func quickExitInThePINBoxWipes(keys: [Key]) {
    var state = kiosk()
    _ = state.update(.key(.control("x")))
    #expect(state.pinBox?.entry != nil)
    let effects = keys.flatMap { state.update(.key($0)) }
    #expect(effects == [.wipe])
    #expect(state.interview.answers.isEmpty)
  }

  @Test func oneEscOnlyClosesTheCountdownAndALaterEscDoesNotWipe() {
    var state = kiosk()
    _ = state.update(.tick(111))
    #expect(state.update(.key(.escape)).isEmpty)
    #expect(state.countdownEnds == nil)
    _ = state.update(.key(.down))
    #expect(state.update(.key(.escape)).isEmpty, "Esc, a key, Esc is not Esc Esc")
    #expect(!state.interview.answers.isEmpty)
  }
}
