import ChatCheckCLI
import ChatCheckCore
import ChatCheckTestSupport
import Foundation
import Testing

/// `chatcheck learn`: the list, scripted replies, plain mode.
@Suite("chatcheck learn", .serialized)
struct LearnCommandTests {
  static let content = Fixtures.shipped()
  func run(_ arguments: [String]) -> (status: Int32, stdout: String, stderr: String) {
    Output.capture { ChatCheckMain.run(arguments) }
  }

  /// The shipped stories, from `learn --list --format json`.
  func stories() throws -> [[String: Any]] {
    let list = run(["learn", "--list", "--format", "json"])
    #expect(list.status == 0, "\(list.stderr)")
    let object = try Binary.json(list.stdout)
    #expect(object["schema"] as? String == "chatcheck/learn-list@1")
    return try #require(object["scenarios"] as? [[String: Any]])
  }

  @Test func theListNamesEveryStoryWithItsDecisions() throws {
    let scenarios = try stories()
    #expect(scenarios.count >= 8)
    #expect(scenarios.contains { $0["reader"] as? String == "parent" }, "a rehearsal for parents")
    #expect(scenarios.contains { $0["id"] as? String == "game-voice-chat" && $0["ages"] as? String == "young" })
    for scenario in scenarios {
      #expect(["self", "parent", "helper"].contains(scenario["reader"] as? String ?? ""))
      #expect(["young", "adult", "all"].contains(scenario["ages"] as? String ?? ""))
      #expect(Set(scenario.keys) == ["id", "title", "reader", "ages", "decisions"], "the contract's fields")
      let decisions = try #require(scenario["decisions"] as? [[String: Any]])
      #expect((4...8).contains(decisions.count))
      #expect(decisions.allSatisfy { ($0["options"] as? [String])?.count ?? 0 >= 2 })
      #expect(scenario["title"] is String)
    }
    let text = run(["learn", "--list", "--lang", "de"])
    #expect(text.stdout.contains("video-call: Das Match und der Videoanruf (Für Erwachsene"))
  }

  /// The lesson sheet: every section a teacher prints, in the reader's
  /// language, with the region's lines and nothing left unfilled.
  @Test(arguments: [("de", "DE"), ("en", "GB"), ("en", "US"), ("de", "CH")])
  func theLessonSheetHasEverySection(language: String, region: String) throws {
    for scenario in try stories() {
      let id = try #require(scenario["id"] as? String)
      let sheet = run(["learn", "--scenario", id, "--format", "markdown", "--lang", language, "--region", region])
      #expect(sheet.status == 0, "\(id): \(sheet.stderr)")
      let out = sheet.stdout
      let headings = language == "de"
        ? ["**Für wen:**", "**Gespielte Rolle:**", "## Ziele", "## Die Geschichte", "**Zum Besprechen**", "## Was in dieser Geschichte passiert ist", "## Das kannst du dir merken", "## Hier gibt es Hilfe"]
        : ["**Audience:**", "**Role played:**", "## Goals", "## The story", "**Discuss**", "## What happened in this story", "## Rules to remember", "## Where to get help"]
      var last = out.startIndex
      for heading in headings {
        let found = try #require(out.range(of: heading, range: last..<out.endIndex), "\(id) \(language): \(heading) in order")
        last = found.upperBound
      }
      let decisions = try #require(scenario["decisions"] as? [[String: Any]])
      #expect(out.components(separatedBy: "\n### ").count - 1 == decisions.count, "\(id): one section per decision")
      #expect(out.components(separatedBy: language == "de" ? "**Zum Besprechen**" : "**Discuss**").count - 1 == decisions.count)
      #expect(out.contains(language == "de" ? "- **Sicher:**" : "- **Safe:**") && out.contains(language == "de" ? "- **Riskant:**" : "- **Risky:**"))
      #expect(!out.contains("{line:"), "\(id): every line is filled in")
      #expect(out.contains("| --- |") || out.contains("|---|"), "\(id): the region's lines as a table")
    }
  }

