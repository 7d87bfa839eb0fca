import Foundation
import Testing

/// Kiosk mode on a real terminal (issue 5).
@Suite("Kiosk in tmux", .enabled(if: TerminalTests.enabled), .serialized)
struct KioskTmuxTests {
  let binary = Binary.path

  /// A PIN file for `pin`, written by `chatcheck kiosk set-pin`.
  func pinFile(_ pin: String) throws -> String {
    let path = NSTemporaryDirectory() + "pin-\(UUID().uuidString)"
    let run = try Binary.run(["kiosk", "set-pin", "--staff-pin-file", path], stdin: pin + "\n")
    #expect(run.status == 0, "\(run.stderr)")
    let stored = try String(contentsOfFile: path, encoding: .utf8)
    #expect(stored.hasPrefix("$y$") && !stored.contains(pin))
    return path
  }

  /// chatcheck kiosk, then its exit status and `stty -a` into `file`.
  func kiosk(_ arguments: String, file: String) -> String {
    Tmux.withStty("\(binary) kiosk --lang de --region DE \(arguments)", file: file)
  }

  @Test func controlKeysLeaveTheKioskAliveAndTheScreenIntact() throws {
    let file = NSTemporaryDirectory() + "kiosk-\(UUID().uuidString)"
    let tmux = try Tmux(kiosk("", file: file))
    try tmux.send("Enter")
    let before = try tmux.wait(until: "the question is drawn") { $0.contains("> 1. Für mich selbst") && $0.contains("F12/Esc Esc schnell weg") }
    try tmux.send("C-c")
    try tmux.send("C-z")
    try tmux.send("C-\\")
    try tmux.send("q")
    // Down, sent last, moves the cursor: once that shows, the keys before
    // it have been read, and they changed nothing else.
    try tmux.send("Down")
    let moved = before.replacingOccurrences(of: " > 1. Für mich selbst", with: "   1. Für mich selbst")
      .replacingOccurrences(of: "   2. Für mein Kind", with: " > 2. Für mein Kind")
    try tmux.wait(until: "only the cursor moved") { $0 == moved }
    #expect(try tmux.exitStatus() == nil, "still running")
  }

  @Test func idleTimeoutWipesAndReturnsToWelcome() throws {
    let file = NSTemporaryDirectory() + "kiosk-\(UUID().uuidString)"
    let tmux = try Tmux(kiosk("--idle-timeout 1 --countdown 1", file: file))
    try tmux.send("Enter")
    try tmux.send("1")
    try tmux.send("Enter")
    try tmux.wait(for: "Bist du unter 18?")
    try tmux.wait(for: "Bist du noch da?", timeout: 30)
    try tmux.wait(for: "Jemand erpresst dich", timeout: 30)
    // The old answers are gone: starting again asks the first question.
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
    try tmux.send("F2")
    // Down after F2 moves the cursor on the question only if F2 opened
    // nothing.
    try tmux.send("Down")
    let screen = try tmux.wait(for: "> 2. Für mein Kind")
    #expect(!screen.contains("Deine Antworten"), "no answers to review")
  }

  @Test func anyKeyDuringTheCountdownKeepsTheAnswers() throws {
    let file = NSTemporaryDirectory() + "kiosk-\(UUID().uuidString)"
    let tmux = try Tmux(kiosk("--idle-timeout 1 --countdown 4", file: file))
    try tmux.send("Enter")
    try tmux.send("1")
    try tmux.send("Enter")
    try tmux.wait(for: "Bist du noch da?", timeout: 30)
    try tmux.send("Space")
    try tmux.waitUntilGone("Bist du noch da?")
    #expect((try tmux.screen()).contains("Bist du unter 18?"))
  }

