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

  /// Finding 2: no unbounded reads, no blocking on a FIFO (a read of
  /// /dev/zero or a FIFO would never end: the time limit catches it).
  @Test(.timeLimit(.minutes(2)))
  func devicesFIFOsAndHugeFilesAreRefusedQuickly() throws {
    let dir = try folder()
    let fifo = dir + "/fifo.yaml"
    #expect(mkfifo(fifo, 0o600) == 0)
    let huge = dir + "/huge.yaml"
    #expect(FileManager.default.createFile(atPath: huge, contents: nil))
    #expect(truncate(huge, 1 << 30) == 0, "a 1 GB sparse file")
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
  }

  /// Finding 3: symbolic-link loops (and links out) in a content folder;
  /// a walk that followed the loop would not end.
  @Test(.timeLimit(.minutes(2)))
  func symbolicLinksInAContentFolderAreRefused() throws {
    let content = try folder() + "/content"
    try FileManager.default.copyItem(atPath: Binary.fixtures.appendingPathComponent("valid").path, toPath: content)
    try FileManager.default.createSymbolicLink(atPath: content + "/a", withDestinationPath: ".")
    try FileManager.default.createSymbolicLink(atPath: content + "/b", withDestinationPath: ".")
    let lint = try Binary.run(["lint", "--content", content])
    #expect(lint.status == 66)
    #expect(lint.stderr.contains("is a symbolic link; a content folder holds only real files and folders"))
  }

  /// Finding 4: `paths` streams and stops at the limit; waiting for the
  /// last of the shipped content's paths would not end in the time limit.
  @Test(.timeLimit(.minutes(2)))
  func pathsStreamsAndStopsAtTheLimit() throws {
    let first = try Binary.run(["paths", "--limit", "1", "--format", "json"])
    #expect(first.status == 0)
    let object = try Binary.json(first.stdout)
    #expect((object["paths"] as? [Any])?.count == 1)
    let text = try Binary.run(["paths", "--limit", "3"])
    #expect(text.stdout.hasSuffix("first 3 paths (--limit)\n"))
    #expect(try Binary.run(["paths", "--limit", "0"]).status == 64)
  }

  /// Finding 14: a closed stdout never receives a file.
  @Test func aClosedStandardOutputNeverBecomesThePINFile() throws {
    let pin = try folder() + "/pin"
    let status = try Spawn.status(["/bin/sh", "-c", "echo 2468 | \(binary) kiosk set-pin --staff-pin-file \(pin) >&- 2>/dev/null"])
    // Second round, N22: the PIN file was written, and the confirmation is
    // a status on stderr, so a closed stdout is no failure.
    #expect(status == 0)
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
    #expect(screen.contains("F12/Esc Esc quick exit"), "drawn for the real 80×24:\n\(screen)")
    try tmux.send("F12")
  }

  /// Finding 7: SIGTTOU and SIGTTIN do not stop the kiosk.
  @Test func theKioskIgnoresSIGTTOUAndSIGTTIN() throws {
    let tmux = try Tmux("\(binary) kiosk --lang de --region DE")
    try tmux.wait(for: "Jemand erpresst dich")
    let pid = try tmux.panePID()
    kill(pid, SIGTTOU)
    kill(pid, SIGTTIN)
    // A stopped kiosk would not answer the Enter sent after the signals.
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
    let state = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8).split(separator: " ")[2]
    #expect(state != "T", "not stopped")
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

/// Second round (December 2026): bounded work for any input.
@Suite("Hardening: bounded work", .serialized)
struct BoundedWorkTests {
  let binary = Binary.path

  func folder() throws -> String { try HardeningTests().folder() }

  /// A copy of the valid fixture content in a new folder.
  func contentCopy() throws -> String {
    let content = try folder() + "/content"
    try FileManager.default.copyItem(atPath: Binary.fixtures.appendingPathComponent("valid").path, toPath: content)
    return content
  }