  @Test func theLessonSheetMarksTheClassesReplies() throws {
    let answers = try Binary.temporaryFile("first-contact: share-social\nmove-app: decline\n")
    let sheet = run(["learn", "--scenario", "video-call", "--format", "markdown", "--answers", answers.path, "--lang", "en"])
    #expect(sheet.status == 0, "\(sheet.stderr)")
    #expect(sheet.stdout.components(separatedBy: "*(chosen)*").count - 1 == 2)
    let marked = sheet.stdout.split(separator: "\n").filter { $0.contains("*(chosen)*") }
    #expect(marked.first?.contains("Follow me on social media") == true)
    let unknown = try Binary.temporaryFile("first-contact: hello\n")
    #expect(run(["learn", "--scenario", "video-call", "--format", "markdown", "--answers", unknown.path]).status == 64)
  }

  @Test func classModeAndTheSheetRefuseWhatDoesNotGoWithThem() {
    for arguments in [
      ["learn", "--class", "--list"],
      ["learn", "--class", "--scenario", "video-call", "--answers", "/dev/null"],
      ["learn", "--class", "--format", "json"],
      ["learn", "--format", "markdown"],
      ["learn", "--list", "--format", "markdown"],
      ["learn", "--scenario", "video-call", "--format", "markdown", "--plain"],
      ["learn", "--scenario", "video-call", "--format", "json"],
    ] {
      let result = run(arguments)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("--"), "the error names the flag: \(result.stderr)")
    }
  }

  /// Plain class mode without --scenario plays a young people's story.
  @Test func plainClassModeStartsWithAYoungPeoplesStory() throws {
    let scenarios = try stories()
    let young = try #require(scenarios.first { $0["ages"] as? String == "young" })
    let count = (young["decisions"] as? [[String: Any]])?.count ?? 0
    let result = try Binary.run(["learn", "--class", "--plain", "--lang", "en", "--region", "GB"], stdin: String(repeating: "1\n", count: count))
    #expect(result.status == 0, "\(result.stderr)")
    let title = try #require(young["title"] as? String)
    #expect(result.stdout.contains(title), "the first young people's story")
    for scenario in scenarios where scenario["ages"] as? String == "adult" {
      #expect(!result.stdout.contains(scenario["id"] as? String ?? "-"), "no adults' story is named")
    }
  }

  /// `--class --plain`: after each reply's feedback, the questions to
  /// discuss; one line read per decision, as in plain mode.
  @Test func plainClassModeAddsTheQuestionsToDiscuss() throws {
    let scenario = try #require(try stories().first { $0["id"] as? String == "game-voice-chat" })
    let count = (scenario["decisions"] as? [[String: Any]])?.count ?? 0
    let result = try Binary.run(
      ["learn", "--class", "--plain", "--scenario", "game-voice-chat", "--lang", "en", "--region", "GB"], stdin: String(repeating: "1\n", count: count))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.components(separatedBy: "Discuss:").count - 1 == count)
    #expect(result.stdout.contains("Where to get help"))
    #expect(result.stdout.contains("Childline"))
  }

  @Test(arguments: Fixtures.sweptLanguages)
  func everyStoryRunsScriptedToTheRules(language: String) throws {
    for scenario in try stories() {
      let id = try #require(scenario["id"] as? String)
      let decisions = try #require(scenario["decisions"] as? [[String: Any]])
      // The last option at each decision, as a map in a file.
      let answers = decisions.map { "\($0["id"] as! String): \(($0["options"] as! [String]).last!)" }.joined(separator: "\n")
      let file = try Binary.temporaryFile(answers + "\n")
      let json = run(["learn", "--scenario", id, "--answers", file.path, "--format", "json", "--lang", language])
      #expect(json.status == 0, "\(json.stderr)")
      let object = try Binary.json(json.stdout)
      #expect(object["schema"] as? String == "chatcheck/learn@1")
      #expect(object["scenario"] as? String == id)
      #expect(object["language"] as? String == language)
      let replies = try #require(object["decisions"] as? [[String: Any]])
      #expect(replies.map { $0["id"] as? String } == decisions.map { $0["id"] as? String })
      #expect(replies.allSatisfy { $0["safe"] is Bool && !(($0["feedback"] as? String) ?? "").isEmpty })
      let rules = try #require(object["rules"] as? [String])
      #expect(!rules.isEmpty)
      let text = run(["learn", "--scenario", id, "--answers", file.path, "--lang", language])
      #expect(text.status == 0)
      #expect(text.stdout.contains(rules[0].prefix(30)))
      #expect(text.stdout.contains(Self.content.string("learn.rules.title", language)), "\(id) \(language)")
    }
  }

  @Test func unknownIdsAreUsageErrorsAndMissingDecisionsDataErrors() throws {
    let unknownStory = run(["learn", "--scenario", "video-cal", "--answers", "/dev/null"])
    #expect(unknownStory.status == 64)
    #expect(unknownStory.stderr.contains("unknown scenario 'video-cal' (did you mean 'video-call'?)"))
    #expect(unknownStory.stdout.isEmpty)
    let file = try Binary.temporaryFile("first-contac: slow-down\n")
    let unknownDecision = run(["learn", "--scenario", "video-call", "--answers", file.path])
    #expect(unknownDecision.status == 64)
    #expect(unknownDecision.stderr.contains("\(file.path):1:1: story 'video-call' has no decision 'first-contac' (did you mean 'first-contact'?)"))
    let option = try Binary.temporaryFile("first-contact: hello\n")
    let unknownOption = run(["learn", "--scenario", "video-call", "--answers", option.path])
    #expect(unknownOption.status == 64)
    #expect(unknownOption.stderr.contains("\(option.path):1:16: decision 'first-contact' has no option 'hello'"))
    let short = try Binary.temporaryFile("first-contact: slow-down\n")
    let missing = run(["learn", "--scenario", "video-call", "--answers", short.path])
    #expect(missing.status == 65)
    #expect(missing.stderr.contains("decision 'move-app' has no answer; valid options:"))
    let partial = run(["learn", "--scenario", "video-call", "--answers", short.path, "--partial", "--format", "json"])
    #expect(partial.status == 0, "\(partial.stderr)")
    #expect(run(["learn", "--answers", short.path]).status == 64, "--answers needs --scenario")
    #expect(run(["learn", "--list", "--lang", "xx"]).status == 64)
    #expect(run(["learn", "--scenario", "video-call", "--answers", "/nonexistent/answers.yaml"]).status == 66)
  }

  @Test func plainModeThroughAPipeReadsOneLinePerDecision() throws {
    let decisions = try #require(try stories().first { $0["id"] as? String == "email-bluff" }?["decisions"] as? [[String: Any]])
    let lines = String(repeating: "1\n", count: decisions.count)
    let plain = try Binary.run(["learn", "--plain", "--scenario", "email-bluff", "--lang", "en"], stdin: lines)
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(plain.stdout.contains("Decision \(decisions.count) of \(decisions.count):"))
    #expect(plain.stdout.contains("Rules to remember"))
    #expect(plain.stdout.contains("chatcheck learn --plain --scenario ID"))
    #expect(!plain.stdout.contains("\u{1B}"), "no escape sequences in plain mode")
    // Without --scenario: the first story, still one line per decision.
    let first = try #require(try stories().first?["decisions"] as? [[String: Any]])
    let again = try Binary.run(["learn", "--plain", "--lang", "de"], stdin: String(repeating: "2\n", count: first.count))
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains("Das kannst du dir merken"))
    let short = try Binary.run(["learn", "--plain", "--scenario", "email-bluff"], stdin: "1\n")
    #expect(short.status == 65)
    #expect(short.stderr == "chatcheck: error: The input ended before all decisions were made.\n")
    let kurz = try Binary.run(["learn", "--plain", "--scenario", "email-bluff", "--lang", "de"], stdin: "1\n")
    #expect(kurz.status == 65)
    #expect(kurz.stderr == "chatcheck: error: Die Eingabe ist zu Ende, bevor alle Entscheidungen getroffen waren.\n")
    #expect(!kurz.stdout.contains("Die Eingabe ist zu Ende"))
  }
}

