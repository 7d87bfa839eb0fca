import ChatCheckCLI
import ChatCheckCore
import Foundation
import Testing
import ChatCheckTestSupport

/// The commands run in-process (the executable only calls
/// `ChatCheckMain.run`): no binary, no terminal.
@Suite("Commands in-process", .serialized)
struct InProcessTests {
  let valid = Binary.fixtures.appendingPathComponent("valid").path

  func run(_ arguments: [String]) -> (status: Int32, stdout: String, stderr: String) {
    Output.capture { ChatCheckMain.run(arguments) }
  }

  @Test func answerPrintsTheResultAndRefusesUnknownFacts() throws {
    let ok = run(["answer", "--fact", "payment.demanded", "--format", "json", "--lang", "DE", "--region", "de"])
    #expect(ok.status == 0, "\(ok.stderr)")
    let object = try Binary.json(ok.stdout)
    #expect(object["schema"] as? String == "chatcheck/result@2")
    #expect(object["language"] as? String == "de", "--lang DE is accepted like --region de")
    let unknown = run(["answer", "--fact", "payment.demand"])
    #expect(unknown.status == 64)
    #expect(unknown.stdout.isEmpty)
    #expect(unknown.stderr.contains("--fact payment.demand: unknown fact (did you mean 'payment.demanded'?)"))
  }

  @Test func partialWithNothingKnownIsAUsageError() {
    let nothing = run(["answer", "--partial"])
    #expect(nothing.status == 64)
    #expect(nothing.stderr.contains("nothing to advise on yet"))
    let some = run(["answer", "--partial", "--answer", "who=me"])
    #expect(some.status == 0, "\(some.stderr)")
  }

  @Test func lintSummaryAndStrictRule() throws {
    let ok = run(["lint", "--content", valid])
    #expect(ok.status == 0)
    #expect(ok.stdout.hasPrefix("ok: 3 questions"))
    let folder = try BrokenFixture.named("stale-date").write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = run(["lint", "--content", folder.path, "--strict", "--today", "2026-11-27"])
    #expect(broken.status == 65)
    #expect(broken.stderr.contains(": error: resource 'int-112': last checked"))
    #expect(broken.stderr.hasSuffix("chatcheck: error: lint found 1 error and 0 warnings\n"))
  }

  @Test func strictLetsANotedUnverifiedResourcePass() {
    var report = LintReport(diagnostics: [
      Diagnostic(.warning, SourceLocation(file: "r.yaml", line: 1, column: 1), "resource 'a' is unverified: why", strictExempt: true),
      Diagnostic(.warning, SourceLocation(file: "r.yaml", line: 2, column: 1), "resource 'b': last checked long ago"),
    ])
    report.unverifiedCount = 1
    #expect(!report.failed(strict: false))
    #expect(report.failed(strict: true))
    #expect(report.diagnosticLines(strict: true) == [
      "r.yaml:1:1: warning: resource 'a' is unverified: why", "r.yaml:2:1: error: resource 'b': last checked long ago",
    ])
    #expect(report.failureLine(strict: true) == "lint found 1 error and 1 warning")
  }

  @Test func subcommandHelpShowsExamples() {
    for command in [["answer"], ["lint"], ["graph"], ["paths"], ["kiosk", "set-pin"]] {
      let help = run(command + ["--help"])
      #expect(help.status == 0)
      #expect(help.stdout.contains("chatcheck "), "\(command) help has an example")
    }
    #expect(run(["kiosk", "set-pin", "--help"]).stdout.contains("--staff-pin-file"))
  }
}
