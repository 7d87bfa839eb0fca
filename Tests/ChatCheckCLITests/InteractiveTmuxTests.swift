import Foundation
import Testing

/// The real binary in a real terminal (tmux), issue 4.
@Suite("Interactive session in tmux", .enabled(if: TerminalTests.enabled), .serialized)
struct InteractiveTmuxTests {
  let binary = Binary.path

  func withStty(_ arguments: String, file: String) -> String {
    Tmux.withStty("\(binary) \(arguments)", file: file)
  }

  @Test func germanWalkWithLangUnsetShowsUmlauts() throws {
    let tmux = try Tmux("\(binary) --lang de --region DE")
    try tmux.wait(for: "Jemand erpresst dich mit Nacktbildern")
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
    for key in ["1", "Enter", "2", "Enter", "1", "Enter", "2", "Enter", "1", "Enter", "1", "Enter", "1", "Enter", "4", "Enter"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    let result = try tmux.wait(for: "Deine nächsten Schritte")
    #expect(result.contains("Es ist nicht deine Schuld"))
    #expect(result.contains("Hilfe für: Deutschland"))
    try tmux.send("PageDown")
    try tmux.send("PageDown")
    let later = try tmux.wait(for: "Weil du angegeben hast")
    #expect(later.contains { "äöüÄÖÜß".contains($0) }, "umlauts further down too: \(later)")
  }

  /// Danger shows the emergency help at once; "go on"
  /// continues; the result starts with the summary and the emergency card.
  @Test func dangerShowsTheEmergencyScreenAndTheCheckGoesOn() throws {
    let tmux = try Tmux("\(binary) --lang en --region US")
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing this check for?")
    for key in ["1", "Enter", "1", "Enter", "3", "Enter"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    let crisis = try tmux.wait(for: "I am safe right now: go on")
    #expect(crisis.contains("Get help right now") && crisis.contains("Call: 911"))
    #expect(crisis.contains("Text: 988"))
    try tmux.send("Enter")
    try tmux.wait(for: "How did it start?")
    for key in ["2", "Enter", "1", "Enter", "2", "Enter", "1", "Enter", "4", "Enter"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    let result = try tmux.wait(until: "the summary and the first card are drawn") {
      $0.contains("Right now:") && $0.contains("1. Get help right now")
    }
    let lines = result.split(separator: "\n").map(String.init)
    let summary = try #require(lines.firstIndex { $0.contains("Right now:") })
    let first = try #require(lines.firstIndex { $0.contains("1. Get help right now") })
    #expect(summary < first)
    #expect(lines[summary + 1].contains("1. Call the emergency number now"))
  }

  @Test func englishWalkAt40x12() throws {
    let tmux = try Tmux("\(binary) --lang en --region GB", columns: 40, rows: 12)
    try tmux.wait(for: "I need help now")
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing this check for?")
    for key in ["Down", "Enter", "1", "Enter", "1", "Enter", "4", "Enter", "2", "Enter", "2", "Enter"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    let result = try tmux.wait(for: "Your next steps")
    #expect(result.split(separator: "\n").allSatisfy { $0.count <= 40 })
    #expect(result.contains("F12/Esc Esc quick exit"))
  }

  @Test func backHelpReviewAndChange() throws {
    let tmux = try Tmux("\(binary) --lang en --region DE")
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing this check for?")
    try tmux.send("3")
    try tmux.send("Enter")
    try tmux.wait(for: "Is the person affected under 18?")
    try tmux.send("Left")
    try tmux.wait(for: "Who are you doing this check for?")
    try tmux.send("?")
    try tmux.wait(for: "Why we ask")
    try tmux.wait(for: "Parents, friends and professionals need different tips")
    try tmux.send("x")
    try tmux.waitUntilGone("Press any key to close")
    for key in ["1", "Enter", "2", "Enter", "1", "Enter", "2", "Enter", "3", "Enter", "1", "Enter", "4", "Enter", "4", "Enter"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    try tmux.wait(for: "Your next steps")
    try tmux.send("F2")
    try tmux.wait(for: "Your answers")
    for key in ["Down", "Down", "Down", "Down", "Enter"] { try tmux.send(key) }
    try tmux.wait(for: "Could the other person have intimate pictures or videos?")
    try tmux.send("1")
    try tmux.send("Enter")
    let screen = try tmux.wait(for: "no longer apply")
    #expect(screen.contains("Are they threatening to share pictures"))
  }

  @Test func resizeDownAndUpReflows() throws {
    let tmux = try Tmux("\(binary) --lang de", columns: 80, rows: 24)
    try tmux.send("Enter")
    try tmux.wait(for: "Für einen Freund, eine Freundin oder jemanden aus der Familie")
    try tmux.resize(columns: 40, rows: 12)
    try tmux.wait(for: "jemanden aus der Familie")
    try tmux.resize(columns: 20, rows: 6)
    try tmux.wait(for: "Bitte mach")
    try tmux.resize(columns: 80, rows: 24)
    try tmux.wait(for: "Für einen Freund, eine Freundin oder jemanden aus der Familie")
    #expect(try tmux.exitStatus() == nil, "still running")
  }

  @Test(arguments: ["F12", "Escape Escape"])
  func quickExitWipesAndRestoresTheTerminal(keys: String) throws {
    let file = NSTemporaryDirectory() + "stty-\(UUID().uuidString)"
    let tmux = try Tmux(withStty("--lang de", file: file))
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
    try tmux.send("1")
    try tmux.send("Enter")
    try tmux.wait(for: "Bist du unter 18?")
    for key in keys.split(separator: " ") { try tmux.send(String(key)) }
    _ = try tmux.waitForExit()
    let stty = try String(contentsOfFile: file, encoding: .utf8)
    #expect(stty.hasPrefix("exit=0"))
    #expect(stty.contains(" icanon") && !stty.contains("-icanon"))
    #expect(stty.contains(" echo ") && !stty.contains("-echo "))
    let screen = try tmux.screen()
    #expect(!screen.contains("Bist du unter 18"), "the screen is wiped:\n\(screen)")
    let history = try tmux.run(["capture-pane", "-t", tmux.session, "-p", "-S", "-200"])
    #expect(!history.contains("ChatCheck"), "the scrollback is wiped")
  }

  @Test func quitAsksFirst() throws {
    let file = NSTemporaryDirectory() + "stty-\(UUID().uuidString)"
    let tmux = try Tmux(withStty("--lang en", file: file))
    try tmux.send("Enter")
    try tmux.send("q")
    try tmux.wait(for: "Do you really want to quit ChatCheck?")
    try tmux.send("n")
    try tmux.waitUntilGone("Do you really want to quit")
    try tmux.send("q")
    try tmux.wait(for: "Do you really want to quit ChatCheck?")
    try tmux.send("y")
    _ = try tmux.waitForExit()
    let stty = try String(contentsOfFile: file, encoding: .utf8)
    #expect(stty.hasPrefix("exit=0") && !stty.contains("-icanon"))
  }

  @Test(arguments: ["TERM", "HUP"])
  func signalsRestoreTheTerminal(signal: String) throws {
    let file = NSTemporaryDirectory() + "stty-\(UUID().uuidString)"
    let tmux = try Tmux(withStty("--lang en", file: file))
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing this check for?")
    // The pane runs sh, whose child is chatcheck.
    _ = try Spawn.output(["/usr/bin/pkill", "-\(signal)", "-P", String(try tmux.panePID()), "chatcheck"])
    _ = try tmux.waitForExit()
    let stty = try String(contentsOfFile: file, encoding: .utf8)
    #expect(stty.hasPrefix("exit=0"), "\(stty.prefix(20))")
    #expect(!stty.contains("-icanon") && !stty.contains("-echo "))
  }

  @Test func monochromeAndNoColorTerminalsWork() throws {
    for (flag, environment) in [("", ["TERM": "vt100"]), ("", ["NO_COLOR": "1"]), ("--no-color", [:])] {
      let tmux = try Tmux("\(binary) --lang en \(flag)", columns: 80, rows: 24, environment: environment)
      try tmux.send("Enter")
      try tmux.wait(for: "Who are you doing this check for?")
      let styled = try tmux.run(["capture-pane", "-t", tmux.session, "-p", "-e"])
      // tmux writes 39/49 to reset to default colours; anything else is a colour.
      let colours = styled.ranges(of: "\u{1B}[3").count + styled.ranges(of: "\u{1B}[4").count
        - styled.ranges(of: "\u{1B}[39m").count - styled.ranges(of: "\u{1B}[49m").count
      #expect(colours == 0, "no colour escape sequences: \(environment)")
      #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"), "reverse marks the cursor")
    }
  }

  @Test func saveWritesTheHandoutOnlyWhereTheUserConfirms() throws {
    let dir = NSTemporaryDirectory() + "save-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let tmux = try Tmux("sh -c 'cd \(dir) && \(binary) --lang en --region DE'")
    try tmux.send("Enter")
    for key in ["1", "Enter", "2", "Enter", "1", "Enter", "4", "Enter", "2", "Enter", "2", "Enter"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    try tmux.wait(for: "Your next steps")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    try tmux.send("s")
    try tmux.wait(for: "Careful: the file shows what this is about.")
    try tmux.send("Enter")
    // Plain text by default, which opens anywhere.
    try tmux.wait(for: "Saved: chatcheck-next-steps.txt")
    let text = try String(contentsOfFile: dir + "/chatcheck-next-steps.txt", encoding: .utf8)
    let mode = (try FileManager.default.attributesOfItem(atPath: dir + "/chatcheck-next-steps.txt")[.posixPermissions] as? NSNumber)?.intValue
    #expect(mode == 0o600, "the handout reveals the topic: owner only")
    #expect(text.contains("Your next steps") && !text.hasPrefix("#"))
    #expect(text.contains("This message is very likely a bluff"))
    // Never overwrites: a second save offers a free name at once.
    try tmux.send("s")
    try tmux.wait(for: "chatcheck-next-steps-2.txt_")
    try tmux.send("Enter")
    try tmux.wait(for: "Saved: chatcheck-next-steps-2.txt")
    // A name ending in .md gets Markdown.
    try tmux.send("s")
    try tmux.wait(for: "Careful: the file shows what this is about.")
    try tmux.send("handout.md", literal: true)
    try tmux.send("Enter")
    try tmux.wait(for: "Saved: handout.md")
    #expect(try String(contentsOfFile: dir + "/handout.md", encoding: .utf8).hasPrefix("# Your next steps"))
  }

  @Test func dumbTerminalFallsBackToPlainMode() throws {
    let tmux = try Tmux("\(binary) --lang en", environment: ["TERM": "dumb", "LANG": "C.UTF-8"])
    // Nothing named the country: a person at a terminal is asked first.
    let ask = try tmux.wait(for: "Which country are you in?")
    #expect(ask.contains("using the plain line mode"))
    try tmux.send("2", "Enter")
    try tmux.wait(for: "1. Who are you doing this check for? (question 1 of at most 8)")
    try tmux.send("1", "Enter")
    try tmux.wait(for: "2. Are you under 18?")
  }

  /// The review's bugs, each as a real user meets it: the help box takes
  /// the click on "Next" below it; with no country named, the welcome
  /// screen asks; `?` lists the keys on the result.
  @Test func boxesTakeClicksAndTheCountryIsAsked() throws {
    let tmux = try Tmux("\(binary) --lang en", environment: ["LANG": "C.UTF-8"])
    try tmux.wait(for: "Which country are you in?")
    let austria = try tmux.place(of: "[ Austria ]")
    try tmux.click(column: austria.column + 2, row: austria.row)
    try tmux.wait(for: "Help for: Austria")
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing this check for?")
    try tmux.send("?")
    try tmux.wait(for: "Press any key to close")
    let next = try tmux.place(of: "[ Next ]")
    try tmux.click(column: 3, row: next.row)
    try tmux.waitUntilGone("Press any key to close")
    // Down, sent after the click, moves the cursor on the same question
    // only if the click did nothing more than close the box.
    try tmux.send("Down")
    let screen = try tmux.wait(for: "> 2. For my child")
    #expect(screen.contains("Who are you doing this check for?"), "the click only closed the box")
  }

  @Test func mouseClicksChooseOptions() throws {
    let tmux = try Tmux("\(binary) --lang en --region DE")
    let start = try tmux.place(of: "[ I need help now ]")
    try tmux.click(column: 3, row: start.row)
    try tmux.wait(for: "Who are you doing this check for?")
    let row = try tmux.place(of: "For a friend or someone in my family").row
    // A person reads the new question before clicking; a click sooner
    // after one that changed the screen is the rest of a double-click.
    Thread.sleep(forTimeInterval: 0.6)
    try tmux.click(column: 8, row: row)
    try tmux.wait(for: "Is the person affected under 18?")
    // One click is one action: the release of a click on "For my child"
    // lands on an option of the next question and must not answer it.
    try tmux.send("Left")
    try tmux.wait(for: "Who are you doing this check for?")
    let child = try tmux.place(of: "For my child").row
    // A double-click: the second click lands on the next question's row.
    try tmux.click(column: 8, row: child)
    try tmux.click(column: 8, row: child)
    // Down, sent after both clicks, moves the cursor on the second
    // question only if the second click answered nothing.
    try tmux.send("Down")
    let screen = try tmux.wait(for: "> 2. No, 18 or older")
    #expect(screen.contains("Is your child under 18?") && screen.contains("Question 2"), "\(screen)")
    // A slow double-click (0.45 s) on an option: still one answer.
    try tmux.send("Left")
    try tmux.wait(for: "Who are you doing this check for?")
    let childAgain = try tmux.place(of: "For my child").row
    Thread.sleep(forTimeInterval: 0.6)
    try tmux.click(column: 8, row: childAgain)
    Thread.sleep(forTimeInterval: 0.45)
    try tmux.click(column: 8, row: childAgain + 2)
    try tmux.send("Down")
    let second = try tmux.wait(for: "> 2. No, 18 or older")
    #expect(second.contains("Question 2"), "the second click of a slow double-click answered nothing")
  }
}

/// "Take it with you": the QR code on screen must scan (issue 4).
@Suite("QR codes in tmux", .enabled(if: TerminalTests.enabled))
struct QRCodeTmuxTests {
  /// Half blocks back to modules, as a PGM picture: 4 pixels a module.
  static func picture(_ lines: [String]) -> Data {
    let scale = 4, margin = 16
    var rows: [[Bool]] = []
    for line in lines {
      var top: [Bool] = [], bottom: [Bool] = []
      for c in line {
        top.append(c == "█" || c == "▀")
        bottom.append(c == "█" || c == "▄")
      }
      rows.append(top)
      rows.append(bottom)
    }
    let width = (rows.map(\.count).max() ?? 0) * scale + 2 * margin
    let height = rows.count * scale + 2 * margin
    var pixels = [UInt8](repeating: 255, count: width * height)
    for (y, row) in rows.enumerated() {
      for (x, dark) in row.enumerated() where dark {
        for dy in 0..<scale {
          for dx in 0..<scale { pixels[(margin + y * scale + dy) * width + margin + x * scale + dx] = 0 }
        }
      }
    }
    return Data("P5\n\(width) \(height)\n255\n".utf8) + Data(pixels)
  }

  @Test(.needs(.zbar, .qrencode))
  func theCodeOnScreenScansToTheLinkShown() throws {
    let zbarimg = try Tool.zbar.require()
    _ = try Tool.qrencode.require()
    let tmux = try Tmux("\(Binary.path) --lang de --region DE", columns: 100, rows: 60)
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
    for key in ["2", "Enter", "1", "Enter", "1", "Enter", "2", "Enter", "3", "Enter", "4", "Enter", "4", "Enter", "4", "Enter"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    try tmux.wait(for: "Deine nächsten Schritte")
    try tmux.send("t")
    let screen = try tmux.wait(until: "the code and its address are drawn") { $0.contains("█") && $0.contains("\n https://") }
    let (url, decoded) = try Self.scan(screen, zbarimg: zbarimg)
    #expect(decoded == url)
  }

  /// The link shown on `screen` and what its QR code scans to.
  static func scan(_ screen: String, zbarimg: String) throws -> (url: String, decoded: String) {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let url = try #require(lines.first { $0.hasPrefix(" https://") }).trimmingCharacters(in: .whitespaces)
    let code = lines.filter { $0.contains("█") || $0.contains("▀") || $0.contains("▄") }
    let file = NSTemporaryDirectory() + "qr-\(UUID().uuidString).pgm"
    try picture(code).write(to: URL(fileURLWithPath: file))
    let decoded = try Spawn.output([zbarimg, "-q", "--raw", file])
    return (url, decoded.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
