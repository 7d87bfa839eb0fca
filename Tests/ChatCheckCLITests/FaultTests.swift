import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 7: terminal faults, closed streams, tiny terminals, random input
/// against the real binary.
@Suite("Faults against the real binary", .enabled(if: TerminalTests.enabled), .serialized)
struct FaultTests {
  let binary = Binary.path

  func withStty(_ arguments: String, file: String) -> String {
    Tmux.withStty("\(binary) \(arguments)", file: file)
  }

  @Test func burstsOfResizesAndSIGWINCH() throws {
    let tmux = try Tmux("\(binary) --lang de", columns: 80, rows: 24)
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
    let pid = try Spawn.output(["/usr/bin/pgrep", "-P", String(try tmux.panePID())]).trimmingCharacters(in: .whitespacesAndNewlines)
    let target = pid.isEmpty ? String(try tmux.panePID()) : pid
    for i in 0..<40 {
      try tmux.resize(columns: [80, 40, 10, 1, 120][i % 5], rows: [24, 12, 3, 1, 40][i % 5])
      _ = try Spawn.output(["/bin/kill", "-WINCH", target])
    }
    try tmux.resize(columns: 80, rows: 24)
    try tmux.wait(for: "Für einen Freund, eine Freundin oder jemanden aus der Familie")
    #expect(try tmux.exitStatus() == nil)
  }

  @Test(arguments: [(1, 1), (10, 3)])
  func tinyTerminalsStartAndQuickExitCleanly(columns: Int, rows: Int) throws {
    let file = NSTemporaryDirectory() + "tiny-\(UUID().uuidString)"
    let tmux = try Tmux(withStty("--lang en", file: file), columns: columns, rows: rows)
    // Nothing readable fits on 1×1; the terminal in raw mode shows the
    // program has started its screen.
    try tmux.wait(forMode: "-icanon")
    #expect(try tmux.exitStatus() == nil, "running on a \(columns)×\(rows) terminal")
    try tmux.send("Enter", "Down", "1", "?", "x")
    try tmux.send("F12")
    _ = try tmux.waitForExit()
    let stty = try String(contentsOfFile: file, encoding: .utf8)
    #expect(stty.hasPrefix("exit=0"))
    #expect(!stty.contains("-icanon") && !stty.contains("-echo "))
  }

  @Test func aClosedTerminalEndsTheProcessInsteadOfSpinning() throws {
    let tmux = try Tmux("\(binary) --lang en")
    try tmux.wait(for: "I need help now")
    let shell = try tmux.panePID()
    try tmux.run(["kill-session", "-t", tmux.session])
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline && kill(shell, 0) == 0 { Thread.sleep(forTimeInterval: 0.05) }
    #expect(kill(shell, 0) != 0, "chatcheck is gone after the terminal closed")
  }

  @Test func randomKeysAgainstTheKiosk() throws {
    var rng = SystemRandomNumberGenerator()
    let tmux = try Tmux("\(binary) kiosk --lang de --idle-timeout 2 --countdown 1")
    try tmux.wait(for: "Jemand erpresst dich")
    let keys = ["Up", "Down", "Left", "Right", "Enter", "BSpace", "Tab", "Escape", "Space", "PPage", "NPage",
                "F1", "F2", "F3", "F12", "C-c", "C-z", "C-\\", "C-x", "C-d", "q", "1", "2", "3", "9", "?", "t", "f", "ü", "中"]
    for _ in 0..<300 {
      try tmux.send(keys.randomElement(using: &rng)!)
    }
    // Whatever state it is in, F12 brings back a valid welcome screen,
    // and Enter starts the check from there.
    try tmux.send("Escape")
    try tmux.send("F12")
    try tmux.wait(for: "Jemand erpresst dich")
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
    #expect(try tmux.exitStatus() == nil, "the kiosk survives")
  }

  /// A program spinning on a closed stdin would not end in the time limit.
  @Test(.timeLimit(.minutes(2)))
  func closedStdoutAndEmptyStdinGiveDocumentedCodes() throws {
    let closed = try Spawn.status(["/bin/sh", "-c", "\(binary) answer --fact payment.demanded >&-"])
    #expect(closed == 70)
    let plain = try Binary.run(["--plain", "--lang", "en"], stdin: "")
    #expect(plain.status == 65)
    #expect(plain.stderr.contains("The input ended before all questions were answered."))
    let eof = try Binary.run(["--lang", "en"], stdin: "")
    #expect(eof.status == 65)
  }

  @Test func randomAnswersAndFlagsGiveOnlyDocumentedExitCodes() throws {
    var rng = SystemRandomNumberGenerator()
    let words = ["who=me", "who=", "=x", "contact=email_only", "age_self=adult", "feeling_self=danger", "x=y", "who=me,child", "ü=ö"]
    let flags = ["--answer", "--fact", "--format", "--lang", "--region", "--partial", "--answers", "--bogus", "-", "json", "de", "XX", "payment.demanded"]
    for _ in 0..<40 {
      var arguments = ["answer"]
      for _ in 0..<Int.random(in: 0...6, using: &rng) {
        arguments.append(Bool.random(using: &rng) ? flags.randomElement(using: &rng)! : words.randomElement(using: &rng)!)
      }
      let run = try Binary.run(arguments, stdin: "who: [me\n")
      #expect([0, 64, 65, 66].contains(run.status), "\(arguments): \(run.status) \(run.stderr)")
      if run.status != 0 {
        #expect(run.stdout.isEmpty, "\(arguments)")
        #expect(run.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("chatcheck: error: ") }, "\(arguments): \(run.stderr)")
      }
    }
  }
}

extension Spawn {
  /// The exit status of a program.
  static func status(_ arguments: [String]) throws -> Int32 {
    var pid: pid_t = 0
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let status = posix_spawn(&pid, arguments[0], nil, nil, &argv, environ)
    guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
    return (exitStatus >> 8) & 0xFF
  }
}
