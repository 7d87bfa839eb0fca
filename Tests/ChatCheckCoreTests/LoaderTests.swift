import ChatCheckCore
import ChatCheckUI
import Foundation
import Testing
import ChatCheckTestSupport

@Suite("Content loader and linter")
struct LoaderTests {
  @Test func validFixtureLoadsWithoutAnyDiagnostic() {
    let result = ContentLoader.load(Fixtures.validFiles(), folderName: "valid", requiring: FrontEndStrings.all)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let content = result.content!
    #expect(content.languages == ["de", "en"])
    #expect(content.questions.map(\.id) == ["contact", "happened", "feeling"])
    #expect(content.question("happened")?.kind == .multi)
    #expect(content.cards.count == 7)
    #expect(content.regions["DE"]?.resources.map(\.id) == ["de-110", "de-police-online"])
    #expect(content.string("result.footer", "de") == "Es ist nicht deine Schuld.")
  }

  @Test func lintProvesEveryInvariantOfTheValidFixture() {
    let report = Linter.lint(Fixtures.validFiles(), folderName: "valid", today: CivilDate(iso: "2026-11-27")!, requiring: FrontEndStrings.all)
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    #expect(report.provenInvariants == ["danger-first", "distress-next", "pay", "evidence-before-block", "emergency-number"])
    #expect(report.pathCount == 42)
  }

  /// Each broken fixture gives exactly its expected lines, so a second
  /// problem (say, a string the valid fixture lacks) fails the case
  /// instead of hiding behind the first.
  @Test(arguments: BrokenFixture.all)
  func brokenFixtureReportsExactlyItsLocatedErrors(_ fixture: BrokenFixture) throws {
    let strict = fixture.strict ?? false
    let files = try fixture.applied(to: Fixtures.validFiles())
    let today = try #require(CivilDate(iso: try BrokenFixture.table.get().today))
    let report = Linter.lint(files, folderName: "valid", today: today, requiring: FrontEndStrings.all)
    let lines = report.diagnosticLines(strict: strict).map { $0.hasPrefix("valid/") ? String($0.dropFirst(6)) : $0 }
    #expect(lines == fixture.expected, "got:\n\(lines.joined(separator: "\n"))")
    #expect(report.failed(strict: strict))
  }

  @Test func theBrokenFixtureTableHoldsEveryCase() throws {
    let cases = try BrokenFixture.table.get().cases
    let names = cases.map(\.name)
    #expect(names.count == 49)
    #expect(Set(names).count == names.count, "names are unique")
    #expect(cases.allSatisfy { !$0.expected.isEmpty })
  }

  @Test func everyProblemIsReportedAtOnce() {
    var files = Fixtures.replacing("    resources: [police]", with: "    resources: police", in: "advice.yaml", Fixtures.validFiles())
    files = Fixtures.replacing("        next: happened\n  - id: happened", with: "        next: nowhere\n  - id: happened", in: "questions.yaml", files)
    let result = ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all)
    #expect(result.content == nil)
    #expect(result.errors.count == 2, "\(result.errors)")
  }

  @Test func wrongTypesAndUnknownLanguagesAreLocated() {
    let files = Fixtures.replacing(
      #"text: {de: "Wie hat der Kontakt angefangen?", en: "How did the contact start?"}"#,
      with: #"text: {de: "Wie hat der Kontakt angefangen?", en: "How did the contact start?", fr: "Comment?"}"#,
      in: "questions.yaml", Fixtures.validFiles())
    let errors = ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all).errors
    #expect(errors.count == 1)
    #expect(errors.first?.description.hasPrefix("valid/questions.yaml:3:") == true)
    #expect(errors.first?.message.contains("unknown key 'fr'") == true)
  }

  @Test func multiSelectOptionsCannotBranch() {
    let files = Fixtures.replacing(
      "        sets: [request.webcam]\n", with: "        sets: [request.webcam]\n        next: result\n",
      in: "questions.yaml", Fixtures.validFiles())
    let errors = ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all).errors
    #expect(errors.map(\.message) == ["option 'webcam' of multi-select question 'happened' cannot have its own 'next'; give 'next' on the question"])
  }

  @Test func resourcesFallBackToTheFallbackRegion() {
    let content = Fixtures.valid()
    #expect(content.resources(role: "crisis", region: "DE", minor: false).map(\.id) == ["int-crisis"])
    #expect(content.resources(role: "emergency", region: "DE", minor: false).map(\.id) == ["de-110"])
  }

  @Test func staleDatesAreWarningsAndFutureDatesErrors() {
    let files = Fixtures.validFiles()
    let later = Linter.lint(files, folderName: "valid", today: CivilDate(iso: "2028-01-01")!, requiring: FrontEndStrings.all)
    #expect(later.errorCount == 0)
    #expect(later.warningCount == 5)
    let earlier = Linter.lint(files, folderName: "valid", today: CivilDate(iso: "2026-01-01")!, requiring: FrontEndStrings.all)
    #expect(earlier.errorCount == 5)
    #expect(earlier.diagnostics.first?.message.contains("in the future") == true)
  }
}
