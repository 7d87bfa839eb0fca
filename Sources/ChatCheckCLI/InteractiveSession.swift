import ChatCheckCore
import ChatCheckSystem
import ChatCheckUI

#if canImport(Glibc)
  import Glibc
#endif

/// The full-screen session, shared by `chatcheck` and `chatcheck learn`:
/// the terminal (or why there is none), the state to start from, and the
/// end of the session.
enum InteractiveSession {
  /// A terminal to draw on, or nil after saying on stderr why the plain
  /// line mode is used instead.
  static func driver(_ session: SessionSettings) -> TerminalDriver? {
    if let reason = TerminalDriver.unavailableReason() {
      Output.raw("chatcheck: \(reason); using the plain line mode\n")
      return nil
    }
    guard let driver = TerminalDriver(kiosk: false, wantColors: session.color) else {
      Output.raw("chatcheck: terminal type '\(Environment.value("TERM") ?? "")' cannot move the cursor; using the plain line mode\n")
      return nil
    }
    return driver
  }

  /// The session's first state, sized to the terminal.
  static func state(_ session: SessionSettings, size: Size) -> AppState {
    var state = AppState(
      content: session.content, language: session.language,
      region: session.region, askRegion: session.regionGuessed, size: size)
    state.qrEncoder = QRCodes.encoder
    state.clock = SystemClock.clock
    state.messageDelay = AppState.standardMessageDelay
    state.allLanguages = session.allLanguages
    return state
  }

  /// Runs `state` until the person quits; a signal ends the process (0
  /// for SIGTERM and SIGHUP, otherwise 128 + the signal: 130 for Ctrl-C,
  /// 131 for Ctrl-\), input that ends early is `endedEarly` (65).
  static func run(_ driver: TerminalDriver, _ state: inout AppState, endedEarly: String) throws(ChatCheckError) {
    switch driver.run(&state) {
    case .quit:
      driver.close()
    case .quickExit:
      driver.closeAndWipe()
    case .signal(let signal):
      // Whatever signal ends the check, nothing of it stays on screen or
      // in the scrollback.
      driver.closeAndWipe()
      Glibc.exit(signal == SIGTERM || signal == SIGHUP ? 0 : 128 + signal)
    case .endOfInput:
      driver.close()
      throw ChatCheckError(.dataError, endedEarly)
    }
  }

}