  /// Second round, N4: no walk over input-sized structures recurses.
  /// Conditions nest at most 64 deep (a located error, never a crash), and
  /// a chain of 30,000 questions is listed with a 1 MB stack.
  @Test func deepConditionsAndLongChainsNeverOverflowTheStack() throws {
    for (label, when) in [
      ("parentheses", String(repeating: "(", count: 50_000) + "images.exist" + String(repeating: ")", count: 50_000)),
      ("not", String(repeating: "not ", count: 100_000) + "images.exist"),
    ] {
      let content = try contentCopy()
      let advice = content + "/advice.yaml"
      let text = try String(contentsOfFile: advice, encoding: .utf8)
        .replacingOccurrences(of: "when: images.exist\n", with: "when: \"\(when)\"\n")
      try text.write(toFile: advice, atomically: true, encoding: .utf8)
      for arguments in [["lint", "--content", content], ["answer", "--content", content, "--fact", "images.exist"]] {
        let run = try Binary.run(arguments)
        #expect(run.status == 65, "\(label) \(arguments[0]): \(run.status)")
        #expect(run.stderr.contains("advice.yaml:") && run.stderr.contains("nested deeper than 64 levels of '(' and 'not'"), "\(label): \(run.stderr.prefix(300))")
      }
    }
    let content = try contentCopy()
    let questions = content + "/questions.yaml"
    var chain = ""
    let count = 30_000
    for i in 0..<count {
      let next = i + 1 < count ? "c\(i + 1)" : "contact"
      chain += "  - {id: c\(i), text: {de: T, en: T}, help: {de: H, en: H}, options: [{id: o, label: {de: L, en: L}, next: \(next)}]}\n"
    }
    let text = try String(contentsOfFile: questions, encoding: .utf8).replacingOccurrences(of: "questions:\n", with: "questions:\n" + chain)
    try text.write(toFile: questions, atomically: true, encoding: .utf8)
    let manifest = content + "/chatcheck.yaml"
    try (try String(contentsOfFile: manifest, encoding: .utf8)).replacingOccurrences(of: "start: contact", with: "start: c0")
      .write(toFile: manifest, atomically: true, encoding: .utf8)
    let small = try Spawn.output(["/bin/sh", "-c", "ulimit -s 1024; \(binary) paths --content \(content) --limit 1 --format json 2>&1; echo status=$?"])
    #expect(small.hasSuffix("status=0\n"), "\(small.suffix(300))")
    #expect(small.contains("{\"question\":\"c29999\",\"option\":\"o\"}"))
  }

