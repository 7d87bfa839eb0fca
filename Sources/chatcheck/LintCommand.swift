import ArgumentParser
import ChatCheckCore

/// `chatcheck lint`: every check of contract §6, invariants proven on
/// every path.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check the content: structure, translations, sources, paths and safety invariants.",
    discussion: "Problems go to standard error as FILE:LINE:COL: error|warning: message. Exit 65 if any error."
  )

  @OptionGroup var common: CommonOptions

  @Flag(name: .long, help: "Treat warnings (such as stale 'checked' dates) as errors.")
  var strict = false

  @Option(name: .long, help: ArgumentHelp("Judge 'checked' dates as of this day (YYYY-MM-DD) instead of today.", valueName: "DATE"))
  var today: String?

  func run() throws(ChatCheckError) {
    var day = CivilDate.today()
    if let today {
      guard let parsed = CivilDate(iso: today) else {
        throw ChatCheckError(.usage, "--today \(today): write the date as YYYY-MM-DD")
      }
      day = parsed
    }
    let (files, name) = try ContentSource.files(folder: common.content)
    let report = Linter.lint(files, folderName: name, today: day)
    for diagnostic in report.diagnostics {
      let severity = strict && diagnostic.severity == .warning && !diagnostic.strictExempt ? "error" : diagnostic.severity.rawValue
      Output.raw("\(diagnostic.location): \(severity): \(diagnostic.message)\n")
    }
    let strictFailures = report.diagnostics.filter { $0.severity == .warning && !$0.strictExempt }.count
    let failed = report.errorCount > 0 || (strict && strictFailures > 0)
    if failed {
      let errors = report.errorCount + (strict ? strictFailures : 0)
      let warnings = report.warningCount - (strict ? strictFailures : 0)
      Output.raw("chatcheck: error: lint found \(count(errors, "error")) and \(count(warnings, "warning"))\n")
      throw ChatCheckError(.dataError, [])
    }
    Output.write(
      "ok: \(report.questionCount) questions, \(report.cardCount) cards, \(report.resourceCount) resources in \(report.regionCount) regions; "
        + "\(report.pathCount == .max ? "more than 10^19" : String(report.pathCount)) paths with \(report.outcomeCount) distinct outcomes; "
        + "\(report.provenInvariants.count) invariants proven on every path"
        + (report.unverifiedCount > 0 ? "; \(count(report.unverifiedCount, "unverified resource"))" : "")
        + (report.warningCount > 0 ? "; \(count(report.warningCount, "warning"))" : "") + "\n")
  }

  private func count(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
  }
}
