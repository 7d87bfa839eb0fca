import ChatCheckCore
import ChatCheckUI
import Testing

@Suite("Kiosk mode (model)")
struct KioskTests {
  static let pin = StaffPIN(pin: "2468", salt: Array("0123456789abcdef".utf8), iterations: 1_000)
  static let local = LocalContact(name: "Beratung Süd", phone: "0711 1", address: "Hauptstraße 1", hours: "Mo–Fr 9–17", languages: "Deutsch, Türkçe")

  func kiosk(pin: StaffPIN? = pin, local: LocalContact? = nil, language: String = "de") -> AppState {
    var state = AppState(
      content: UIFixtures.content,
      kiosk: KioskSettings(idleTimeout: 10, countdown: 5, pin: pin, local: local),
      language: language, region: "DE", size: Size(columns: 80, rows: 24))
    _ = state.update(.tick(100))
    return state
  }

  func keys(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { state.update(.key($0)) }
  }

  @Test func idleVisitorsGetACountdownThenEverythingIsWiped() {
    var state = kiosk()
    _ = keys(&state, [.function(3), .enter, .character("1"), .enter, .character("1"), .enter])
    #expect(state.interview.answers.count == 2)
    #expect(state.update(.tick(109)).isEmpty)
    #expect(state.kiosk?.countdownEnds == nil)
    #expect(state.update(.tick(110.5)).isEmpty)
    #expect(state.kiosk?.countdownEnds == 115.5)
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
    #expect(state.kiosk?.countdownEnds != nil)
    _ = keys(&state, [.character("1")])
    #expect(state.kiosk?.countdownEnds == nil)
    #expect(state.interview.answers.isEmpty, "the key only said 'still here'")
    #expect(state.update(.tick(117)).isEmpty)
  }

  @Test func anUntouchedWelcomeScreenIsNeverCountedDown() {
    var state = kiosk()
    #expect(state.update(.tick(10_000)).isEmpty)
    #expect(state.kiosk?.countdownEnds == nil)
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
    #expect(!state.confirmingQuit)
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
    #expect(keys(&state, [.character("1"), .character("1"), .character("1"), .character("1"), .enter]).isEmpty)
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
    #expect(keys(&state, [.character("2"), .character("4"), .character("6"), .character("8"), .enter]) == [.quit])
  }

  @Test func withoutAPINTheChordDoesNothing() {
    var state = kiosk(pin: nil)
    _ = keys(&state, [.control("x")])
    #expect(state.kiosk?.pinEntry == nil)
    #expect(!AppView.render(state).text.contains("PIN"))
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
  static func hex(_ bytes: [UInt8]) -> String { bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }

  @Test func sha256AndPBKDF2MatchPublishedVectors() {
    #expect(Self.hex(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(Self.hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    #expect(Self.hex(SHA256.hash(long)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    // RFC 7914 section 11 / common PBKDF2-HMAC-SHA256 vectors.
    #expect(Self.hex(SHA256.pbkdf2(password: Array("password".utf8), salt: Array("salt".utf8), iterations: 1))
      == "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")
    #expect(Self.hex(SHA256.pbkdf2(password: Array("password".utf8), salt: Array("salt".utf8), iterations: 2))
      == "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43")
  }

  @Test func pinFilesRoundTripAndNeverHoldThePIN() throws {
    let pin = StaffPIN(pin: "13579", salt: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], iterations: 1_000)
    #expect(!pin.line.contains("13579"))
    let parsed = try StaffPIN.parse(pin.line).get()
    #expect(parsed.matches("13579"))
    #expect(!parsed.matches("13578"))
    for bad in ["", "13579", "pbkdf2-sha256$10$00$00", "md5$1000$0102030405060708$" + String(repeating: "a", count: 64)] {
      #expect(throws: StaffPIN.PINFileError.self) { try StaffPIN.parse(bad).get() }
    }
    #expect(StaffPIN.isValid("1234") && !StaffPIN.isValid("123") && !StaffPIN.isValid("12a4"))
  }

  @Test func localContactFilesAreCheckedWithPlaces() throws {
    let contact = try LocalContact.parse("name: Beratung\nphone: '0711 1'\nlanguages: [Deutsch, English]\n", file: "l.yaml")
    #expect(contact.summary == "Beratung · 0711 1 · Deutsch, English")
    do {
      _ = try LocalContact.parse("nmae: x\n", file: "l.yaml")
      Issue.record("no error")
    } catch {
      #expect(error.status == .dataError)
      #expect(error.lines.contains { $0.hasPrefix("l.yaml:1:1: the local contact: unknown key 'nmae' (did you mean 'name'?)") })
    }
  }
}
