/// Reading the learning stories (`learn/ID.yaml`) with the same checks as
/// the interview: every text in every language, ids, references, feedback
/// for every reply and a safe reply at every decision.
extension LoaderSession {
  /// The number of decisions a story should have: enough to show the
  /// whole trick, few enough for one lesson.
  static let storyDecisions = 4...8

  func readStories(_ ids: [(String, SourceLocation)], languages: [String]) -> [LearnStory] {
    ids.compactMap { id, location in
      guard files[ContentLayout.storyFile(id)] != nil else {
        log.error(location, "story '\(id)' has no file \(ContentLayout.storyFile(id))")
        return nil
      }
      return readStory(id, languages: languages)
    }
  }

  private func readStory(_ id: String, languages: [String]) -> LearnStory? {
    let errorsBefore = log.errorCount
    guard let (r, root) = document(ContentLayout.storyFile(id)),
      let m = r.mapping(
        root, "story '\(id)'",
        allowed: ["id", "reader", "ages", "audience", "goals", "title", "setting", "them", "start", "decisions", "outcome", "rules"],
        required: ["id", "reader", "ages", "audience", "goals", "title", "setting", "them", "decisions", "outcome", "rules"])
    else { return nil }
    if let node = m["id"], let given = r.identifier(node, "the story's id"), given != id {
      log.error(r.location(node), "the story's id '\(given)' differs from its file name '\(id)'")
    }
    func text(_ key: String) -> LocalizedText? {
      r.localized(m[key], "story '\(id)': \(key)", languages: languages)
    }
    let reader = r.enumeration(m["reader"], Reader.self, what: "story '\(id)': reader")
    let ages = r.enumeration(m["ages"], AgeBand.self, what: "story '\(id)': ages")
    let audience = r.localized(m["audience"], "story '\(id)': audience", languages: languages, universalAllowed: false)
    let goals = localizedList(m["goals"], r, "story '\(id)': goals", item: "goal", languages: languages)
    let title = text("title")
    let setting = text("setting")
    let them = text("them")
    let outcome = text("outcome")
    let start = messages(m["start"], r, "story '\(id)': start", languages: languages)

    let rules = localizedList(m["rules"], r, "story '\(id)': rules", item: "rule", languages: languages)

    var decisions: [LearnDecision] = []
    var decisionIDs: Set<String> = []
    for item in r.list(m["decisions"], "story '\(id)': decisions") ?? [] {
      guard let decision = readDecision(item, r, story: id, languages: languages) else { continue }
      if !decisionIDs.insert(decision.id).inserted {
        log.error(decision.location, "story '\(id)': duplicate decision id '\(decision.id)'")
        continue
      }
      decisions.append(decision)
    }
    if let node = m["decisions"], !Self.storyDecisions.contains(decisions.count) {
      let bounds = "\(Self.storyDecisions.lowerBound) to \(Self.storyDecisions.upperBound)"
      if decisions.isEmpty {
        log.error(r.location(node), "story '\(id)' has no decisions; a story has \(bounds)")
      } else {
        log.warning(r.location(node), "story '\(id)' has \(decisions.count) decisions; a story has \(bounds)")
      }
    }
    guard let reader, let ages, let audience, let title, let setting, let them, let outcome else { return nil }
    let story = LearnStory(
      id: id, reader: reader, ages: ages, audience: audience, goals: goals, title: title, setting: setting, them: them,
      start: start, decisions: decisions, outcome: outcome, rules: rules, location: r.location(root))
    // A story that is broken already, or too short or long, gets no
    // verdict on its balance.
    let whole = log.errorCount == errorsBefore && Self.storyDecisions.contains(decisions.count)
    // Every language a class may see, translations included.
    let all = languages + texts.catalogs.map(\.language)
    for problem in whole ? StoryRules.problems(story, languages: all) : [] {
      log.error(problem.location, problem.message)
    }
    return story
  }

  /// A non-empty list of texts in every language ("rules", "goals",
  /// "discuss"); each item is named `item` and its number in messages.
  private func localizedList(_ node: Node?, _ r: YAMLReader, _ what: String, item: String, languages: [String]) -> [LocalizedText] {
    guard let node else { return [] }
    var texts: [LocalizedText] = []
    for (index, element) in (r.list(node, what) ?? []).enumerated() {
      if let text = r.localized(element, "\(what): \(item) \(index + 1)", languages: languages, universalAllowed: false) {
        texts.append(text)
      }
    }
    if texts.isEmpty { log.error(r.location(node), "\(what) needs at least one \(item)") }
    return texts
  }