  /// N5: aliases cannot amplify (a file stands for at most as many values
  /// as it has bytes), an answer cannot list more options than its
  /// question has, and no input prints more than 200 problems.
  @Test func aliasesAndLongListsCannotAmplify() throws {
    let dir = try folder()
    // The review's 1 MB answers file: 250,000 aliases, repeated 70 times.
    let amplified = dir + "/amp.yaml"
    try ("who: &L [&s zz" + String(repeating: ", *s", count: 250_000) + "]\n" + String(repeating: "who: *L\n", count: 70))
      .write(toFile: amplified, atomically: true, encoding: .utf8)
    let amp = try Binary.run(["answer", "--answers", amplified])
    #expect(amp.status == 65, "\(amp.stderr.prefix(300))")
    #expect(amp.stderr.contains("amp.yaml:") && amp.stderr.contains("counting what aliases stand for"))
    #expect(amp.stderr.split(separator: "\n").count < 5)
    // Without aliases: a list of 100,000 options for one question.
    let long = dir + "/long.yaml"
    try ("who: [" + Array(repeating: "zz", count: 100_000).joined(separator: ", ") + "]\n").write(toFile: long, atomically: true, encoding: .utf8)
    let list = try Binary.run(["answer", "--answers", long])
    #expect(list.status == 64)
    #expect(list.stderr.contains("question 'who' has 4 options, but the answer lists 100000"), "\(list.stderr.prefix(300))")
    #expect(list.stderr.split(separator: "\n").count == 1)
    // 1,000 unknown questions: 200 lines, then one that counts the rest.
    let many = dir + "/many.yaml"
    try (0..<1000).map { "q\($0): x\n" }.joined().write(toFile: many, atomically: true, encoding: .utf8)
    let unknown = try Binary.run(["answer", "--answers", many])
    #expect(unknown.status == 64)
    let lines = unknown.stderr.split(separator: "\n")
    #expect(lines.count == 201)
    #expect(lines.last?.contains("and 800 more problems, not listed (only the first 200 are)") == true)
    // Content: 2,000 questions sharing one anchored list of 200 options.
    let content = try contentCopy()
    var questions = "questions:\n"
    questions += "  - id: contact\n    text: {de: T, en: T}\n    help: {de: H, en: H}\n    options: &O [" + (0..<200).map { "{id: o, label: {de: L, en: L}, next: q\($0 % 2)}" }.joined(separator: ", ") + "]\n"
    for i in 0..<2000 { questions += "  - {id: q\(i), text: {de: T, en: T}, help: {de: H, en: H}, options: *O}\n" }
    try questions.write(toFile: content + "/questions.yaml", atomically: true, encoding: .utf8)
    let lint = try Binary.run(["lint", "--content", content])
    #expect(lint.status == 65)
    #expect(lint.stderr.contains("questions.yaml:") && lint.stderr.contains("counting what aliases stand for"), "\(lint.stderr.prefix(400))")
    #expect(lint.stderr.split(separator: "\n").count <= 202)
    // An anchored long text, used again and again, weighs its text each
    // time (the second attack round's case).
    let texts = try contentCopy()
    let big = String(repeating: "Wort ", count: 100_000)
    var chain = "  - {id: c0, text: {de: T, en: T}, help: &h {de: \"\(big)\", en: \"\(big)\"}, options: [{id: o, label: {de: L, en: L}, next: c1}]}\n"
    for i in 1..<50 { chain += "  - {id: c\(i), text: {de: T, en: T}, help: *h, options: [{id: o, label: {de: L, en: L}, next: \(i < 49 ? "c\(i + 1)" : "contact")}]}\n" }
    let questionsPath = texts + "/questions.yaml"
    try (try String(contentsOfFile: questionsPath, encoding: .utf8)).replacingOccurrences(of: "questions:\n", with: "questions:\n" + chain)
      .write(toFile: questionsPath, atomically: true, encoding: .utf8)
    let aliased = try Binary.run(["lint", "--content", texts])
    #expect(aliased.status == 65)
    #expect(aliased.stderr.contains("values and characters, counting what aliases stand for"), "\(aliased.stderr.prefix(300))")
  }

