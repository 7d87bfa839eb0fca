/// Reading the interview (`questions.yaml`): the questions, their options
/// and where each leads. Targets of `next` are checked once all are read.
extension LoaderSession {
  func readQuestions(languages: [String]) -> [Question] {
    var questions: [Question] = []
    var seenIDs: Set<String> = []
    // The questions are read one by one as the parser reaches them, so a
    // big file never stands as one tree. What they report waits in
    // `itemLog` and follows the file's own problems, as when the file was
    // read whole first; a file that does not parse reports only its syntax
    // error, and what its first questions added is taken back.
    let itemLog = DiagnosticLog()
    let before = Added(self)
    let read = document(ContentLayout.questions, streaming: "questions") { r, item in
      self.log.redirecting(to: itemLog) {
        if let question = self.readItem(item, r, seen: &seenIDs, languages: languages) { questions.append(question) }
      }
    }
    guard let (r, root) = read else {
      before.restore(self)
      return []
    }
    let m = r.mapping(root, "questions.yaml", allowed: ["questions"], required: ["questions"])
    let items = r.list(m?["questions"], "questions")
    log.append(itemLog)
    guard let items else { return [] }
    questionsRead = true
    for item in items {
      if let question = readItem(item, r, seen: &seenIDs, languages: languages) { questions.append(question) }
    }
    return questions
  }

  /// What reading questions adds to the session besides diagnostics.
  private struct Added {
    let factUses: Int
    let nextUses: Int
    let texts: Int
    let used: Set<String>

    init(_ session: LoaderSession) {
      factUses = session.factUses.count
      nextUses = session.nextUses.count
      texts = session.texts.texts.count
      used = session.texts.used
    }

    func restore(_ session: LoaderSession) {
      session.factUses.removeSubrange(factUses...)
      session.nextUses.removeSubrange(nextUses...)
      session.texts.texts.removeSubrange(texts...)
      session.texts.used = used
    }
  }

  /// One question; nil when it is unreadable, or its id is reserved or in
  /// `seen` already (reported).
  private func readItem(_ item: Node, _ r: YAMLReader, seen seenIDs: inout Set<String>, languages: [String]) -> Question? {
    guard let q = r.mapping(
      item, r.peekID(item).map { "question '\($0)'" } ?? "a question", allowed: ["id", "type", "text", "help", "options", "next"],
      required: ["id", "text", "help", "options"]),
      let id = r.identifier(q["id"], "a question's id")
    else { return nil }
    if id == "result" {
      log.error(r.location(q["id"]!), "'result' is reserved for the end of the interview; choose another question id")
      return nil
    }
    if !seenIDs.insert(id).inserted {
      log.error(r.location(q["id"]!), "duplicate question id '\(id)'")
      return nil
    }
    return readQuestion(id, q, item, r, languages: languages)
  }

  private func readQuestion(_ id: String, _ q: Fields, _ item: Node, _ r: YAMLReader, languages: [String]) -> Question {
    let kind = r.enumeration(q["type"], Question.Kind.self, what: "question '\(id)': type") ?? .single
    var options: [AnswerOption] = []
    var optionIDs: Set<String> = []
    for optionNode in r.list(q["options"], "the options of '\(id)'") ?? [] {
      if let option = readOption(optionNode, r, question: id, kind: kind, seen: &optionIDs, languages: languages) {
        options.append(option)
      }
    }
    if options.isEmpty, q["options"] != nil {
      log.error(r.location(item), "question '\(id)' has no options")
    }
    let next = readNext(q["next"], r)
    if next == nil {
      if kind == .multi {
        log.error(r.location(item), "multi-select question '\(id)' needs a 'next'")
      } else {
        for option in options where option.next == nil {
          log.error(option.location, "option '\(id)=\(option.id)' leads nowhere: give it a 'next' or give the question one")
        }
      }
    }
    return Question(
      id: id, kind: kind,
      text: r.localized(q["text"], "the text of question '\(id)'", languages: languages) ?? LocalizedText(universal: id),
      help: r.localized(q["help"], "the help of question '\(id)'", languages: languages) ?? LocalizedText(universal: ""),
      options: options, next: next, location: r.location(item))
  }

  /// One option; nil when it is unreadable or its id is in `seen`
  /// already (reported).
  private func readOption(
    _ node: Node, _ r: YAMLReader, question id: String, kind: Question.Kind, seen: inout Set<String>, languages: [String]
  ) -> AnswerOption? {
    guard let o = r.mapping(
      node, r.peekID(node).map { "option '\(id)=\($0)'" } ?? "an option of '\(id)'", allowed: ["id", "label", "sets", "next", "exclusive"],
      required: ["id", "label"]),
      let oid = r.identifier(o["id"], "an option id of '\(id)'")
    else { return nil }
    if !seen.insert(oid).inserted {
      log.error(r.location(o["id"]!), "question '\(id)': duplicate option id '\(oid)'")
      return nil
    }
    let next = readNext(o["next"], r)
    if kind == .multi, let nextNode = o["next"] {
      log.error(r.location(nextNode), "option '\(oid)' of multi-select question '\(id)' cannot have its own 'next'; give 'next' on the question")
    }
    let exclusive = r.bool(o["exclusive"], what: "option '\(id)=\(oid)': exclusive") ?? false
    if kind != .multi, let exclusiveNode = o["exclusive"] {
      log.error(r.location(exclusiveNode), "option '\(id)=\(oid)': only an option of a multi-select question can be exclusive")
    }
    let sets = r.identifiers(o["sets"], "the facts option '\(oid)' sets")
    for (fact, factNode) in sets { factUses.append((fact, r.location(factNode))) }
    return AnswerOption(
      id: oid,
      label: r.localized(o["label"], "the label of option '\(id)=\(oid)'", languages: languages) ?? LocalizedText(universal: oid),
      sets: sets.map(\.0), next: next, exclusive: exclusive, location: r.location(node))
  }

  func readNext(_ node: Node?, _ r: YAMLReader) -> NextStep? {
    guard let node, let target = r.identifier(node, "next") else { return nil }
    if target == "result" { return .result }
    nextUses.append((target, r.location(node)))
    return .question(target)
  }
}
