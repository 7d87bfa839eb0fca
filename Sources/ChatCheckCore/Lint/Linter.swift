/// What `chatcheck lint` found, and what it proved.
public struct LintReport: Sendable {
  public var diagnostics: [Diagnostic]
  public var questionCount = 0
  public var cardCount = 0
  public var resourceCount = 0
  public var regionCount = 0
  public var pathCount: UInt64 = 0
  public var outcomeCount = 0
  public var provenInvariants: [String] = []
  /// Resources marked `verified: false`.
  public var unverifiedCount = 0
  /// The content, when it loaded (the build embeds it when lint passes).
  public var content: Content?
  /// Learning stories, and their decisions, each with a safe reply and
  /// feedback for every reply.
  public var storyCount = 0
  /// The languages checked, and how many of them came from catalogs.
  public var languageCount = 0
  public var translatedCount = 0
  public var decisionCount = 0

  public init(diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
  public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Every content check: the loader's structural checks, then path
/// analysis (paths without advice, unreachable cards, invariants) and
/// `checked` dates.
public enum Linter {
  /// How many example paths to name for one kind of problem.
  static let examplesPerProblem = 3

  /// `rules` are the composer's: lint proves what the product shows;
  /// `requiring` the strings of the front ends that will show it.
  public static func lint(
    _ files: [ContentFile], folderName: String, today: CivilDate, rules: CompositionRules = .standard,
    requiring: RequiredStrings = RendererStrings.required
  ) -> LintReport {
    let loaded = ContentLoader.load(files, folderName: folderName, requiring: requiring, keepingTexts: false)
    return lint(loaded.content, loaderDiagnostics: loaded.diagnostics, today: today, rules: rules)
  }

  /// Lint of content the loader has read (`content` nil when it could
  /// not), with what the loader found: the built-in content is linted this
  /// way from its archive and the loader's findings kept at build time.
  public static func lint(
    _ content: Content?, loaderDiagnostics: [Diagnostic], today: CivilDate, rules: CompositionRules = .standard
  ) -> LintReport {
    var report = LintReport(diagnostics: loaderDiagnostics)
    guard let content else { return report }
    report.content = content
    let log = DiagnosticLog()
    report.questionCount = content.questions.count
    report.cardCount = content.cards.count
    report.regionCount = content.regions.count
    report.resourceCount = content.regions.values.reduce(0) { $0 + $1.resources.count }
    checkDates(content, today: today, log: log)
    report.unverifiedCount = checkUnverified(content, log: log)
    report.storyCount = content.stories.count
    report.languageCount = content.languages.count
    report.translatedCount = content.languageInfo.translated.count
    StoryChecks.check(content, log: log)
    report.decisionCount = content.stories.map(\.decisions.count).reduce(0, +)
    do throws(PathAnalysis.Failure) {
      let analysis = try PathAnalysis(content: content)
      report.pathCount = analysis.pathCount
      report.outcomeCount = analysis.outcomeMasks.count
      let conditions = content.cards.map(\.when.size).reduce(0, +) + content.invariants.map(\.when.size).reduce(0, +)
      let (work, overflow) = report.outcomeCount.multipliedReportingOverflow(by: max(1, conditions))
      if overflow || work > InputLimits.lintWork {
        log.error(
          content.manifestLocation,
          "proving the rules would take \(report.outcomeCount) outcomes times \(conditions) condition terms (at most \(InputLimits.lintWork) steps): make conditions shorter or let fewer questions set facts that conditions mention")
      } else {
        report.provenInvariants = checkOutcomes(analysis, rules: rules, log: log)
      }
    } catch {
      switch error {
      case .tooManyRelevantFacts(let count):
        log.error(content.manifestLocation, "conditions mention \(count) facts; path analysis handles at most 64")
      case .tooManyMultiOptions(let question, let count):
        let location = content.question(question)?.location ?? content.manifestLocation
        log.error(location, "multi-select question '\(question)' has \(count) options; at most \(PathAnalysis.maxMultiOptions) can be analysed")
      case .tooManyOutcomes(let limit, let questions):
        let shown = questions.prefix(12).joined(separator: ", ") + (questions.count > 12 ? " and \(questions.count - 12) more" : "")
        log.error(
          content.manifestLocation,
          "the paths end with more than \(limit) different sets of facts (the limit lint proves); each question whose answers set different facts a condition mentions multiplies them: \(shown)")
      }
    }
    // Stable: problems at one place keep the order they were found in.
    report.diagnostics = (report.diagnostics + log.items).enumerated().sorted { a, b in
      a.element.location == b.element.location ? a.offset < b.offset : a.element.location < b.element.location
    }.map(\.element)
    return report
  }

  static func checkDates(_ content: Content, today: CivilDate, log: DiagnosticLog) {
    for code in content.regionCodes {
      for resource in content.regions[code]?.resources ?? [] {
        guard let checked = CivilDate(iso: resource.checked) else { continue }
        let age = today.daysSinceEpoch - checked.daysSinceEpoch
        if age < 0 {
          log.error(resource.location, "resource '\(resource.id)': checked date \(checked) is in the future")
        } else if age > content.staleAfterDays {
          log.warning(
            resource.location,
            "resource '\(resource.id)': last checked \(checked), \(age) days ago (more than \(content.staleAfterDays)); check the number and URL again")
        }
      }
    }
  }

  /// Warns about each unverified resource; one without a note saying why
  /// also fails `--strict`. Returns how many there are.
  static func checkUnverified(_ content: Content, log: DiagnosticLog) -> Int {
    var count = 0
    for code in content.regionCodes {
      for resource in content.regions[code]?.resources ?? [] where !resource.verified {
        count += 1
        if let note = resource.unverifiedNote, !note.isBlank(.whitespaces) {
          log.warning(resource.location, "resource '\(resource.id)' is unverified: \(note)", strictExempt: true)
        } else {
          log.warning(
            resource.location,
            "resource '\(resource.id)' is marked unverified without an unverified_note saying why its source is not the organisation's own or a public authority's page")
        }
      }
    }
    return count
  }

  static func describe(_ path: [Answer]) -> String {
    path.isEmpty ? "(no answers)" : path.map(\.written).joined(separator: " ")
  }

  /// Checks every distinct outcome, one result shape at a time; returns
  /// the ids of invariants proven.
  static func checkOutcomes(_ analysis: PathAnalysis, rules: CompositionRules, log: DiagnosticLog) -> [String] {
    let content = analysis.content
    var reachedCards: Set<Int> = []
    var withoutAdvice = Findings()
    // Per invariant (by index), its problems with where they were found.
    var broken: [Int: [String: Findings]] = [:]
    var results = ResultChecks(content: content, rules: rules)
    let lines = ResourceMemo(content: content, rules: rules)
    let invariantConditions = content.invariants.map { MaskCondition($0.when, bit: analysis.bit) }

    for group in OutcomeGroups(analysis, rules: rules).groups {
      reachedCards.formUnion(group.shape.cards)
      if group.shape.cards.isEmpty { withoutAdvice.add(group.masks) }
      results.add(group.masks, to: results.check(group.shape, lines: lines))
      // An invariant's requirements depend on the shape alone, its
      // condition on each outcome; which outcomes it applies to is only
      // needed when the shape breaks it (nearly never).
      for (number, (invariant, condition)) in zip(content.invariants, invariantConditions).enumerated() {
        guard group.masks.contains(where: condition.holds) else { continue }
        let problems = violations(of: invariant, shape: group.shape, lines: lines)
        guard !problems.isEmpty else { continue }
        let applies = group.masks.filter(condition.holds)
        for problem in problems {
          broken[number, default: [:]][problem, default: Findings()].add(applies)
        }
      }
    }

    func witness(_ mask: UInt64) -> String { describe(analysis.witness(for: analysis.facts(of: mask))) }
    for mask in withoutAdvice.examples {
      let path = analysis.witness(for: analysis.facts(of: mask))
      let last = path.last.flatMap { content.question($0.question) }
      log.error(
        last?.location ?? content.manifestLocation,
        "a path ends without advice: \(describe(path)) (facts: \(analysis.facts(of: mask).sorted().joined(separator: ", ")))")
    }
    if withoutAdvice.count > examplesPerProblem {
      log.error(content.manifestLocation, "\(withoutAdvice.count - examplesPerProblem) more fact combinations end without advice")
    }
    for (index, card) in content.cards.enumerated() where !reachedCards.contains(index) {
      log.error(card.location, "no path reaches card '\(card.id)': its condition '\(card.when)' never holds at the end of an interview")
    }
    for problem in results.problems {
      for mask in problem.found.examples {
        let cards = AdviceComposer.cards(for: analysis.facts(of: mask), in: content, rules: rules).map(\.id).joined(separator: ", ")
        log.error(problem.location, "\(problem.message); path: \(witness(mask)) (cards: \(cards))")
      }
      if problem.found.count > examplesPerProblem {
        log.error(problem.location, "the same on \(problem.found.count - examplesPerProblem) more fact combinations")
      }
    }
    var proven: [String] = []
    for (number, invariant) in content.invariants.enumerated() {
      guard let problems = broken[number], !problems.isEmpty else {
        proven.append(invariant.id)
        continue
      }
      for (problem, found) in problems.sorted(by: { $0.key < $1.key }) {
        for mask in found.examples {
          log.error(invariant.location, "invariant '\(invariant.id)' is broken: \(problem); path: \(witness(mask))")
        }
        if found.count > examplesPerProblem {
          log.error(invariant.location, "invariant '\(invariant.id)' is broken on \(found.count - examplesPerProblem) more fact combinations")
        }
      }
    }
    return proven
  }

  /// What about `cards` (cards of `content`) breaks `invariant` (empty
  /// when it holds), for the reader and age `facts` give.
  public static func violations(
    of invariant: Invariant, cards: [AdviceCard], content: Content, facts: Set<String>, rules: CompositionRules = .standard
  ) -> [String] {
    let indexes = cards.compactMap { card in content.cards.firstIndex { $0.id == card.id } }
    let shape = ResultShape(cards: indexes, reader: rules.reader(facts.contains), minor: facts.contains(AgeBand.minorFact))
    return violations(of: invariant, shape: shape, lines: ResourceMemo(content: content, rules: rules))
  }

  /// What about the cards (indexes into the content's cards) breaks
  /// `invariant`, with each card's resources from `lines`.
  static func violations(of invariant: Invariant, shape: ResultShape, lines: ResourceMemo) -> [String] {
    let content = lines.content
    let indexes = shape.cards
    let cards = indexes.map { content.cards[$0] }
    let minor = shape.minor
    let reader = shape.reader
    var problems: [String] = []
    let topics = cards.map(\.topic)
    for topic in invariant.topics where !topics.contains(topic) {
      problems.append("no '\(topic)' card")
    }
    if !invariant.oneOf.isEmpty && !invariant.oneOf.contains(where: topics.contains) {
      problems.append("no card with one of \(invariant.oneOf.map { "'\($0)'" }.joined(separator: ", "))")
    }
    for topic in invariant.never where topics.contains(topic) {
      problems.append("a '\(topic)' card, which must not be there")
    }
    if let first = invariant.first {
      let leading = Array(topics.filter { !invariant.firstAfter.contains($0) }.prefix(invariant.within))
      if !leading.contains(first) {
        let allowed = invariant.firstAfter.isEmpty ? "" : " after \(invariant.firstAfter.joined(separator: "/"))"
        let place = invariant.within == 1 ? "the first card\(allowed) is '\(leading.first ?? "none")'"
          : "the first \(invariant.within) cards\(allowed) are \(leading.map { "'\($0)'" }.joined(separator: ", "))"
        problems.append("\(place), not '\(first)'")
      }
    }
    var lastIndex = -1
    var lastTopic = ""
    for topic in invariant.order {
      guard let index = topics.firstIndex(of: topic) else { continue }
      if index < lastIndex { problems.append("'\(topic)' comes before '\(lastTopic)'") }
      lastIndex = index
      lastTopic = topic
    }
    for role in invariant.roles {
      for (region, code) in content.regionCodes.enumerated() {
        let shown = indexes.contains { index in
          guard let wording = content.cards[index].wording(for: reader) else { return false }
          return lines.resources(card: index, wording: wording, reader: reader, minor: minor, region: region)
            .contains { $0.roles.contains(role) }
        }
        if !shown { problems.append("region \(code) shows no '\(role)' resource") }
      }
    }
    for index in indexes where invariant.openLine.contains(content.cards[index].topic) {
      let card = content.cards[index]
      guard let wording = card.wording(for: reader) else { continue }
      for (regionIndex, region) in content.regionCodes.enumerated() {
        if !lines.offersOpenLine(card: index, wording: wording, reader: reader, minor: minor, region: regionIndex) {
          problems.append("card '\(card.id)' in region \(region) offers \(OpenLineRule.missing(region: region, content: content))")
        }
      }
    }
    return problems
  }
}
