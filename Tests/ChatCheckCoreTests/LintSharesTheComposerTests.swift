import ChatCheckUI
import Foundation
import Testing
import ChatCheckTestSupport

@testable import ChatCheckCore

/// Lint proves its invariants on exactly what the composer shows: the same
/// cards in the same order, for the same reader, with the same summary and
/// lines. Both take one `CompositionRules` value, and these tests show it.
@Suite("Lint shares the composer's rules")
struct LintSharesTheComposerTests {
  static let files = Fixtures.files(Fixtures.packageRoot.appendingPathComponent("Content"), display: "Content")
  static let content = Fixtures.shipped()
  static let today = CivilDate(iso: "2026-12-02")!

  /// For every outcome group lint checks, on every outcome in it: lint's
  /// cards and reader are the composer's for the same facts.
  @Test(arguments: [("shipped", content), ("valid", Fixtures.valid())])
  func lintsCardsAreTheComposersOnEveryOutcome(name: String, content: Content) throws {
    let analysis = try PathAnalysis(content: content)
    let groups = OutcomeGroups(analysis, rules: .standard).groups
    #expect(groups.count > 1, "\(name)")
    var outcomes = 0
    for group in groups {
      for mask in group.masks {
        let facts = analysis.facts(of: mask)
        let lint = group.shape.cards.map { content.cards[$0].id }
        #expect(lint == AdviceComposer.cards(for: facts, in: content).map(\.id), "\(name): \(facts.sorted())")
        let result = AdviceComposer.compose(content: content, facts: facts, answers: [], language: "en", region: content.fallbackRegion)
        #expect(group.shape.reader == result.reader, "\(name): \(facts.sorted())")
        #expect(group.shape.minor == facts.contains(AgeBand.minorFact))
        outcomes += 1
      }
    }
    #expect(outcomes == analysis.outcomeMasks.count)
  }

  /// The shipped content's lint verdict today, under the product's rules.
  @Test func theProductsRulesProveEveryInvariant() {
    let report = Linter.lint(Self.files, folderName: "Content", today: Self.today, requiring: FrontEndStrings.all)
    #expect(report.errorCount == 0, "\(report.diagnosticLines(strict: false))")
    #expect(report.provenInvariants.count == Self.content.invariants.count)
  }

  /// Another order rule (ties broken backwards, then every priority
  /// reversed): lint's verdict changes with it, and its cards still equal
  /// the composer's under the same rule.
  @Test func changingTheOrderRuleChangesLintsVerdict() throws {
    var reversed = CompositionRules.standard
    reversed.readingOrder = { content in CompositionRules.standard.readingOrder(content).reversed() }
    let report = Linter.lint(Self.files, folderName: "Content", today: Self.today, rules: reversed, requiring: FrontEndStrings.all)
    #expect(report.errorCount > 0)
    #expect(report.provenInvariants.count < Self.content.invariants.count)
    #expect(report.diagnostics.contains { $0.message.contains("is broken") })

    let analysis = try PathAnalysis(content: Self.content)
    for group in OutcomeGroups(analysis, rules: reversed).groups {
      let facts = analysis.facts(of: group.masks[0])
      #expect(
        group.shape.cards.map { Self.content.cards[$0].id }
          == AdviceComposer.cards(for: facts, in: Self.content, rules: reversed).map(\.id))
    }
  }

  /// A reader rule that ignores who is asking: lint finds the cards that
  /// have no wording for the person affected but were written for parents.
  @Test func changingTheReaderRuleChangesLintsVerdict() {
    var everyoneAffected = CompositionRules.standard
    everyoneAffected.reader = { _ in .affected }
    let report = Linter.lint(Self.files, folderName: "Content", today: Self.today, rules: everyoneAffected, requiring: FrontEndStrings.all)
    #expect(report.diagnostics.contains { $0.message.contains("does not address the person affected") }, "\(report.diagnosticLines(strict: false).prefix(5))")
  }

  /// No summary step and one line per card: lint reports the missing
  /// summary and the crisis cards that no longer offer an open line.
  @Test func changingTheSummaryAndLineRulesChangesLintsVerdict() {
    var fewer = CompositionRules.standard
    fewer.summaryLimit = 0
    let report = Linter.lint(Self.files, folderName: "Content", today: Self.today, rules: fewer, requiring: FrontEndStrings.all)
    #expect(report.diagnostics.contains { $0.message.contains("a result has no summary") })

    var noLines = CompositionRules.standard
    noLines.lineLimit = { _ in 0 }
    let lines = Linter.lint(Self.files, folderName: "Content", today: Self.today, rules: noLines, requiring: FrontEndStrings.all)
    #expect(lines.errorCount > 0)
    #expect(lines.provenInvariants.count < Self.content.invariants.count)
  }

  /// A card limit below what paths reach: lint reports the budget; the
  /// composer still shows every card (a cut would drop a safety card).
  @Test func aLowerCardLimitIsReportedNeverCut() throws {
    var three = CompositionRules.standard
    three.cardLimit = { _ in 3 }
    let report = Linter.lint(Self.files, folderName: "Content", today: Self.today, rules: three, requiring: FrontEndStrings.all)
    #expect(report.diagnostics.contains { $0.message.contains("more cards than the card budget of 3") })
    #expect(!Linter.lint(Self.files, folderName: "Content", today: Self.today, requiring: FrontEndStrings.all).diagnostics.contains { $0.message.contains("card budget") })
    let analysis = try PathAnalysis(content: Self.content)
    let most = analysis.outcomeMasks.map { AdviceComposer.cards(for: analysis.facts(of: $0), in: Self.content, rules: three).count }.max()
    #expect((most ?? 0) > 3)
  }
}
