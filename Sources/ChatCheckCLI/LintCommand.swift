import ArgumentParser
import ChatCheckCore
import ChatCheckSystem
import ChatCheckUI

/// `chatcheck lint`: every content check, invariants proven on
/// every path.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check the content: structure, translations, sources, paths and safety invariants.",
    discussion: """
      Problems go to standard error as FILE:LINE:COL: error|warning: message. Exit 65 if any error.

      Examples:
        chatcheck lint --content Content --strict
        chatcheck lint --today 2027-06-01
        chatcheck lint --template > Content/i18n/chatcheck.pot
      """
  )

  @OptionGroup var common: CommonOptions

  @Flag(name: .long, help: "Treat warnings (such as stale 'checked' dates) as errors.")
  var strict = false

  @Option(name: .long, help: ArgumentHelp("Judge 'checked' dates as of this day (YYYY-MM-DD) instead of today.", valueName: "DATE"))
  var today: String?

  @Flag(name: .long, help: "Print the translation template (gettext .pot) of the content instead of checking it; exit 65 if the content has errors.")
  var template = false

  func run() throws(ChatCheckError) {
    if template { return try printTemplate() }
    var day = CivilDate.today()
    if let today {
      guard let parsed = CivilDate(iso: today) else {
        throw ChatCheckError(.usage, "--today \(today): write the date as YYYY-MM-DD")
      }
      day = parsed
    }
    // --lang and --region mean nothing to lint, but a wrong one is still
    // a usage error, as in every command.
    if common.lang != nil || common.region != nil { _ = try common.session() }
    let report: LintReport
    if common.content == nil {
      report = try ContentSource.builtInLint(today: day)
    } else {
      let (files, name) = try ContentSource.files(folder: common.content)
      report = Linter.lint(files, folderName: name, today: day, requiring: FrontEndStrings.all)
    }
    for line in report.diagnosticLines(strict: strict) { Output.raw(line + "\n") }
    if report.failed(strict: strict) {
      Output.error(report.failureLine(strict: strict))
      throw ChatCheckError(.dataError, [])
    }
    Output.write(report.summaryLine + "\n")
  }

  /// The template of every translatable text, each under a context no
  /// other text has.
  func printTemplate() throws(ChatCheckError) {
    let (files, name) = try ContentSource.files(folder: common.content)
    // The template comes from the texts alone: a catalog that is behind
    // (the reason to make a template) must not stop it.
    let loaded = ContentLoader.load(files, folderName: name, requiring: FrontEndStrings.all, catalogs: false)
    guard loaded.content != nil else {
      for problem in loaded.errors { Output.raw("\(problem)\n") }
      throw ChatCheckError(.dataError, "the content has errors; fix them before making the template")
    }
    let twice = TranslationTemplate.duplicateContexts(loaded.texts)
    guard twice.isEmpty else {
      throw ChatCheckError(.dataError, "two texts share a context, so a translation could land on the wrong one: \(twice.joined(separator: "; "))")
    }
    Output.write(TranslationTemplate.pot(loaded.texts))
  }
}
