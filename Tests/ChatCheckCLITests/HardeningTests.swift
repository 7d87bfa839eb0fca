import Foundation
import Testing

/// The adversarial review's findings, one test each (issue 15). Each of
/// these failed on the code the review attacked.
@Suite("Hardening: the review's findings", .serialized)
struct HardeningTests {
  let binary = Binary.path

  func folder() throws -> String {
    let dir = NSTemporaryDirectory() + "harden-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  /// Finding 1: deep nesting in every YAML input is a located 65.
  @Test func deeplyNestedYAMLIsRefusedInEveryInput() throws {
    let dir = try folder()
    let deep = dir + "/d.yaml"
    try (String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)).write(toFile: deep, atomically: true, encoding: .utf8)
    for args in [["answer", "--answers", deep], ["kiosk", "--local", deep], ["learn", "--scenario", "video-call", "--answers", deep]] {
      let run = try Binary.run(args)
      #expect(run.status == 65, "\(args): \(run.stderr)")
      #expect(run.stderr.contains("d.yaml:1:65: YAML syntax: nested deeper than 64 levels"), "\(run.stderr)")
    }
    let content = dir + "/content"
    try FileManager.default.copyItem(atPath: Binary.fixtures.appendingPathComponent("valid").path, toPath: content)
    try FileManager.default.removeItem(atPath: content + "/questions.yaml")
    try FileManager.default.copyItem(atPath: deep, toPath: content + "/questions.yaml")
    let lint = try Binary.run(["lint", "--content", content])
    #expect(lint.status == 65)
    #expect(lint.stderr.contains("questions.yaml:1:65: error: YAML syntax: nested deeper than 64 levels"))
  }

  /// Finding 2: no unbounded reads, no blocking on a FIFO.
  @Test func devicesFIFOsAndHugeFilesAreRefusedQuickly() throws {
    let dir = try folder()
    let fifo = dir + "/fifo.yaml"
    #expect(mkfifo(fifo, 0o600) == 0)
    let huge = dir + "/huge.yaml"
    #expect(FileManager.default.createFile(atPath: huge, contents: nil))
    #expect(truncate(huge, 1 << 30) == 0, "a 1 GB sparse file")
    let started = Date()
    for (args, status, message) in [
      (["answer", "--answers", "/dev/zero"], 66, "is a device, not a file"),
      (["answer", "--answers", fifo], 66, "is a FIFO (named pipe), not a file"),
      (["answer", "--answers", huge], 65, "1073741824 bytes; answers files may have at most 1048576 bytes"),
      (["kiosk", "--staff-pin-file", "/dev/zero"], 66, "is a device, not a file"),
      (["lint", "--content", "/dev/zero"], 66, "is not a folder"),
    ] {
      let run = try Binary.run(args)
      #expect(run.status == Int32(status), "\(args): \(run.stderr)")
      #expect(run.stderr.contains(message), "\(args): \(run.stderr)")
    }
    let content = dir + "/content"
    try FileManager.default.copyItem(atPath: Binary.fixtures.appendingPathComponent("valid").path, toPath: content)
    #expect(mkfifo(content + "/extra.yaml", 0o600) == 0)
    let lint = try Binary.run(["lint", "--content", content])
    #expect(lint.status == 66)
    #expect(lint.stderr.contains("extra.yaml: is a FIFO"))
    let plain = try Spawn.status(["/bin/sh", "-c", "\(binary) --plain < /dev/zero > /dev/null 2>&1"])
    #expect(plain == 65)
    #expect(Date().timeIntervalSince(started) < 20)
  }

  /// Finding 3: symbolic-link loops (and links out) in a content folder.
  @Test func symbolicLinksInAContentFolderAreRefused() throws {
    let content = try folder() + "/content"
    try FileManager.default.copyItem(atPath: Binary.fixtures.appendingPathComponent("valid").path, toPath: content)
    try FileManager.default.createSymbolicLink(atPath: content + "/a", withDestinationPath: ".")
    try FileManager.default.createSymbolicLink(atPath: content + "/b", withDestinationPath: ".")
    let started = Date()
    let lint = try Binary.run(["lint", "--content", content])
    #expect(lint.status == 66)
    #expect(lint.stderr.contains("is a symbolic link; a content folder holds only real files and folders"))
    #expect(Date().timeIntervalSince(started) < 5)
  }

  /// Finding 4: `paths` streams; the first path comes at once.
  @Test func pathsStreamsAndStopsAtTheLimit() throws {
    let started = Date()
    let first = try Binary.run(["paths", "--limit", "1", "--format", "json"])
    #expect(first.status == 0)
    let object = try Binary.json(first.stdout)
    #expect((object["paths"] as? [Any])?.count == 1)
    #expect(Date().timeIntervalSince(started) < 5, "no waiting for the last path")
    let text = try Binary.run(["paths", "--limit", "3"])
    #expect(text.stdout.hasSuffix("first 3 paths (--limit)\n"))
    #expect(try Binary.run(["paths", "--limit", "0"]).status == 64)
  }