/// Learning mode in a real terminal.
@Suite("Learning mode in tmux", .enabled(if: TerminalTests.enabled), .serialized)
struct LearnTmuxTests {
  /// `learn --class` on a projector-sized window: no message waits for a
  /// timer, each reply brings its feedback and the questions to discuss.
  @Test func classModeShowsTheQuestionsToDiscussWithoutTimers() throws {
    let tmux = try Tmux("\(Binary.path) learn --class --scenario game-voice-chat --lang de --region DE", columns: 120, rows: 40)
    let first = try tmux.wait(for: "Klassenmodus · Entscheidung 1/")
    #expect(!first.contains("schreibt …"), "no one is typing in class mode:\n\(first)")
    try tmux.wait(for: "Einigt euch auf eine Antwort")
    try tmux.send("2")
    try tmux.send("Enter")
    try tmux.wait(for: "Zum Besprechen")
    try tmux.send("Enter")
    let second = try tmux.wait(for: "Klassenmodus · Entscheidung 2/")
    #expect(!second.contains("schreibt …"))
    try tmux.send("F12")
    _ = try tmux.waitForExit()
  }

  @Test func aStoryFromTheWelcomeToTheRulesAndIntoTheSelfCheck() throws {
    let file = NSTemporaryDirectory() + "learn-\(UUID().uuidString)"
    let tmux = try Tmux(Tmux.withStty("\(Binary.path) --lang en --region GB", file: file))
    try tmux.wait(for: "I want to know how it works")
    try tmux.send("l")
    try tmux.wait(for: "Spot the trick")
    try tmux.send("Enter")
    try tmux.wait(for: "Decision 1/6")
    // The first message is being typed: the replies wait for it.
    let typing = try tmux.wait(for: "is typing")
    #expect(!typing.contains(" > 1. "), "no reply before the messages:\n\(typing)")
    // The stranger's messages arrive one by one; Enter first shows them
    // all, then picks the highlighted reply, shows the feedback, and goes
    // on to the next messages.
    for decision in 1...6 {
      // The messages have arrived when the replies show.
      try tmux.wait(until: "decision \(decision) offers its replies") {
        $0.contains("Decision \(decision)/6") && $0.contains("\n > 1. ") && !$0.contains("✓ Safe") && !$0.contains("! Risky")
      }
      try tmux.send("Enter")
      try tmux.wait(until: "the feedback") { $0.contains("✓ Safe") || $0.contains("! Risky") }
      try tmux.send("Enter")
      try tmux.wait(until: "the feedback is gone") { !$0.contains("✓ Safe") && !$0.contains("! Risky") }
    }
    try tmux.wait(for: "The chat ends here")
    try tmux.send("Enter")
    try tmux.wait(for: "Rules to remember")
    // Enter shows the rest of the rules first; the buttons come after
    // them. Each Enter waits for the screen it brings.
    var rules = try tmux.screen()
    for _ in 0..<12 where !rules.contains("> Another story <") {
      try tmux.send("Enter")
      rules = try tmux.waitForChange(from: rules)
    }
    // "Another story" is the default; Tab moves to the self-check.
    try tmux.wait(for: "> Another story <")
    try tmux.send("Tab")
    try tmux.wait(for: "> This happened to me: self-check <")
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing this check for?")
    try tmux.send("F12")
    _ = try tmux.waitForExit()
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("exit=0"))
  }

  @Test func aSlowDoubleClickNeverPicksAReplyUnseen() throws {
    let tmux = try Tmux("\(Binary.path) learn --lang en")
    try tmux.wait(for: "Spot the trick")
    let row = try tmux.place(of: "[ Next ]").row
    try tmux.click(column: 3, row: row)
    Thread.sleep(forTimeInterval: 0.45)
    try tmux.click(column: 3, row: row)
    // The replies come once the stranger's messages have arrived; Down,
    // sent then, moves the cursor among them only if no reply was picked.
    try tmux.wait(for: "\n > 1. ")
    try tmux.send("Down")
    let screen = try tmux.wait(until: "the second reply is chosen") { $0.contains("Decision 1/6") && $0.contains("\n > 2. ") }
    #expect(!screen.contains("Risky") && !screen.contains("Safe"), "no reply was picked:\n\(screen)")
  }

  @Test func learnStartsAStoryAt40x12AndQuickExitWorks() throws {
    let file = NSTemporaryDirectory() + "learn-\(UUID().uuidString)"
    let tmux = try Tmux(Tmux.withStty("\(Binary.path) learn --scenario fake-images --lang de", file: file), columns: 40, rows: 12)
    try tmux.wait(for: "Entscheidung 1/6")
    // The messages arrive one by one; Enter shows them all at once.
    try tmux.send("Enter")
    try tmux.wait(for: "> 1. ")
    try tmux.send("2")
    try tmux.send("Enter")
    let feedback = try tmux.wait(for: "Weiter")
    #expect(feedback.contains("Sicher") || feedback.contains("Riskant"))
    #expect(feedback.split(separator: "\n").allSatisfy { $0.count <= 40 })
    try tmux.send("Escape")
    Thread.sleep(forTimeInterval: 0.1)
    try tmux.send("Escape")
    _ = try tmux.waitForExit()
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("exit=0"))
  }
}
