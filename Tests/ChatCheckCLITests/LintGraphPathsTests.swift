import Foundation
import Testing
import ChatCheckTestSupport

@Suite("chatcheck lint, graph and paths (black box)")
struct LintGraphPathsTests {
  let valid = Binary.fixtures.appendingPathComponent("valid").path

  @Test func shippedContentLintsClean() throws {
    let embedded = try Binary.run(["lint", "--strict"])
    #expect(embedded.status == 0, "\(embedded.stderr)")
    // Only the unverified resources are reported, each with its reason,
    // as warnings that --strict lets pass.
    let lines = embedded.stderr.split(separator: "\n")
    #expect(lines.allSatisfy { $0.contains(": warning: resource '") && $0.contains("' is unverified: ") }, "\(embedded.stderr)")
    #expect(embedded.stdout.contains("unverified resource"))
    #expect(embedded.stdout.hasPrefix("ok: "))
    let folder = try Binary.run(["lint", "--strict", "--content", "Content"])
    #expect(folder.status == 0, "\(folder.stderr)")
    #expect(folder.stdout == embedded.stdout)
  }

  /// Lint of the built-in content checks the archived model with the
  /// loader's findings from the build; lint of the sources in Content/
  /// says the same, line for line, on the tests' day and on a day when
  /// every date is stale, with and without --strict.
  @Test(arguments: [[], ["--strict"], ["--today", "2031-01-01"], ["--strict", "--today", "2031-01-01"]])
  func builtInLintSaysWhatLintOfTheSourcesSays(arguments: [String]) throws {
    let embedded = try Binary.run(["lint"] + arguments)
    let folder = try Binary.run(["lint", "--content", "Content"] + arguments)
    #expect(embedded.status == folder.status)
    #expect(embedded.stdout == folder.stdout)
    #expect(embedded.stderr == folder.stderr)
    #expect(!embedded.stderr.isEmpty)
  }

  /// The benchmark generator keeps up with the content format: what it
  /// writes lints clean at every size (a reader and a "now" step on every
  /// card, results within the card budget).
  @Test(.needs(.python), arguments: [1, 6, 7, 60])
  func generatedBenchmarkContentLintsClean(size: Int) throws {
    let python = try Tool.python.require()
    let out = NSTemporaryDirectory() + "gen-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let script = Binary.packageRoot.appendingPathComponent("Benchmarks/generate.py").path
    let generated = try Binary.run([script, String(size), out], executable: python)
    #expect(generated.status == 0, "\(generated.stderr)")
    let lint = try Binary.run(["lint", "--strict", "--content", out])
    #expect(lint.status == 0, "\(lint.stderr)")
    #expect(lint.stdout.hasPrefix("ok: \(size) questions"))
  }

  /// The binary prints exactly the lines the Core test expects, under
  /// the folder's path, then the count.
  @Test(arguments: BrokenFixture.all)
  func brokenFixtureExits65WithExactlyItsLocatedMessages(_ fixture: BrokenFixture) throws {
    let folder = try fixture.write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try Binary.run(["lint", "--content", folder.path] + fixture.lintArguments)
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    var lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.popLast() == "", "standard error ends with a newline")
    #expect(lines.popLast()?.hasPrefix("chatcheck: error: lint found ") == true, "\(run.stderr)")
    #expect(lines == fixture.expected.map { "\(folder.path)/\($0)" }, "\(run.stderr)")
  }

  @Test func graphDot() throws {
    let run = try Binary.run(["graph", "--format", "dot", "--lang", "de"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("digraph chatcheck {"))
  }

  @Test(.needs(.graphviz))
  func graphDotIsAcceptedByGraphviz() throws {
    let dot = try Tool.graphviz.require()
    let run = try Binary.run(["graph", "--format", "dot", "--lang", "de"])
    #expect(run.status == 0)
    let file = try Binary.temporaryFile(run.stdout, name: "graph.dot")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: dot)
    process.arguments = ["-Tsvg", "-o", "/dev/null", file.path]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
  }

  @Test func mermaidOutput() throws {
    let run = try Binary.run(["graph", "--format", "mermaid", "--content", valid, "--lang", "en"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("flowchart TD\n  q0[\"contact: How did the contact start?\"]\n"))
  }

  /// A path's answers, written as an answers file, give the
  /// same topics in the same order from `chatcheck answer`.
  @Test func everyPathReplaysThroughAnswer() throws {
    let paths = try Binary.run(["paths", "--format", "json", "--content", valid])
    #expect(paths.status == 0)
    let list = try Binary.json(paths.stdout)["paths"] as! [[String: Any]]
    #expect(list.count == 42)
    for path in list {
      var answers: [String: Any] = [:]
      for answer in path["answers"] as! [[String: Any]] {
        answers[answer["question"] as! String] = answer["option"] ?? answer["options"]
      }
      let data = try JSONSerialization.data(withJSONObject: answers)
      let run = try Binary.run(
        ["answer", "--content", valid, "--answers", "-", "--format", "json", "--region", "DE"],
        stdin: String(decoding: data, as: UTF8.self))
      #expect(run.status == 0, "\(run.stderr)")
      let topics = (try Binary.json(run.stdout)["advice"] as! [[String: Any]]).map { $0["topic"] as! String }
      #expect(topics == path["topics"] as! [String])
      #expect(try Binary.json(run.stdout)["facts"] as! [String] == path["facts"] as! [String])
    }
  }

  @Test func pathsText() throws {
    let run = try Binary.run(["paths", "--content", valid])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("1. contact=stranger happened=webcam feeling=ok\n   facts: contact.unknown, request.webcam\n"))
    #expect(run.stdout.hasSuffix("42 paths\n"))
  }

  @Test func plainModeThroughAPipe() throws {
    let run = try Binary.run(["--plain", "--content", valid, "--lang", "de", "--region", "DE"], stdin: "1\n3\n2\n")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("1. Wie hat der Kontakt angefangen?"))
    #expect(run.stdout.contains("Deine nächsten Schritte"))
    #expect(!run.stdout.contains("\u{1B}"), "no escape sequences in plain mode")
    let early = try Binary.run(["--plain", "--content", valid, "--lang", "en"], stdin: "1\n")
    #expect(early.status == 65)
    #expect(early.stderr == "chatcheck: error: Input ended.\n", "one error line, from the content")
    // In the session's language, and only there: stdout just ends its line.
    let german = try Binary.run(["--plain", "--content", valid, "--lang", "de"], stdin: "1\n")
    #expect(german.status == 65)
    #expect(german.stderr == "chatcheck: error: Eingabe zu Ende.\n")
    #expect(!german.stdout.contains("Eingabe zu Ende") && german.stdout.hasSuffix("> \n"), "\(german.stdout)")
  }

  @Test func firstFrameFlagForBenchmarksDrawsHeadlessAndExits() throws {
    let run = try Binary.run(["--exit-after-first-frame", "--lang", "de"], environment: ["TERM": "xterm-256color"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.isEmpty && run.stderr.isEmpty)
  }

  @Test func helpAndVersion() throws {
    let help = try Binary.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("answer") && help.stdout.contains("lint"))
    let version = try Binary.run(["--version"])
    #expect(version.status == 0)
    #expect(!version.stdout.isEmpty)
  }
}