  private func readDecision(_ node: Node, _ r: YAMLReader, story: String, languages: [String]) -> LearnDecision? {
    let what = r.peekID(node).map { "story '\(story)', decision '\($0)'" } ?? "story '\(story)': a decision"
    guard let d = r.mapping(node, what, allowed: ["id", "prompt", "options", "discuss"], required: ["id", "prompt", "options", "discuss"]),
      let id = r.identifier(d["id"], "a decision's id")
    else { return nil }
    let prompt = r.localized(d["prompt"], "\(what): prompt", languages: languages)
    // The teacher's notes: what a class talks about after this decision.
    let discuss = localizedList(d["discuss"], r, "\(what): discuss", item: "prompt", languages: languages)
    var options: [LearnOption] = []
    var optionIDs: Set<String> = []
    for item in r.list(d["options"], "\(what): options") ?? [] {
      guard let option = readOption(item, r, what: what, languages: languages) else { continue }
      if !optionIDs.insert(option.id).inserted {
        log.error(r.location(item), "\(what): duplicate option id '\(option.id)'")
        continue
      }
      options.append(option)
    }
    if let node = d["options"] {
      if options.count < 2 {
        log.error(r.location(node), "\(what) needs at least two options to choose from")
      }
      if !options.isEmpty && !options.contains(where: \.safe) {
        log.error(r.location(node), "\(what) has no safe option; mark at least one with 'safe: true'")
      }
      if options.count >= 2 && options.allSatisfy(\.safe) {
        log.error(r.location(node), "\(what) has no risky option; a decision needs a reply to learn from ('safe: false')")
      }
    }
    guard let prompt else { return nil }
    return LearnDecision(id: id, prompt: prompt, options: options, discuss: discuss, location: r.location(node))
  }

  private func readOption(_ node: Node, _ r: YAMLReader, what: String, languages: [String]) -> LearnOption? {
    let name = r.peekID(node).map { "\(what), option '\($0)'" } ?? "\(what): an option"
    guard let o = r.mapping(node, name, allowed: ["id", "safe", "text", "feedback", "then"], required: ["id", "safe", "text", "feedback"]),
      let id = r.identifier(o["id"], "an option's id")
    else { return nil }
    let safe = r.bool(o["safe"], what: "\(name): safe")
    let text = r.localized(o["text"], "\(name): text", languages: languages)
    let feedback = r.localized(o["feedback"], "\(name): feedback", languages: languages, universalAllowed: false)
    let then = messages(o["then"], r, "\(name): then", languages: languages)
    guard let safe, let text, let feedback else { return nil }
    return LearnOption(id: id, safe: safe, text: text, feedback: feedback, then: then)
  }

  /// A list of chat lines: `{from: them|you|note, at: "HH:MM", text: …}`.
  private func messages(_ node: Node?, _ r: YAMLReader, _ what: String, languages: [String]) -> [ChatMessage] {
    guard let node else { return [] }
    var result: [ChatMessage] = []
    for (index, item) in (r.list(node, what) ?? []).enumerated() {
      let name = "\(what), message \(index + 1)"
      guard let m = r.mapping(item, name, allowed: ["from", "at", "text"], required: ["from", "text"]) else { continue }
      let speaker = r.enumeration(m["from"], ChatMessage.Speaker.self, what: "\(name): from")
      var time: String?
      if let atNode = m["at"], let at = r.string(atNode, "\(name): at") {
        if Self.isClockTime(at) { time = at } else {
          log.error(r.location(atNode), "\(name): at must be a time written HH:MM, found '\(at)'")
        }
        if speaker == .note { log.error(r.location(atNode), "\(name): a note has no time") }
      }
      guard let speaker, let text = r.localized(m["text"], "\(name): text", languages: languages) else { continue }
      result.append(ChatMessage(speaker: speaker, time: time, text: text))
    }
    return result
  }

  static func isClockTime(_ text: String) -> Bool {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
      let hour = Int(parts[0]), let minute = Int(parts[1])
    else { return false }
    return (0...23).contains(hour) && (0...59).contains(minute)
  }
}
