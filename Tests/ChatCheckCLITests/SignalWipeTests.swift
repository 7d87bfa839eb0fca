import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Nothing of a visitor survives a signal, a crash or stopped output
/// (security review N1, N2, N20): every way the program can end or stall
/// wipes the screen and the scrollback first.
@Suite("Every way out wipes the screen", .enabled(if: TerminalTests.enabled), .serialized)
struct SignalWipeTests {
  let binary = Binary.path

  /// `command` in a pane through a shell that writes its exit status to a
  /// file (tmux sometimes leaves a quick child unreaped, without a status).
  func recorded(_ command: String, environment: [String: String] = [:]) throws -> (Tmux, String) {
    let file = NSTemporaryDirectory() + "status-\(UUID().uuidString)"
    return (try Tmux(Tmux.withStty(command, file: file), environment: environment), file)
  }

  /// The exit status the shell wrote, waiting up to 8 s.
  func status(_ file: String) -> Int? {
    for _ in 0..<160 {
      if let text = try? String(contentsOfFile: file, encoding: .utf8), let line = text.split(separator: "\n").first,
        line.hasPrefix("exit=")
      {
        return Int(line.dropFirst(5))
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return nil
  }

  /// The whole pane, with its scrollback.
  func everything(_ tmux: Tmux) throws -> String {
    try tmux.run(["capture-pane", "-t", tmux.session, "-p", "-S", "-"])
  }

  /// Ctrl-\ and Ctrl-Z in the full-screen check on a console without an
  /// alternate screen: the question is gone from the screen and the
  /// scrollback; after Ctrl-Z, `fg` brings the check back.
  @Test(arguments: ["C-\\", "C-z"])
  func jobControlKeysWipeTheCheck(key: String) throws {
    let tmux = try Tmux("bash --norc --noprofile -i", environment: ["PS1": "$ "])
    try tmux.send("TERM=linux \(binary) --lang en --region GB", literal: true)
    try tmux.send("Enter")
    try tmux.wait(for: "I need help now")
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing this check for?")
    try tmux.send(key)
    // The shell is back (the job stopped, or ended with SIGQUIT's 131):
    // everything the program wrote is on screen by now.
    if key == "C-z" {
      try tmux.wait(for: "Stopped")
    } else {
      try shellStatus(131, tmux)
    }
    #expect(!(try everything(tmux)).contains("Who are you doing this check for?"))
    if key == "C-z" {
      try tmux.send("fg", literal: true)
      try tmux.send("Enter")
      try tmux.wait(for: "Who are you doing this check for?")
      try tmux.send("F12")
      try shellStatus(0, tmux)
    }
  }

  /// Asks the pane's shell for the last exit status and waits for it.
  func shellStatus(_ status: Int, _ tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
    // Typed before the shell's prompt, a key can fall into the program's
    // last flush of its input: wait for the prompt first.
    try tmux.wait(until: "the shell's prompt is back", sourceLocation: sourceLocation) { screen in
      screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "$" }
    }
    try tmux.send("echo status=$?", literal: true)
    try tmux.send("Enter")
    try tmux.wait(for: "status=\(status)", sourceLocation: sourceLocation)
  }

  /// Every signal that ends the kiosk, including a crash's, the real-time
  /// ones (34–64) and the C library's own (32, 33), wipes it: the question is neither on
  /// screen nor in the scrollback afterwards. (SIGALRM is the kiosk's own
  /// timer that restarts stopped output.)
  @Test(arguments: [SIGUSR1, SIGUSR2, SIGVTALRM, SIGPROF, SIGXCPU, SIGPWR, SIGTERM, SIGSEGV, SIGABRT, SIGBUS, 32, 33, 34, 40, 64])
  func everyEndingSignalWipesTheKiosk(signal: Int32) throws {
    let tmux = try Tmux("\(binary) kiosk --lang de --region DE", environment: ["TERM": "linux"])
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
    let pid = try tmux.panePID()
    #expect(kill(pid, signal) == 0)
    guard try tmux.waitForExit(timeout: 12) != nil else {
      // The C library handles its own signals 32 and 33 (once a process
      // has forked) and the kiosk goes on: nothing to wipe, and it still
      // works.
      #expect(signal == 32 || signal == 33, "signal \(signal) ends the kiosk")
      try tmux.send("F12")
      try tmux.wait(for: "Jemand erpresst dich")
      return
    }
    // SIGKILL is wiped by the guard process, a moment after the end.
    var history = try everything(tmux)
    for _ in 0..<60 where history.contains("Für wen machst du diesen Check?") {
      Thread.sleep(forTimeInterval: 0.05)
      history = try everything(tmux)
    }
    #expect(!history.contains("Für wen machst du diesen Check?"), "signal \(signal)")
  }

  /// SIGKILL cannot be caught: the guard process wipes the screen. (A shell
  /// keeps the pane open, as a console stays after its program.)
  @Test func aKilledKioskIsWipedByItsGuard() throws {
    let tmux = try Tmux("sh -c '\(binary) kiosk --lang de --region DE; sleep 5'", environment: ["TERM": "linux"])
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
    let shell = try tmux.panePID()
    let found = try Spawn.output(["/usr/bin/pgrep", "-P", String(shell)]).trimmingCharacters(in: .whitespacesAndNewlines)
    let pid = try #require(Int32(found.split(separator: "\n").first ?? ""), "the kiosk under the shell: \(found)")
    #expect(kill(pid, SIGKILL) == 0)
    try tmux.waitUntilGone("Für wen machst du diesen Check?", timeout: 30)
    #expect(!(try everything(tmux)).contains("Für wen machst du diesen Check?"))
  }

  /// Output stopped on the kiosk's terminal (Scroll Lock, Ctrl-S, tcflow)
  /// cannot keep a visitor's screen past the idle wipe.
  @Test func stoppedOutputCannotKeepAVisitorsScreen() throws {
    let tmux = try Tmux("\(binary) kiosk --lang de --region DE --idle-timeout 1 --countdown 1", environment: ["TERM": "linux"])
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
    let tty = try tmux.run(["display-message", "-p", "-t", tmux.session, "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    let fd = open(tty, O_RDWR | O_NOCTTY)
    try #require(fd >= 0, "\(tty)")
    defer { close(fd) }
    #expect(tcflow(fd, TCOOFF) == 0)
    try tmux.waitUntilGone("Für wen machst du diesen Check?", timeout: 30)
    try tmux.wait(for: "Jemand erpresst dich", timeout: 30)
  }

  /// A save beyond a file-size limit (`ulimit -f`) fails like a full disk:
  /// no partial file, no death by SIGXFSZ, and the check goes on (N10).
  @Test func aFileSizeLimitFailsTheSaveCleanly() throws {
    let dir = NSTemporaryDirectory() + "limit-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let (tmux, file) = try recorded("cd \(dir) && \(binary) --lang en --region DE")
    try tmux.wait(for: "Someone is blackmailing you")
    // The limit is set on the running program (as `ulimit -f 0` would set
    // it before): what is tested is the save, not the start.
    let found = try Spawn.output(["/usr/bin/pgrep", "-P", String(try tmux.panePID())])
    let pid = try #require(Int32(found.split(separator: "\n").first ?? ""), "the check under the shell: \(found)")
    _ = try Spawn.output(["/usr/bin/prlimit", "--pid", String(pid), "--fsize=0:0"])
    let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
    #expect(limits.split(separator: "\n").contains { $0.hasPrefix("Max file size") && $0.contains(" 0 ") }, "\(limits)")
    try tmux.send("Enter")
    for key in ["1", "Enter", "2", "Enter", "1", "Enter", "4", "Enter", "2", "Enter", "2", "Enter"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    try tmux.wait(for: "Your next steps")
    try tmux.send("s")
    try tmux.wait(for: "Careful: the file shows what this is about.")
    try tmux.send("Enter")
    try tmux.wait(for: "Not saved: the disk is full.")
    #expect(try tmux.exitStatus() == nil, "still running")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty, "no partial file")
    try tmux.send("F12")
    #expect(status(file) == 0)
  }

  /// A normal quit (q then y, or Ctrl-C) on a terminal without an
  /// alternate screen leaves no result line in the scrollback (N11).
  @Test(arguments: [["q", "y"], ["C-c"]])
  func aNormalQuitLeavesNothingInTheScrollback(keys: [String]) throws {
    let tmux = try Tmux("bash --norc --noprofile -i", environment: ["PS1": "$ "])
    try tmux.send("TERM=linux \(binary) --lang en --region DE", literal: true)
    try tmux.send("Enter")
    try tmux.wait(for: "I need help now")
    try tmux.send("Enter")
    for key in ["1", "Enter", "2", "Enter", "1", "Enter", "4", "Enter", "2", "Enter", "2", "Enter"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    try tmux.wait(for: "Your next steps")
    for key in ["j", "j", "j", "j", "j", "j", "Space", "Space"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    for key in keys { try tmux.send(key) }
    try tmux.waitUntilGone("Your next steps")
    try tmux.send("echo done", literal: true)
    try tmux.send("Enter")
    try tmux.wait(for: "done")
    let history = try everything(tmux)
    #expect(!history.contains("Your next steps") && !history.contains("bluff"), "\(history)")
  }

  /// A huge terminal size set on the tty (not only in LINES/COLUMNS) is
  /// clamped before curses sees it: no crash at 32,768 rows, no gigabytes
  /// at 10,000 x 10,000, and the kiosk keeps working (N8).
  @Test func hugeTerminalSizesAreClampedBeforeCursesSeesThem() throws {
    let tmux = try Tmux("\(binary) kiosk --lang de --region DE", environment: ["TERM": "linux"])
    try tmux.send("Enter")
    var screen = try tmux.wait(until: "the question is drawn") { $0.contains("Für wen machst du diesen Check?") && $0.contains("[ Weiter ]") }
    let pid = try tmux.panePID()
    let tty = try tmux.run(["display-message", "-p", "-t", tmux.session, "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    let fd = open(tty, O_RDWR | O_NOCTTY)
    try #require(fd >= 0, "\(tty)")
    defer { close(fd) }
    for (rows, columns) in [(32768, 80), (65535, 1), (1, 65535), (10000, 10000)] as [(UInt16, UInt16)] {
      var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
      #expect(ioctl(fd, UInt(TIOCSWINSZ), &size) == 0)
      kill(pid, SIGWINCH)
      // Each size draws differently in the 80×24 pane: the redraw shows
      // the program took the new size.
      screen = try tmux.waitForChange(from: screen)
      #expect(try tmux.exitStatus() == nil, "\(rows)x\(columns): still running")
    }
    let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
    let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
      .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
    #expect(peak > 0 && peak < 400_000, "peak memory \(peak) kB")
    var normal = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(fd, UInt(TIOCSWINSZ), &normal)
    try tmux.send("F12")
    try tmux.wait(for: "Jemand erpresst dich")
  }

  /// F12 quits on every terminal, including ones whose description has no
  /// F12 (vt100, vt102, ansi, vt52), in the check and in the kiosk (N3).
  @Test(arguments: ["vt100", "vt102", "ansi", "linux", "xterm", "screen", "tmux-256color"])
  func f12QuitsOnEveryTerminal(term: String) throws {
    let (check, file) = try recorded("\(binary) --lang en --region DE", environment: ["TERM": term])
    try check.wait(for: "I need help now")
    try check.send("Enter")
    try check.wait(for: "Who are you doing this check for?")
    try check.send("F12")
    #expect(status(file) == 0, "TERM=\(term)")
    let kiosk = try Tmux("\(binary) kiosk --lang en --region DE", environment: ["TERM": term])
    try kiosk.wait(for: "I need help now")
    try kiosk.send("Enter")
    try kiosk.wait(for: "Who are you doing this check for?")
    try kiosk.send("F12")
    try kiosk.waitUntilGone("Who are you doing this check for?")
    try kiosk.wait(for: "I need help now")
  }

  /// The kiosk reads only the system's terminal descriptions: a planted
  /// entry in TERMINFO, TERMINFO_DIRS or ~/.terminfo (here a FIFO, which
  /// would hang the start) is never opened (N17).
  @Test func theKioskTrustsNoTerminfoFromItsEnvironment() throws {
    let root = NSTemporaryDirectory() + "terminfo-\(UUID().uuidString)"
    for folder in ["/x", "/home/.terminfo/x"] {
      try FileManager.default.createDirectory(atPath: root + folder, withIntermediateDirectories: true)
      #expect(mkfifo(root + folder + "/xterm-256color", 0o600) == 0)
    }
    let tmux = try Tmux(
      "\(binary) kiosk --lang en --region DE",
      environment: ["TERM": "xterm-256color", "TERMINFO": root, "TERMINFO_DIRS": root, "HOME": root + "/home"])
    try tmux.wait(for: "I need help now")
    try tmux.send("F12")
    try tmux.wait(for: "I need help now")
  }
}
