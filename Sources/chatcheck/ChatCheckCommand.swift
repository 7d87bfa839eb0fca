import ArgumentParser
import ChatCheckCore

#if canImport(Glibc)
  import Glibc
#endif

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
    version: "0.1.0",
    subcommands: [AnswerCommand.self, LintCommand.self, GraphCommand.self, PathsCommand.self]
  )

  @OptionGroup var common: CommonOptions

  @Flag(name: .long, help: "Plain line mode: numbered prompts, one answer per line (screen readers, pipes).")
  var plain = false

  func run() throws(ChatCheckError) {
    let session = try common.session()
    if !plain {
      Output.raw("chatcheck: the full-screen interface is not available in this build; using the plain line mode\n")
    }
    let plainSession = PlainSession(
      content: session.content, language: session.language, region: session.region,
      readLine: { Swift.readLine(strippingNewline: true) },
      write: { text in
        Output.write(text)
        Output.flush()
      })
    switch plainSession.run() {
    case .finished, .quit:
      return
    case .endOfInput:
      throw ChatCheckError(.dataError, "input ended before the last question was answered")
    }
  }
}