  /// Finding 14: a closed stdout never receives a file.
  @Test func aClosedStandardOutputNeverBecomesThePINFile() throws {
    let pin = try folder() + "/pin"
    let status = try Spawn.status(["/bin/sh", "-c", "echo 2468 | \(binary) kiosk set-pin --staff-pin-file \(pin) >&- 2>/dev/null"])
    #expect(status == 70, "it could not say so, so it exits 70")
    let stored = try String(contentsOfFile: pin, encoding: .utf8)
    #expect(stored.hasPrefix("$y$") && !stored.contains("written"), "only the hash: \(stored)")
    #expect(stored.split(separator: "\n").count == 1)
  }

  /// Finding 15: no control sequence from input reaches stderr.
  @Test func errorsNeverCarryControlSequences() throws {
    let dir = try folder()
    let answers = dir + "/a.yaml"
    // YAML escapes in double quotes: ESC ] 52 (clipboard), BEL, CSI, RLO.
    try #""\e]52;c;Y3VybCBldmlsIHwgc2g=\a": me"#.appending("\n").appending(#""\x9B31m\u202E": x"#).appending("\n")
      .write(toFile: answers, atomically: true, encoding: .utf8)
    let run = try Binary.run(["answer", "--answers", answers])
    #expect(run.status == 64)
    #expect(!run.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E || $0.value == 7 })
    #expect(run.stderr.contains("\\u{1B}]52;c;"), "shown, escaped: \(run.stderr)")
    let named = dir + "/evil\nchatcheck: error: forged.yaml"
    try "who: me\n".write(toFile: named, atomically: true, encoding: .utf8)
    let forged = try Binary.run(["answer", "--answers", named, "--fact", "x\u{1B}[2J"])
    #expect(forged.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("chatcheck: error: ") }, "\(forged.stderr)")
    #expect(!forged.stderr.contains("\u{1B}"))
  }

  /// Finding 17: help to a full disk, and languages in every command.
  @Test func helpToAFullDiskAndUnknownLanguagesGiveTheirCodes() throws {
    #expect(try Spawn.status(["/bin/sh", "-c", "\(binary) --help > /dev/full 2>/dev/null"]) == 70)
    #expect(try Spawn.status(["/bin/sh", "-c", "\(binary) --version > /dev/full 2>/dev/null"]) == 70)
    for args in [["--lang", "xx", "lint"], ["lint", "--region", "ZZ"], ["graph", "--lang", "xx"], ["paths", "--region", "ZZ"], ["learn", "--list", "--lang", "xx"]] {
      #expect(try Binary.run(args).status == 64, "\(args)")
    }
  }

  /// Finding 18: a terminal description that cannot be read is said in
  /// ChatCheck's words (and the plain mode takes over).
  @Test func anUnknownTerminalIsReportedInOurWords() throws {
    let run = try Binary.run(["--lang", "en"], stdin: "", environment: ["TERM": "no-such-terminal-\(UUID().uuidString.prefix(4))"])
    #expect(run.stderr.hasPrefix("chatcheck: "))
    #expect(run.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("chatcheck: ") }, "\(run.stderr)")
  }
}

/// Findings 5, 6, 7 and 12 need a real terminal.
@Suite("Hardening in tmux", .enabled(if: TerminalTests.enabled), .serialized)
struct HardeningTmuxTests {
  let binary = Binary.path

  /// Finding 5: Ctrl-S is an ordinary key; quick exit keeps working.
  @Test func ctrlSNeverFreezesTheSession() throws {
    let file = NSTemporaryDirectory() + "ctrl-s-\(UUID().uuidString)"
    let tmux = try Tmux(Tmux.withStty("\(binary) --lang en --region GB", file: file))
    try tmux.wait(for: "I need help now")
    try tmux.send("C-s")
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing this check for?")
    try tmux.send("F12")
    _ = try tmux.waitForExit()
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("exit=0"))
  }

  /// Finding 6 (and 18): huge LINES and COLUMNS are ignored.
  @Test func hugeLinesAndColumnsAreIgnored() throws {
    let tmux = try Tmux("\(binary) --lang en --region GB", environment: ["LINES": "3000", "COLUMNS": "999999999"])
    let screen = try tmux.wait(for: "I need help now")
    #expect(screen.contains("F12 quick exit"), "drawn for the real 80×24:\n\(screen)")
    try tmux.send("F12")
  }

  /// Finding 7: SIGTTOU and SIGTTIN do not stop the kiosk.
  @Test func theKioskIgnoresSIGTTOUAndSIGTTIN() throws {
    let tmux = try Tmux("\(binary) kiosk --lang de --region DE")
    try tmux.wait(for: "Jemand erpresst dich")
    let pid = try tmux.panePID()
    kill(pid, SIGTTOU)
    kill(pid, SIGTTIN)
    Thread.sleep(forTimeInterval: 0.3)
    let state = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8).split(separator: " ")[2]
    #expect(state != "T", "not stopped")
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
    kill(pid, SIGTERM)
  }

  /// Finding 12: without an alternate screen, quitting leaves it blank.
  @Test func quittingOnAConsoleLeavesNothingOnScreen() throws {
    let file = NSTemporaryDirectory() + "console-\(UUID().uuidString)"
    let tmux = try Tmux(Tmux.withStty("TERM=linux \(binary) --lang en --region GB", file: file))
    try tmux.wait(for: "I need help now")
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing this check for?")
    try tmux.send("q")
    try tmux.send("y")
    _ = try tmux.waitForExit()
    let screen = try tmux.screen()
    #expect(!screen.contains("Who are you doing this check for?"), "\(screen)")
  }
}
