import ArgumentParser
import ChatCheckCore

/// The whole program behind `chatcheck`: parse, run, and turn every failure
/// into one-line errors and the documented exit codes. Nothing here traps;
/// the executable only calls `run` and exits with what it returns, so tests
/// can run any command in-process.
public enum ChatCheckMain {
  /// Runs `chatcheck` with `arguments` (without the program name) and
  /// returns its exit status.
  public static func run(_ arguments: [String]) -> Int32 {
    // Output to a standard output that was closed still fails (exit 70),
    // though its descriptor now points at /dev/null.
    Output.stdoutClosed.store(StandardDescriptors.ensureOpen().contains(1), ordering: .relaxed)
    // Parsing costs grow faster than the number of arguments; no real use
    // needs more than a few hundred.
    if arguments.count > InputLimits.arguments {
      Output.error("\(arguments.count) arguments; at most \(InputLimits.arguments) (use --answers FILE for many answers)")
      return ExitStatus.usage.rawValue
    }
    do {
      var command = try parse(arguments)
      try command.run()
      if Output.stdoutFailed.load(ordering: .relaxed) {
        Output.error("cannot write to standard output; nothing was shown")
        return ExitStatus.internalError.rawValue
      }
      return 0
    } catch let error as ChatCheckError {
      // A small hostile input must not print millions of lines.
      for line in error.lines.prefix(InputLimits.diagnostics) { Output.error(line) }
      if error.lines.count > InputLimits.diagnostics {
        Output.error("and \(error.lines.count - InputLimits.diagnostics) more problems, not listed (only the first \(InputLimits.diagnostics) are)")
      }
      // Output that could not be written is the first problem to report
      // (a plain session on a closed stdout also runs out of input).
      if Output.stdoutFailed.load(ordering: .relaxed) {
        Output.error("cannot write to standard output; nothing was shown")
        return ExitStatus.internalError.rawValue
      }
      return error.status.rawValue
    } catch {
      let code = ChatCheckCommand.exitCode(for: error)
      if code == .success {
        // --help and --version: 70 when they could not be written.
        Output.write(ChatCheckCommand.fullMessage(for: error) + "\n")
        if Output.failedToWrite {
          Output.error("cannot write to standard output; nothing was shown")
          return ExitStatus.internalError.rawValue
        }
        return 0
      }
      // Argument-parser's own messages, without its "Error: " prefix.
      let message = ChatCheckCommand.message(for: error)
      for line in message.split(separator: "\n") where !line.isEmpty {
        let text = line.hasPrefix("Error: ") ? String(line.dropFirst(7)) : String(line)
        Output.error(text)
      }
      if code == .validationFailure {
        Output.error("see 'chatcheck --help' (or 'chatcheck help SUBCOMMAND')")
        return ExitStatus.usage.rawValue
      }
      return code == .failure ? ExitStatus.internalError.rawValue : code.rawValue
    }
  }

  /// The command `arguments` name. `answer` as the first argument is
  /// parsed with its own arguments only, which spares swift-argument-parser
  /// building every other command's argument set (a third of a scripted
  /// answer's start). Anything that does not parse that way (help, a
  /// mistake, a flag of another command) is parsed again through the whole
  /// command tree, so every message and exit code is the tree's.
  static func parse(_ arguments: [String]) throws -> any ParsableCommand {
    if arguments.first == AnswerCommand.configuration.commandName,
      let command = try? AnswerCommand.parseAsRoot(Array(arguments.dropFirst())) as? AnswerCommand
    {
      return command
    }
    return try ChatCheckCommand.parseAsRoot(arguments)
  }

  /// Every command's help as `--help` prints it at `columns`, with the
  /// command's words ("kiosk set-pin") and its discussion as written.
  public static func helpMessages(columns: Int) -> [(command: String, help: String, discussion: String)] {
    var out: [(command: String, help: String, discussion: String)] = []
    func visit(_ type: any ParsableCommand.Type, path: [String]) {
      let configuration = type.configuration
      let words = path + [configuration.commandName ?? ""]
      let help = type == ChatCheckCommand.self
        ? ChatCheckCommand.helpMessage(columns: columns)
        : ChatCheckCommand.helpMessage(for: type, columns: columns)
      out.append((words.dropFirst().joined(separator: " "), help, configuration.discussion))
      for sub in configuration.subcommands { visit(sub, path: words) }
    }
    visit(ChatCheckCommand.self, path: [])
    return out
  }
}
