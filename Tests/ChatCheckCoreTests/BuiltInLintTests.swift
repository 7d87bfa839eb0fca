import ChatCheckTestSupport
import ChatCheckUI
import Testing

@testable import ChatCheckCore

/// Lint of the built-in content checks the archived model with the
/// loader's findings kept at build time. For that to say what lint of the
/// sources says, the findings must survive the archive and the model's
/// lint must equal the sources' lint.
@Suite("Lint of archived content")
struct BuiltInLintTests {
  static let today = CivilDate(iso: "2026-12-02")!

  /// The French fixture with an entry no text uses (a loader warning),
  /// linted from its files and from its archive: the same diagnostics and
  /// the same summary, on a day its dates are fresh and on one they are
  /// stale.
  @Test(arguments: ["2026-12-02", "2031-01-01"])
  func archivedContentAndFindingsLintLikeTheSources(day: String) throws {
    let today = try #require(CivilDate(iso: day))
    let (seed, po) = TranslationCatalogTests.french()
    let unused = po + "\nmsgctxt \"gone.text\"\nmsgid \"Gone\"\nmsgstr \"Parti\\n\\\"quoted\\\" ünïcödé\"\n"
    let files = seed + [ContentFile(relativePath: "i18n/fr.po", displayPath: "valid/i18n/fr.po", text: unused)]
    let fromFiles = Linter.lint(files, folderName: "valid", today: today, requiring: FrontEndStrings.all)
    #expect(fromFiles.errorCount == 0, "\(fromFiles.diagnosticLines(strict: false))")
    #expect(fromFiles.diagnostics.contains { $0.message.contains("gone.text") })

    let loaded = ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all)
    let content = try #require(loaded.content)
    let archived = try Content.unarchived(content.archived())
    let findings = try Diagnostic.unarchived(Diagnostic.archived(loaded.diagnostics))
    #expect(findings == loaded.diagnostics)
    let fromArchive = Linter.lint(archived, loaderDiagnostics: findings, today: today)
    #expect(fromArchive.diagnostics == fromFiles.diagnostics)
    #expect(fromArchive.summaryLine == fromFiles.summaryLine)
    #expect(fromArchive.provenInvariants == fromFiles.provenInvariants)
  }

  /// Findings with every kind of text a message can quote read back as
  /// they were written; a damaged archive is refused, not misread.
  @Test func findingsRoundTrip() throws {
    let findings = [
      Diagnostic(.warning, SourceLocation(file: "Content/a b.yaml", line: 3, column: 7), "line one\nline two: \"quoted\" 5:x ; t f - +"),
      Diagnostic(.error, SourceLocation(file: "Content/ä.yaml", line: 1, column: 1), "", strictExempt: true),
      Diagnostic(.warning, SourceLocation(file: "Content/i18n/uk.po", line: 12_345, column: 2), "Україна 🇺🇦", strictExempt: false),
    ]
    #expect(try Diagnostic.unarchived(Diagnostic.archived(findings)) == findings)
    #expect(try Diagnostic.unarchived(Diagnostic.archived([])) == [])
    let text = Diagnostic.archived(findings)
    #expect(throws: (any Error).self) { try Diagnostic.unarchived(String(text.dropLast(3))) }
    #expect(throws: (any Error).self) { try Diagnostic.unarchived(text + "x") }
  }
}
