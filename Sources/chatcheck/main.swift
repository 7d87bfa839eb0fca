import ArgumentParser
import ChatCheckCore

#if canImport(Glibc)
  import Glibc
#endif

// The entry point: parse, run, and turn every failure into the contract's
// one-line errors and exit codes (§2). Nothing here traps.
do {
  var command = try ChatCheckCommand.parseAsRoot()
  try command.run()
  if Output.stdoutFailed.load(ordering: .relaxed) {
    Output.error("cannot write to standard output; nothing was shown")
    exit(ExitStatus.internalError.rawValue)
  }
  exit(0)
} catch let error as ChatCheckError {
  for line in error.lines { Output.error(line) }
  exit(error.status.rawValue)
} catch {
  let code = ChatCheckCommand.exitCode(for: error)
  if code == .success {
    // --help and --version.
    Output.write(ChatCheckCommand.fullMessage(for: error) + "\n")
      exit(0)
  }
  let message = ChatCheckCommand.message(for: error)
  for line in message.split(separator: "\n") where !line.isEmpty {
    let text = line.hasPrefix("Error: ") ? String(line.dropFirst(7)) : String(line)
    Output.error(text)
  }
  if code == .validationFailure {
    Output.error("see 'chatcheck --help' (or 'chatcheck help SUBCOMMAND')")
    exit(ExitStatus.usage.rawValue)
  }
  exit(code == .failure ? ExitStatus.internalError.rawValue : code.rawValue)
}
