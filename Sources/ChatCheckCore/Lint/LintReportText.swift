/// What `chatcheck lint` prints for a report: one line per problem, and
/// either the summary of what was proven or the count of problems.
extension LintReport {
  /// Warnings that `--strict` turns into errors (an unverified resource
  /// whose note says why stays a warning).
  public var strictFailures: Int {
    diagnostics.filter { $0.severity == .warning && !$0.strictExempt }.count
  }

  /// Whether the content fails, with or without `--strict`.
  public func failed(strict: Bool) -> Bool {
    errorCount > 0 || (strict && strictFailures > 0)
  }

  /// `FILE:LINE:COL: error|warning: message`, one per problem.
  public func diagnosticLines(strict: Bool) -> [String] {
    diagnostics.map { diagnostic in
      let severity = strict && diagnostic.severity == .warning && !diagnostic.strictExempt ? "error" : diagnostic.severity.rawValue
      return "\(diagnostic.location): \(severity): \(diagnostic.message)"
    }
  }

  /// "lint found 2 errors and 1 warning", for a failed report.
  public func failureLine(strict: Bool) -> String {
    let errors = errorCount + (strict ? strictFailures : 0)
    let warnings = warningCount - (strict ? strictFailures : 0)
    return "lint found \(Self.count(errors, "error")) and \(Self.count(warnings, "warning"))"
  }

  /// "ok: …": what the content holds and what was proven on every path.
  public var summaryLine: String {
    var line = "ok: \(questionCount) questions, \(cardCount) cards, \(resourceCount) resources in \(regionCount) regions; "
      + "\(pathCount == .max ? "more than 10^19" : String(pathCount)) paths with \(outcomeCount) distinct outcomes; "
      + "\(provenInvariants.count) invariants proven on every path"
    if storyCount > 0 {
      line += "; \(Self.count(storyCount, "learning story").replacingOccurrences("storys", "stories")) with \(decisionCount) decisions, each with a safe reply"
    }
    if translatedCount > 0 {
      line += "; \(languageCount) languages, \(translatedCount) of them from translation catalogs, every text in each"
    }
    if unverifiedCount > 0 { line += "; \(Self.count(unverifiedCount, "unverified resource"))" }
    if warningCount > 0 { line += "; \(Self.count(warningCount, "warning"))" }
    return line
  }

  static func count(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
  }
}