  /// N7: lint's work is bounded (outcomes times the size of every
  /// condition), not only its number of outcomes. The review's case: 11
  /// yes/no questions and 200 cards whose conditions each OR 20 terms.
  @Test func lintsWorkIsBoundedNotOnlyItsOutcomes() throws {
    let content = try contentCopy()
    var questions = ""
    for i in 0..<11 {
      let next = i < 10 ? "x\(i + 1)" : "feeling"
      questions += "  - {id: x\(i), text: {de: T, en: T}, help: {de: H, en: H}, next: \(next), options: [{id: y, label: {de: J, en: Y}, sets: [x.f\(i)]}, {id: n, label: {de: N, en: N}}]}\n"
    }
    let questionsPath = content + "/questions.yaml"
    let text = try String(contentsOfFile: questionsPath, encoding: .utf8)
      .replacingOccurrences(of: "    next: feeling\n", with: "    next: x0\n")
      .replacingOccurrences(of: "questions:\n", with: "questions:\n" + questions)
    try text.write(toFile: questionsPath, atomically: true, encoding: .utf8)
    let manifestPath = content + "/chatcheck.yaml"
    let facts = (0..<11).map { "  - id: x.f\($0)\n    label: {de: F, en: F}\n" }.joined()
    try (try String(contentsOfFile: manifestPath, encoding: .utf8)).replacingOccurrences(of: "facts:\n", with: "facts:\n" + facts)
      .write(toFile: manifestPath, atomically: true, encoding: .utf8)
    var cards = ""
    for k in 0..<200 {
      let terms = (0..<20).map { t in "(x.f\((k + t) % 11) and not x.f\((k + 2 * t + 1) % 11))" }.joined(separator: " or ")
      cards += "  - {id: k\(k), topic: warning-signs, priority: info, when: \"\(terms)\", reader: any, title: {de: T, en: T}, text: {de: T, en: T}}\n"
    }
    let advicePath = content + "/advice.yaml"
    try (try String(contentsOfFile: advicePath, encoding: .utf8) + cards).write(toFile: advicePath, atomically: true, encoding: .utf8)
    let lint = try Binary.run(["lint", "--content", content])
    #expect(lint.status == 65)
    #expect(lint.stderr.contains("chatcheck.yaml:") && lint.stderr.contains("condition terms (at most 40000000 steps)"), "\(lint.stderr.prefix(600))")
  }

  /// N18: a content file swapped for a symbolic link after the folder walk
  /// is refused, never read through: the review's race, 150 runs.
  @Test func aLinkSwappedInDuringTheWalkIsNeverFollowed() throws {
    let content = try contentCopy()
    let outside = try folder() + "/outside.yaml"
    try "secret_key_from_outside: hunter2\n".write(toFile: outside, atomically: true, encoding: .utf8)
    let real = content + "/ui.yaml"
    let saved = content + "/.ui-real"
    let link = content + "/.ui-link"
    try FileManager.default.copyItem(atPath: real, toPath: saved)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside)
    let stop = ManagedAtomicFlag()
    let stopped = DispatchSemaphore(value: 0)
    let flipper = Thread {
      defer { stopped.signal() }
      var useLink = false
      while !stop.isSet {
        // rename() replaces the name atomically: a file, then a link.
        let source = useLink ? link : saved
        let copy = source + ".next"
        if useLink {
          unlink(copy)
          symlink(outside, copy)
        } else {
          try? FileManager.default.removeItem(atPath: copy)
          try? FileManager.default.copyItem(atPath: saved, toPath: copy)
        }
        rename(copy, real)
        useLink.toggle()
      }
    }
    flipper.start()
    defer { stop.set() }
    var refused = 0
    for _ in 0..<150 {
      let run = try Binary.run(["lint", "--content", content])
      #expect(!run.stderr.contains("secret_key_from_outside") && !run.stdout.contains("secret_key_from_outside"))
      if run.stderr.contains("symbolic link") { refused += 1 }
    }
    stop.set()
    stopped.wait()
    #expect(refused > 0, "the race was really run")
  }

  /// N22: too many arguments are refused before parsing (whose cost grows
  /// faster than their number); a plain session whose output failed exits
  /// 70 even when its input also ended.
  @Test func minorItemsOfTheSecondRound() throws {
    let many = try Binary.run(["answer"] + Array(repeating: ["--fact", "images.exist"], count: 2_000).flatMap { $0 })
    #expect(many.status == 64)
    #expect(many.stderr.contains("4001 arguments; at most 2000"))
    let status = try Spawn.status(["/bin/sh", "-c", "\(binary) --plain --lang en < /dev/null >&- 2>/dev/null"])
    #expect(status == 70)
    let full = try Spawn.status(["/bin/sh", "-c", "\(binary) learn --plain --lang en --scenario video-call < /dev/null > /dev/full 2>/dev/null"])
    #expect(full == 70)
  }
}

/// A flag one thread sets and another reads.
final class ManagedAtomicFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
  func set() { lock.lock(); value = true; lock.unlock() }
}