  @Test func quickExitWipesScreenAndScrollbackAndKeepsTheKioskRunning() throws {
    let file = NSTemporaryDirectory() + "kiosk-\(UUID().uuidString)"
    let tmux = try Tmux(kiosk("", file: file))
    try tmux.send("Enter")
    try tmux.send("1")
    try tmux.send("Enter")
    try tmux.wait(for: "Bist du unter 18?")
    try tmux.send("F12")
    try tmux.wait(for: "Jemand erpresst dich")
    #expect(try tmux.exitStatus() == nil)
    let history = try tmux.run(["capture-pane", "-t", tmux.session, "-p", "-S", "-200"])
    #expect(!history.contains("Bist du unter 18"), "no trace of the visitor")
  }

  @Test func wrongPINIsRefusedAndTheRightOneExits() throws {
    let pin = try pinFile("2468")
    let file = NSTemporaryDirectory() + "kiosk-\(UUID().uuidString)"
    let tmux = try Tmux(kiosk("--staff-pin-file \(pin)", file: file))
    try tmux.wait(for: "Jemand erpresst dich")
    try tmux.send("C-x")
    try tmux.wait(for: "Nur für Mitarbeitende")
    try tmux.send("1", "1", "1", "1", "Enter")
    try tmux.wait(for: "Falsche PIN", timeout: 30)
    #expect(try tmux.exitStatus() == nil)
    #expect(!(try tmux.screen()).contains("1111"))
    // Wait out the one-second back-off (its message goes), then the
    // right PIN.
    try tmux.waitUntilGone("Bitte warte noch")
    try tmux.send("2", "4", "6", "8", "Enter")
    let status = try tmux.waitForExit(timeout: 30)
    #expect(status != nil)
    let stty = try String(contentsOfFile: file, encoding: .utf8)
    #expect(stty.hasPrefix("exit=0"))
    #expect(!stty.contains("-icanon") && !stty.contains("-isig") && stty.contains("isig"))
  }

  @Test(arguments: ["TERM", "HUP"])
  func signalsRestoreTheTerminalAndExitZero(signal: String) throws {
    let file = NSTemporaryDirectory() + "kiosk-\(UUID().uuidString)"
    let tmux = try Tmux(kiosk("", file: file))
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
    _ = try Spawn.output(["/usr/bin/pkill", "-\(signal)", "-P", String(try tmux.panePID()), "chatcheck"])
    _ = try tmux.waitForExit()
    let stty = try String(contentsOfFile: file, encoding: .utf8)
    #expect(stty.hasPrefix("exit=0"))
    #expect(!stty.contains("-icanon") && !stty.contains("-echo ") && !stty.contains("-isig"))
    #expect(!(try tmux.screen()).contains("Für wen"), "the screen is wiped")
  }

  @Test func localContactIsShownFirst() throws {
    let local = try Binary.temporaryFile("name: Beratungsstelle Süd\nphone: '0711 123456'\nhours: Mo–Fr 9–17 Uhr\n", name: "local.yaml")
    let file = NSTemporaryDirectory() + "kiosk-\(UUID().uuidString)"
    let tmux = try Tmux(kiosk("--local \(local.path)", file: file))
    try tmux.wait(for: "Beratungsstelle Süd · 0711 123456 · Mo–Fr 9–17 Uhr")
  }

