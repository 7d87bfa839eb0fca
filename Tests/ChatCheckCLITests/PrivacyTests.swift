import Foundation
import Testing

/// Issue 7: strace proves that interactive, plain and scripted runs open
/// no socket and no file for writing, except an explicit export.
@Suite("Privacy under strace")
struct PrivacyTests {
  static let calls = "-f -e trace=open,openat,openat2,creat,socket,connect,bind,sendto,sendmsg"

  /// Every traced call that writes a file or touches the network, except
  /// writes to `allowed`.
  static func violations(_ log: String, allowed: String? = nil) throws -> [String] {
    let trace = try String(contentsOfFile: log, encoding: .utf8)
    return trace.split(separator: "\n").map(String.init).filter { call in
      if call.contains("+++") || call.contains("---") { return false }
      if call.contains("socket(") || call.contains("connect(") || call.contains("bind(") || call.contains("send") { return true }
      let writes = call.contains("O_WRONLY") || call.contains("O_RDWR") || call.contains("O_CREAT") || call.contains("creat(")
      if let allowed, call.contains(allowed) { return false }
      return writes
    }
  }

  @Test(.needs(.strace), .notUnderSanitizer)
  func scriptedAndPlainRunsWriteNothing() throws {
    let strace = try Tool.strace.require()
    let answers = try Binary.temporaryFile("who: me\nage_self: adult\nfeeling_self: coping\ncontact: email_only\nemail_password: no\nemail_paid: no\n")
    for (arguments, stdin) in [
      (["answer", "--answers", answers.path, "--format", "json"], ""),
      (["answer", "--fact", "payment.demanded", "--format", "markdown"], ""),
      (["--plain", "--lang", "de"], "1\n2\n1\n4\n2\n2\n"),
      (["lint"], ""), (["paths", "--format", "json"], ""), (["graph"], ""),
    ] {
      let log = NSTemporaryDirectory() + "strace-\(UUID().uuidString)"
      let run = try Binary.run(
        Self.calls.split(separator: " ").map(String.init) + ["-o", log, Binary.path] + arguments, stdin: stdin,
        executable: strace)
      #expect(run.status == 0, "\(arguments): \(run.stderr)")
      let found = try Self.violations(log)
      #expect(found.isEmpty, "\(arguments): \(found)")
    }
  }

  /// A crash must not leave the answers in a core file: before its first
  /// read of input, every run sets the core limit to zero and makes itself
  /// non-dumpable (the kiosk, the check, scripted answers and lint alike
  /// start in the same place).
  @Test(.needs(.strace), .notUnderSanitizer)
  func everyRunForbidsCoreDumpsBeforeReadingInput() throws {
    let strace = try Tool.strace.require()
    for arguments in [["answer", "--answers", "-", "--partial"], ["kiosk", "check"], ["lint"]] {
      let log = NSTemporaryDirectory() + "strace-\(UUID().uuidString)"
      _ = try Binary.run(
        ["-e", "trace=prctl,prlimit64,setrlimit,read", "-o", log, Binary.path] + arguments, stdin: "who: me\n",
        executable: strace)
      let calls = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
      let dumpable = calls.firstIndex { ($0.contains("prctl(PR_SET_DUMPABLE, SUID_DUMP_DISABLE)") || $0.contains("prctl(PR_SET_DUMPABLE, 0")) && $0.hasSuffix("= 0") }
      let limit = calls.firstIndex { $0.contains("RLIMIT_CORE, {rlim_cur=0, rlim_max=0}") && $0.hasSuffix("= 0") }
      let firstInput = calls.firstIndex { $0.hasPrefix("read(0,") } ?? calls.count
      #expect(dumpable.map { $0 < firstInput } == true, "\(arguments): \(calls.prefix(8))")
      #expect(limit.map { $0 < firstInput } == true, "\(arguments): \(calls.prefix(8))")
    }
  }

  /// The same, seen from outside while the program waits for input.
  @Test func aWaitingRunHasNoCoreLimit() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Binary.path)
    process.arguments = ["answer", "--answers", "-"]
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer { try? input.fileHandleForWriting.close(); process.waitUntilExit() }
    // The limit is set at start: poll (a hang watchdog of 60 s, not a
    // speed limit) until the program has started.
    var values: [Substring] = []
    for _ in 0..<600 where values != ["0", "0"] {
      let limits = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/limits", encoding: .utf8)) ?? ""
      let line = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") }
      values = Array(line?.split(separator: " ").dropFirst(4).prefix(2) ?? [])
      if values != ["0", "0"] { usleep(100_000) }
    }
    #expect(values == ["0", "0"], "soft and hard core limit")
  }

  @Test(.enabled(if: TerminalTests.enabled), .needs(.strace), .notUnderSanitizer)
  func interactiveSessionWritesOnlyTheHandoutTheUserSaves() throws {
    let strace = try Tool.strace.require()
    let dir = NSTemporaryDirectory() + "privacy-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let log = dir + "/strace.log"
    let tmux = try Tmux("sh -c 'cd \(dir) && \(strace) \(Self.calls) -o \(log) \(Binary.path) --lang en --region DE'")
    try tmux.wait(for: "I need help now")
    for key in ["Enter", "1", "Enter", "2", "Enter", "1", "Enter", "2", "Enter", "1", "Enter", "1", "Enter", "1", "Enter", "4", "Enter", "t", "Left", "F2", "Left", "s"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    try tmux.wait(for: "Careful: the file shows")
    try tmux.send("Enter")
    try tmux.wait(for: "Saved: chatcheck-next-steps.txt")
    try tmux.send("q")
    try tmux.send("y")
    // The pane ends after strace, which has then written its whole log.
    try #require(try tmux.waitForExit() != nil, "the session ended")
    let found = try Self.violations(log, allowed: "chatcheck-next-steps.txt")
    #expect(found.isEmpty, "\(found)")
    let trace = try String(contentsOfFile: log, encoding: .utf8)
    #expect(trace.contains("chatcheck-next-steps.txt"), "the export itself is traced")
  }
}
