import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program with posix_spawn and waits for it with waitpid.
/// Foundation's Process waits until every copy of an internal pipe is
/// closed, which never happens when the program leaves a daemon behind
/// (tmux's server), so it is not used for tmux.
enum Spawn {
  static func output(_ arguments: [String]) throws -> String {
    let path = NSTemporaryDirectory() + "spawn-\(UUID().uuidString)"
    defer { unlink(path) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    // A clean signal mask and default handlers, like a login shell's.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var all = sigset_t()
    sigfillset(&all)
    sigdelset(&all, SIGKILL)
    sigdelset(&all, SIGSTOP)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let status = posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ)
    guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }
}

/// Drives the real binary in a tmux pane: send keys, read the screen.
/// Each session has its own tmux server socket, so tests can run in
/// parallel and never touch a user's tmux.
final class Tmux {
  let socket: String
  let session = "t"

  /// Starts `command` (a shell command line) in a pane of the given size.
  init(
    _ command: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    socket = "chatcheck-\(UUID().uuidString.prefix(8))"
    _ = try Tool.tmux.require(sourceLocation: sourceLocation)
    var env = ["TERM=tmux-256color", "NO_COLOR=", "ESCDELAY=25"]
    // Sanitizer settings of a sanitizer run reach the binary in the pane.
    for key in ["ASAN_OPTIONS", "TSAN_OPTIONS", "LSAN_OPTIONS"] {
      if let value = ProcessInfo.processInfo.environment[key] { env.append("\(key)=\(value)") }
    }
    for (key, value) in environment { env.append("\(key)=\(value)") }
    let line = "env -i PATH=/usr/bin:/bin HOME=/tmp \(env.joined(separator: " ")) \(command)"
    try run(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", String(columns), "-y", String(rows), line])
    try run(["set-option", "-t", session, "remain-on-exit", "on"])
  }

  deinit {
    _ = try? run(["kill-server"])
  }

  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    try Spawn.output(["/usr/bin/env", "tmux", "-L", socket] + arguments)
  }

  /// tmux key names (`Enter`, `Down`, `F12`) or literal text with `literal`.
  func send(_ keys: String..., literal: Bool = false) throws {
    try run(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
  }

  func screen() throws -> String {
    try run(["capture-pane", "-t", session, "-p"])
  }

  /// Waits until the screen contains `text` (or `timeout` passes).
  @discardableResult
  func wait(for text: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try wait(until: "'\(text)' appears", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
  }

  /// Waits until `text` is on screen and returns where it starts (row
  /// and column, from 0), read from the same capture that showed it.
  func place(of text: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation) throws -> (row: Int, column: Int) {
    let lines = try wait(for: text, timeout: timeout, sourceLocation: sourceLocation)
      .split(separator: "\n", omittingEmptySubsequences: false)
    guard let row = lines.firstIndex(where: { $0.contains(text) }), let range = lines[row].range(of: text) else {
      throw TmuxError.notOnScreen(text)
    }
    return (row, lines[row].distance(from: lines[row].startIndex, to: range.lowerBound))
  }

  /// Waits until the screen no longer contains `text`.
  func waitUntilGone(_ text: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try wait(until: "'\(text)' is gone", timeout: timeout, sourceLocation: sourceLocation) { !$0.contains(text) }
  }

  /// Waits until the screen differs from `old`: the program has drawn
  /// again.
  @discardableResult
  func waitForChange(from old: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try settled(wait(until: "the screen changes", timeout: timeout, sourceLocation: sourceLocation) { $0 != old })
  }

  /// A capture can fall in the middle of a frame: the screen as it stays
  /// for a moment after `captured`.
  func settled(_ captured: String) throws -> String {
    var screen = captured
    for _ in 0..<100 {
      Thread.sleep(forTimeInterval: 0.15)
      let again = try self.screen()
      if again == screen { break }
      screen = again
    }
    return screen
  }

  /// Waits until `condition` holds for the screen, and returns that
  /// screen; records an issue with the last screen when `timeout` passes.
  @discardableResult
  func wait(
    until description: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (String) -> Bool
  ) throws -> String {
    try poll(screen, until: description, timeout: timeout, sourceLocation: sourceLocation, condition)
  }

  /// Waits until the pane's terminal modes (`stty -a`, seen from outside)
  /// contain `mode`, such as `-icanon` once a program has set up its screen.
  func wait(forMode mode: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let tty = try run(["display-message", "-p", "-t", session, "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    try poll({ try Spawn.output(["/bin/stty", "-a", "-F", tty]) }, until: "the terminal mode is \(mode)", timeout: timeout,
      sourceLocation: sourceLocation) { modes in
      modes.split(whereSeparator: \.isWhitespace).contains { $0 == mode }
    }
  }

  /// Reads `read` every 50 ms until `condition` holds for it. The timeout
  /// only bounds a wait that has failed: it is generous, so a busy machine
  /// (CI builds beside the tests) is never mistaken for a bug.
  @discardableResult
  private func poll(
    _ read: () throws -> String, until description: String, timeout: Double, sourceLocation: SourceLocation,
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try read()
      if condition(last) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record("waited in vain until \(description); it was:\n\(last)", sourceLocation: sourceLocation)
    return last
  }

  func resize(columns: Int, rows: Int) throws {
    try run(["resize-window", "-t", session, "-x", String(columns), "-y", String(rows)])
  }

  /// The pid of the program in the pane.
  func panePID() throws -> Int32 {
    Int32(try run(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  /// Whether the pane's program has exited, and its status.
  /// A program ended by a signal is 128 + the signal; -1 while tmux has
  /// marked the pane dead but not yet recorded how it ended.
  func exitStatus() throws -> Int? {
    let text = try run(["display-message", "-p", "-t", session, "#{pane_dead} #{pane_dead_status} #{pane_dead_signal}"])
      .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
    guard text.first == "1" else { return nil }
    if text.count > 1, let status = Int(text[1]) { return status }
    if text.count > 2, let signal = Int(text[2]) { return 128 + signal }
    return -1
  }

  /// The exit status, waiting up to `timeout` s; -1 when tmux marked the
  /// pane dead without a status (most callers only wait for the end).
  func waitForExit(timeout: Double = 10) throws -> Int? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let status = try exitStatus(), status != -1 { return status }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return try exitStatus()
  }
}

extension Tmux {
  /// One mouse click (press and release) at a 0-based cell, as X10 mouse
  /// reports: ESC [ M, then the button + 32, the column + 33, the row + 33.
  func click(column: Int, row: Int) throws {
    func report(_ button: UInt8) -> String {
      "\u{1B}[M" + String(UnicodeScalar(button)) + String(UnicodeScalar(UInt8(33 + column))) + String(UnicodeScalar(UInt8(33 + row)))
    }
    try send(report(32) + report(35), literal: true)
  }

  /// A shell line that runs `command`, then writes its exit status and
  /// `stty -a` (the terminal's modes afterwards) to `file`.
  static func withStty(_ command: String, file: String) -> String {
    "sh -c '\(command); echo \"exit=$?\" > \(file); stty -a >> \(file)'"
  }
}

/// tmux tests run where tmux is installed, and always in CI (where a
/// missing tmux fails them).
enum TerminalTests {
  static var enabled: Bool { Tool.tmux.runs }
}

/// What a terminal test could not find.
enum TmuxError: Error, CustomStringConvertible {
  case notOnScreen(String)

  var description: String {
    switch self {
    case .notOnScreen(let text): "'\(text)' is not on the screen"
    }
  }
}