  @Test func badKioskInputIsReportedWithCodes() throws {
    let notPIN = try Binary.temporaryFile("1234\n", name: "pin")
    chmod(notPIN.path, 0o600)
    let bad = try Binary.run(["kiosk", "--staff-pin-file", notPIN.path])
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("not a PIN file"))
    let missing = try Binary.run(["kiosk", "--local", "/nonexistent.yaml"])
    #expect(missing.status == 66)
    let noTerminal = try Binary.run(["kiosk"])
    #expect(noTerminal.status == 64)
    #expect(noTerminal.stderr.contains("kiosk mode needs a terminal"))
    let shortPIN = try Binary.run(["kiosk", "set-pin", "--staff-pin-file", NSTemporaryDirectory() + "p"], stdin: "12\n")
    #expect(shortPIN.status == 64)
    #expect(shortPIN.stderr.contains("4 to 12 digits"))
    let timeout = try Binary.run(["kiosk", "--idle-timeout", "0"])
    #expect(timeout.status == 64)
  }

  /// On a terminal set-pin says what a PIN is before it is typed, and
  /// shows no digit.
  @Test func setPINOnATerminalNamesTheRangeInItsPrompt() throws {
    let path = NSTemporaryDirectory() + "pin-\(UUID().uuidString)"
    let tmux = try Tmux(Tmux.withStty("\(binary) kiosk set-pin --staff-pin-file \(path)", file: path + ".status"))
    try tmux.wait(for: "PIN (4 to 12 digits):")
    // A PIN too short is asked again on a terminal, not ended with.
    try tmux.send("12", literal: true)
    try tmux.send("Enter")
    try tmux.wait(for: "A PIN is 4 to 12 digits. PIN:")
    try tmux.send("2468", literal: true)
    try tmux.send("Enter")
    try tmux.wait(for: "PIN again:")
    try tmux.send("2468", literal: true)
    try tmux.send("Enter")
    let screen = try tmux.wait(for: "PIN hash written to")
    #expect(!screen.contains("2468"))
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("$y$"))
  }

  /// Before a PIN is typed, set-pin checks that its folder takes a file.
  @Test func setPINIntoAMissingFolderStopsBeforeAskingForThePIN() throws {
    let folder = NSTemporaryDirectory() + "missing-\(UUID().uuidString)"
    let run = try Binary.run(["kiosk", "set-pin", "--staff-pin-file", folder + "/staff-pin"], stdin: "")
    #expect(run.status == 66, "\(run.stderr)")
    #expect(run.stderr.contains(folder) && run.stderr.contains("no such file or folder") && run.stderr.contains("nothing was written"))
  }

  @Test func pinFilesAreWrittenPrivateAndRefusedWhenOthersCanWriteThem() throws {
    let path = try pinFile("2468")
    let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    #expect(mode == 0o600)
    // set-pin again replaces the hash and keeps the mode.
    _ = try Binary.run(["kiosk", "set-pin", "--staff-pin-file", path], stdin: "1357\n")
    #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: path)
    let open = try Binary.run(["kiosk", "--staff-pin-file", path])
    #expect(open.status == 65)
    #expect(open.stderr.contains("others than its owner may write it (mode 666)"), "\(open.stderr)")
    // A PIN from mkpasswd (yescrypt) is read as well, CRLF and all.
    let crlf = try Binary.temporaryFile("$y$jTT$eUu6x2GKtjdAoqZvzl//I/$iCgGF1kQ/.got5ITm0J6dO4Vgf0.zBcTY5ddPgMFyL6\r\n", name: "pin")
    chmod(crlf.path, 0o600)
    let costly = try Binary.run(["kiosk", "--staff-pin-file", crlf.path])
    #expect(costly.status == 65)
    #expect(costly.stderr.contains("cost is outside the sane range"))
    let folder = try Binary.run(["kiosk", "set-pin", "--staff-pin-file", NSTemporaryDirectory()], stdin: "2468\n")
    #expect(folder.status == 66)
    #expect(folder.stderr.contains("is a folder, not a file"))
  }

  /// The PIN file's policy (security review N13): only its owner may read
  /// it, it belongs to root or the kiosk's user, and no folder above it
  /// may be changed by others without the sticky bit.
  @Test func thePINFilePolicyClosesTheGaps() throws {
    let readable = try pinFile("2468")
    chmod(readable, 0o644)
    let read = try Binary.run(["kiosk", "check", "--staff-pin-file", readable])
    #expect(read.status == 65)
    #expect(read.stderr.contains("others than its owner may read it (mode 644)"), "\(read.stderr)")
    let open = NSTemporaryDirectory() + "open-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: open, withIntermediateDirectories: true)
    chmod(open, 0o777)
    let inOpenFolder = open + "/pin"
    try FileManager.default.copyItem(atPath: try pinFile("2468"), toPath: inOpenFolder)
    chmod(inOpenFolder, 0o600)
    let folder = try Binary.run(["kiosk", "check", "--staff-pin-file", inOpenFolder])
    #expect(folder.status == 65)
    #expect(folder.stderr.contains("may be changed by others (and has no sticky bit)"), "\(folder.stderr)")
    if geteuid() == 0 {
      let foreign = try pinFile("2468")
      chown(foreign, 65534, 65534)
      let owner = try Binary.run(["kiosk", "check", "--staff-pin-file", foreign])
      #expect(owner.status == 65)
      #expect(owner.stderr.contains("belongs to user 65534"), "\(owner.stderr)")
    }
    // 'kiosk check' validates a kiosk's files and exits.
    let local = try Binary.temporaryFile("name: Beratung Süd\nphone: '0711 1'\n", name: "local.yaml")
    let good = try Binary.run(["kiosk", "check", "--staff-pin-file", try pinFile("2468"), "--local", local.path])
    #expect(good.status == 0, "\(good.stderr)")
    #expect(good.stdout.hasPrefix("ok: PIN file ") && good.stdout.contains("local contact Beratung Süd · 0711 1"))
    #expect(try Binary.run(["kiosk", "check", "--local", "/nonexistent.yaml"]).status == 66)
    #expect(try Binary.run(["kiosk", "check"]).status == 64)
  }

  /// Wrong PINs are counted in the runtime folder, so a restarted kiosk
  /// still waits their back-off (security review N12).
  @Test func theBackoffSurvivesARestart() throws {
    let pin = try pinFile("2468")
    let runtime = NSTemporaryDirectory() + "runtime-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: runtime, withIntermediateDirectories: true)
    let first = try Tmux("\(binary) kiosk --lang de --region DE --staff-pin-file \(pin)", environment: ["RUNTIME_DIRECTORY": runtime])
    try first.wait(for: "Jemand erpresst dich")
    try first.send("C-x")
    try first.wait(for: "Nur für Mitarbeitende")
    for key in ["1", "1", "1", "1", "Enter"] { try first.send(key) }
    try first.wait(for: "Falsche PIN")
    #expect(try String(contentsOfFile: runtime + "/pin-failures", encoding: .utf8) == "1\n")
    try first.waitUntilGone("Bitte warte noch")
    for key in ["9", "9", "9", "9", "Enter"] { try first.send(key) }
    try first.wait(for: "Bitte warte noch 2 s")
    #expect(try String(contentsOfFile: runtime + "/pin-failures", encoding: .utf8) == "2\n")
    kill(try first.panePID(), SIGTERM)
    _ = try first.waitForExit()
    // The restart: the right PIN at once is still refused (locked 2 s).
    let second = try Tmux("\(binary) kiosk --lang de --region DE --staff-pin-file \(pin)", environment: ["RUNTIME_DIRECTORY": runtime])
    let welcome = try second.wait(until: "the welcome is drawn") { $0.contains("Jemand erpresst dich") && $0.contains("F12/Esc Esc schnell weg") }
    try second.send("C-x")
    try second.wait(for: "Bitte warte noch")
    // Esc, sent after the PIN, closes the box: once the welcome screen is
    // back, the PIN was read, and it did not end the kiosk.
    for key in ["2", "4", "6", "8", "Enter", "Escape"] { try second.send(key) }
    try second.wait(until: "the PIN box is closed") { $0 == welcome }
    #expect(try second.exitStatus() == nil, "locked after the restart")
    try second.send("C-x")
    try second.wait(for: "Nur für Mitarbeitende")
    try second.waitUntilGone("Bitte warte noch")
    for key in ["2", "4", "6", "8", "Enter"] { try second.send(key) }
    #expect(try second.waitForExit() != nil)
    #expect(try String(contentsOfFile: runtime + "/pin-failures", encoding: .utf8) == "0\n", "the right PIN resets the count")
  }

  /// set-pin replaces only nothing or a PIN file (security review N14):
  /// a typo under sudo must not destroy another file.
  @Test func setPINReplacesOnlyAPINFile() throws {
    let folder = NSTemporaryDirectory() + "pins-\(UUID().uuidString)/"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let other = folder + "passwd-copy"
    try "root:x:0:0:root:/root:/bin/bash\n".write(toFile: other, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: folder + "link", withDestinationPath: other)
    #expect(mkfifo(folder + "fifo", 0o600) == 0)
    for (name, message) in [
      ("passwd-copy", "holds something other than a PIN hash; nothing was written"),
      ("link", "is a symbolic link"), ("fifo", "is a FIFO"), ("../../../dev/null", "is a device"),
    ] {
      let run = try Binary.run(["kiosk", "set-pin", "--staff-pin-file", folder + name], stdin: "2468\n")
      #expect(run.status == 66, "\(name)")
      #expect(run.stderr.contains(message), "\(name): \(run.stderr)")
    }
    #expect(try String(contentsOfFile: other, encoding: .utf8).hasPrefix("root:"), "untouched")
    // --force replaces a regular file, never a link or a FIFO.
    let forced = try Binary.run(["kiosk", "set-pin", "--force", "--staff-pin-file", other], stdin: "2468\n")
    #expect(forced.status == 0)
    #expect(try String(contentsOfFile: other, encoding: .utf8).hasPrefix("$y$"))
    #expect(try Binary.run(["kiosk", "set-pin", "--force", "--staff-pin-file", folder + "fifo"], stdin: "2468\n").status == 66)
    // A PIN file is replaced without --force.
    #expect(try Binary.run(["kiosk", "set-pin", "--staff-pin-file", other], stdin: "1357\n").status == 0)
  }
}

