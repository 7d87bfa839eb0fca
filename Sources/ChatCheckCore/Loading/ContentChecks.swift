/// Cross-reference and graph checks that need the whole content: declared
/// facts, topics and roles, `next:` targets, cycles, unreachable questions,
/// and the documented vocabulary of facts and topics.
struct ContentChecks {
  let content: Content
  let session: LoaderSession
  let manifest: LoaderSession.Manifest

  var log: DiagnosticLog { session.log }

  func run() {
    checkHoursStrings()
    checkLanguageStrings()
    checkReferences()
    checkVocabulary()
    checkGraph()
  }

  private func checkReferences() {
    let facts = Set(content.facts.map(\.id))
    let factList = content.facts.map(\.id)
    for use in session.factUses where !facts.contains(use.fact) {
      log.error(use.location, "undeclared fact '\(use.fact)'\(Suggestion.didYouMean(use.fact, factList)); declare it under 'facts' in \(ContentLayout.manifest)")
    }
    for use in session.conditionUses {
      for reference in use.condition.factReferences where !facts.contains(reference.name) {
        log.error(
          use.reader.location(use.node, offset: reference.offset),
          "\(use.what): undeclared fact '\(reference.name)'\(Suggestion.didYouMean(reference.name, factList))")
      }
    }
    let topics = Set(content.topics)
    for use in session.topicUses where !topics.contains(use.topic) {
      log.error(use.location, "undeclared topic '\(use.topic)'\(Suggestion.didYouMean(use.topic, content.topics)); declare it under 'topics' in \(ContentLayout.manifest)")
    }
    let roles = Set(content.roles)
    for use in session.roleUses where !roles.contains(use.role) {
      log.error(use.location, "undeclared resource role '\(use.role)'\(Suggestion.didYouMean(use.role, content.roles)); declare it under 'roles' in \(ContentLayout.manifest)")
    }
    let questionIDs = content.questions.map(\.id)
    for use in session.nextUses where content.question(use.target) == nil {
      log.error(use.location, "next: no question '\(use.target)'\(Suggestion.didYouMean(use.target, questionIDs)) (use 'result' to end the interview)")
    }
    if content.question(content.start) == nil, !content.questions.isEmpty {
      log.error(manifest.start.location, "start: no question '\(content.start)'\(Suggestion.didYouMean(content.start, questionIDs))")
    }
    // A role that no region resolves leaves a card without that help; a
    // card that shows no help at all on some path is lint's error.
    for card in content.cards {
      for role in card.allResourceRoles where roles.contains(role) {
        let resolved = content.regions.values.contains { region in region.resources.contains { $0.roles.contains(role) } }
        if !resolved {
          log.warning(card.location, "card '\(card.id)': no region has a resource with role '\(role)'")
        }
      }
    }
  }

  /// A line's languages are named in the reader's words ("answers in
  /// German"), so each code a region or resource names needs its name.
  private func checkLanguageStrings() {
    let regions = content.regionCodes.compactMap { content.regions[$0] }
    var uses: [(code: String, location: SourceLocation)] = []
    for region in regions {
      uses += region.languages.map { ($0, region.location) }
      uses += region.resources.flatMap { resource in resource.languages.map { ($0, resource.location) } }
    }
    guard !uses.isEmpty else { return }
    let place = SourceLocation(file: session.displayPath(ContentLayout.strings), line: 1, column: 1)
    for key in RendererStrings.languages where content.strings[key] == nil {
      log.error(place, "string '\(key)' is missing; regions or resources with languages need it")
    }
    var reported: Set<String> = []
    for use in uses where content.strings["language.\(use.code)"] == nil && reported.insert(use.code).inserted {
      log.error(use.location, "language '\(use.code)' has no name: add the string 'language.\(use.code)' in every language")
    }
  }

  /// Lines with opening hours need the words for "open now" and the days;
  /// their `hours` text says the hours in the reader's language.
  private func checkHoursStrings() {
    let timed = content.regionCodes.compactMap { content.regions[$0] }.flatMap(\.resources).filter { $0.openingHours != nil }
    guard !timed.isEmpty else { return }
    for resource in timed where resource.hours == nil {
      log.error(resource.location, "resource '\(resource.id)' has opening_hours but no 'hours' text: the result shows the hours in the reader's words")
    }
    let place = SourceLocation(file: session.displayPath(ContentLayout.strings), line: 1, column: 1)
    for key in RendererStrings.hours where content.strings[key] == nil {
      log.error(place, "string '\(key)' is missing; resources with opening_hours need it")
    }
    for language in content.languages {
      let days = content.string("hours.days", language).split(separator: " ")
      if content.strings["hours.days"] != nil, days.count != 7 {
        log.error(place, "string 'hours.days' in '\(language)' must name the seven days from Monday, separated by spaces")
      }
    }
  }

  private func checkVocabulary() {
    let where_ = content.manifestLocation
    let facts = Set(content.facts.map(\.id))
    let missingFacts = DocumentedVocabulary.facts.filter { !facts.contains($0) }
    if !missingFacts.isEmpty {
      log.warning(where_, "documented facts are not declared, so scripts cannot give them: \(missingFacts.joined(separator: ", "))")
    }
    let topics = Set(content.topics)
    let missingTopics = DocumentedVocabulary.topics.filter { !topics.contains($0) }
    if !missingTopics.isEmpty {
      log.warning(where_, "documented topics are not declared: \(missingTopics.joined(separator: ", "))")
    }
  }

  /// Cycles (an interview must always end) and questions no path reaches.
  private func checkGraph() {
    let questions = content.questions
    guard !questions.isEmpty, content.indexOfQuestion(content.start) != nil else {
      if content.questions.isEmpty && session.questionsRead {
        log.error(manifest.start.location, "the interview has no questions")
      }
      return
    }
    let graph = QuestionGraph(content: content)
    for (path, option) in graph.cycles() {
      let cycle = path.map { questions[$0].id }
      log.error(option.location, "this answer leads back to an earlier question, a cycle: \(cycle.joined(separator: " → "))")
    }
    for index in graph.unreachable {
      let question = questions[index]
      log.error(question.location, "question '\(question.id)' is unreachable: no answer leads to it from '\(content.start)'")
    }
  }
}
