#if canImport(Glibc)
  import Glibc
#endif
import ArgumentParser
import ChatCheckCore
import ChatCheckSystem
import ChatCheckUI


/// `chatcheck`: the interactive self-check, and the root of the other
/// commands.
struct ChatCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chatcheck",
    abstract: "Recognise sextortion and find the next steps and helplines for your country.",
    discussion: """
      Without a subcommand, chatcheck asks its questions in this terminal. \
      Nothing is stored and nothing is sent anywhere.
      Exit codes: 0 success, 64 usage error, 65 invalid content or answers, \
      66 input file missing or unreadable, 70 internal error.
      """,
    version: ChatCheckVersion.current,
    subcommands: [AnswerCommand.self, LintCommand.self, GraphCommand.self, PathsCommand.self, KioskCommand.self, LearnCommand.self]
  )

  @OptionGroup var common: CommonOptions

  @Flag(name: .long, help: "Plain line mode: numbered prompts, one answer per line (screen readers, pipes).")
  var plain = false

  @Flag(name: .long, help: ArgumentHelp("Draw the first frame on a headless terminal and exit (benchmarks).", visibility: .hidden))
  var exitAfterFirstFrame = false

  func run() throws(ChatCheckError) {
    let session = try common.session()
    if exitAfterFirstFrame {
      guard let driver = TerminalDriver(kiosk: false, wantColors: session.color, headless: true) else {
        throw ChatCheckError(.internalError, "no headless terminal")
      }
      let state = AppState(
        content: session.content, language: session.language,
        region: session.region, askRegion: session.regionGuessed, size: driver.size)
      driver.draw(AppView.render(state))
      driver.close()
      return
    }
    if !plain, let driver = InteractiveSession.driver(session) {
      var state = InteractiveSession.state(session, size: driver.size)
      try InteractiveSession.run(driver, &state, endedEarly: Self.endedEarly)
      return
    }
    // Nothing named the country: a person at a terminal is asked, as on
    // the full screen; a script's piped answers are not.
    var plainSession = PlainInterview(
      content: session.content, language: session.language, region: session.region,
      askRegion: session.regionGuessed && isatty(0) == 1, clock: SystemClock.clock,
      readLine: { LineReader.next() },
      write: { text in Output.write(text) })
    // In the session's language: the one line that says why the session ended.
    if plainSession.run() == .endOfInput { throw ChatCheckError(.dataError, plainSession.endedEarly) }
  }

  static let endedEarly = "input ended before the last question was answered"
}