/// Privacy: a whole kiosk visit opens no file for writing and no socket.
@Suite("Kiosk privacy under strace", .enabled(if: TerminalTests.enabled))
struct KioskPrivacyTests {
  @Test(.needs(.strace), .notUnderSanitizer)
  func aWholeVisitWritesNothingAndOpensNoSocket() throws {
    let strace = try Tool.strace.require()
    let pin = NSTemporaryDirectory() + "pin-\(UUID().uuidString)"
    _ = try Binary.run(["kiosk", "set-pin", "--staff-pin-file", pin], stdin: "2468\n")
    let log = NSTemporaryDirectory() + "strace-\(UUID().uuidString)"
    let tmux = try Tmux("\(strace) -f -e trace=open,openat,openat2,creat,socket,connect,bind -o \(log) \(Binary.path) kiosk --lang de --region DE --staff-pin-file \(pin)")
    try tmux.wait(for: "Jemand erpresst dich")
    for key in ["Enter", "1", "Enter", "2", "Enter", "1", "Enter", "2", "Enter", "1", "Enter", "1", "Enter", "1", "Enter", "4", "Enter"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    try tmux.wait(for: "Deine nächsten Schritte")
    try tmux.send("t")
    try tmux.wait(for: "Zum Mitnehmen")
    try tmux.send("Left")
    try tmux.send("f")
    try tmux.wait(for: "Fertig?")
    try tmux.send("j")
    try tmux.wait(for: "Jemand erpresst dich")
    try tmux.send("C-x")
    try tmux.send("2", "4", "6", "8", "Enter")
    _ = try tmux.waitForExit(timeout: 20)
    let found = try PrivacyTests.violations(log)
    #expect(found.isEmpty, "\(found)")
    #expect(try String(contentsOfFile: log, encoding: .utf8).contains("openat("), "the trace recorded calls")
  }
}
