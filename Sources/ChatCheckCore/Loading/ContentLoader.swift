/// The result of loading a content folder: the content (nil when any error
/// was found) and every diagnostic.
public struct LoadResult: Sendable {
  public var content: Content?
  public var diagnostics: [Diagnostic]

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// Reads and checks a content folder's files. Every structural problem is
/// reported with its place; path analysis and invariants are `Linter`'s.
public enum ContentLoader {
  /// Loads `files` (every file of the folder). `folderName` names the
  /// folder in diagnostics about missing files.
  public static func load(_ files: [ContentFile], folderName: String) -> LoadResult {
    let log = DiagnosticLog()
    let session = LoaderSession(files: files, folder: folderName, log: log)
    let content = session.run()
    return LoadResult(content: log.hasErrors ? nil : content, diagnostics: log.sorted)
  }
}

/// One load: file lookup plus the references collected while reading, which
/// are checked once everything is read.
final class LoaderSession {
  let files: [String: ContentFile]
  let folder: String
  let log: DiagnosticLog

  init(files: [ContentFile], folder: String, log: DiagnosticLog) {
    var byPath: [String: ContentFile] = [:]
    for file in files { byPath[file.relativePath] = file }
    self.files = byPath
    self.folder = folder
    self.log = log
  }

  func displayPath(_ relative: String) -> String {
    files[relative]?.displayPath ?? (folder.isEmpty ? relative : "\(folder)/\(relative)")
  }

  /// Parses a required file; reports it missing.
  func document(_ relative: String) -> (YAMLReader, Node)? {
    let reader = YAMLReader(file: displayPath(relative), log: log)
    guard let file = files[relative] else {
      log.error(SourceLocation(file: reader.file, line: 1, column: 1), "the file is missing")
      return nil
    }
    guard let node = reader.parse(file.text) else { return nil }
    return (reader, node)
  }

  /// Facts named in `sets:`.
  var factUses: [(fact: String, location: SourceLocation)] = []
  /// Every `next:` that names a question.
  var nextUses: [(target: String, location: SourceLocation)] = []
  /// Every parsed condition with its source, for fact checks.
  var conditionUses: [(condition: Condition, reader: YAMLReader, node: Node, what: String)] = []
  /// Topics and roles named by cards, resources and invariants.
  var topicUses: [(topic: String, location: SourceLocation)] = []
  var roleUses: [(role: String, location: SourceLocation)] = []
  /// Resource ids seen so far, unique across all regions.
  var resourceIDs: Set<String> = []
  /// False when questions.yaml could not be read at all (so graph checks
  /// would only repeat that error).
  var questionsRead = false

  func run() -> Content? {
    guard let manifest = readManifest() else { return nil }
    let languages = manifest.languages
    let questions = readQuestions(languages: languages)
    let cards = readCards(languages: languages)
    let strings = readStrings(languages: languages, hasStories: !manifest.stories.isEmpty)
    var regions: [String: Region] = [:]
    for code in manifest.regions {
      if let region = readRegion(code, languages: languages) { regions[code] = region }
    }
    let stories = readStories(manifest.stories, languages: languages)
    reportUnusedFiles(regions: manifest.regions, stories: manifest.stories.map(\.0))

    let content = Content(
      languages: languages, defaultLanguage: manifest.defaultLanguage,
      regionCodes: manifest.regions, fallbackRegion: manifest.fallbackRegion,
      start: manifest.start.value, staleAfterDays: manifest.staleAfterDays, cardBudget: manifest.cardBudget,
      facts: manifest.facts, topics: manifest.topics.map(\.0), roles: manifest.roles.map(\.0),
      questions: questions, cards: cards, regions: regions, strings: strings,
      invariants: manifest.invariants, manifestLocation: manifest.location, stories: stories)
    ContentChecks(content: content, session: self, manifest: manifest).run()
    return content
  }

  // MARK: - Manifest

  struct Manifest {
    var languages: [String]
    var defaultLanguage: String
    var regions: [String]
    var fallbackRegion: String
    var start: (value: String, location: SourceLocation)
    var staleAfterDays: Int
    var cardBudget: Int?
    var facts: [FactDeclaration]
    var topics: [(String, SourceLocation)]
    var roles: [(String, SourceLocation)]
    var invariants: [Invariant]
    /// Learning stories in the order the welcome screen lists them.
    var stories: [(String, SourceLocation)]
    var location: SourceLocation
  }

  func readManifest() -> Manifest? {
    guard let (r, root) = document(ContentLayout.manifest) else { return nil }
    guard let m = r.mapping(
      root, "the manifest",
      allowed: ["format", "languages", "default_language", "regions", "fallback_region", "start",
                "stale_after_days", "card_budget", "facts", "topics", "roles", "invariants", "stories"],
      required: ["format", "languages", "regions", "fallback_region", "start", "facts", "topics", "roles"])
    else { return nil }

    if let format = r.string(m["format"], "format"), format != "1", let node = m["format"] {
      log.error(r.location(node), "format '\(format)' is not supported; this ChatCheck reads format 1")
    }
    let languages = r.identifiers(m["languages"], "languages")
    var languageCodes: [String] = []
    for (code, node) in languages {
      if code.count != 2 || !code.allSatisfy({ $0.isLowercase }) {
        log.error(r.location(node), "language '\(code)' must be a two-letter lower-case code such as 'de'")
      } else if languageCodes.contains(code) {
        log.error(r.location(node), "language '\(code)' is listed twice")
      } else {
        languageCodes.append(code)
      }
    }
    if languageCodes.isEmpty { log.error(r.location(root), "declare at least one language") ; return nil }

    var defaultLanguage = languageCodes[0]
    if let node = m["default_language"], let code = r.identifier(node, "default_language") {
      if languageCodes.contains(code) { defaultLanguage = code } else {
        log.error(r.location(node), "default_language '\(code)' is not one of the languages (\(languageCodes.joined(separator: ", ")))")
      }
    }

    var regionCodes: [String] = []
    for (code, node) in r.identifiers(m["regions"], "regions") {
      if !(code.count == 2 || code == "INT") || !code.allSatisfy({ $0.isUppercase }) {
        log.error(r.location(node), "region '\(code)' must be a two-letter upper-case country code or INT")
      } else if regionCodes.contains(code) {
        log.error(r.location(node), "region '\(code)' is listed twice")
      } else {
        regionCodes.append(code)
      }
    }
    var fallback = regionCodes.first ?? "INT"
    if let node = m["fallback_region"], let code = r.identifier(node, "fallback_region") {
      if regionCodes.contains(code) { fallback = code } else {
        log.error(r.location(node), "fallback_region '\(code)' is not one of the regions")
      }
    }

    var stale = 365
    if let node = m["stale_after_days"], let text = r.string(node, "stale_after_days") {
      if let days = Int(text), days > 0 { stale = days } else {
        log.error(r.location(node), "stale_after_days must be a whole number of days above 0, found '\(text)'")
      }
    }

    var cardBudget: Int?
    if let node = m["card_budget"], let text = r.string(node, "card_budget") {
      if let cards = Int(text), cards > 0 { cardBudget = cards } else {
        log.error(r.location(node), "card_budget must be a whole number of cards above 0, found '\(text)'")
      }
    }

    var facts: [FactDeclaration] = []
    var factIDs: Set<String> = []
    for item in r.list(m["facts"], "facts") ?? [] {
      guard let f = r.mapping(item, r.peekID(item).map { "fact '\($0)'" } ?? "a fact", allowed: ["id", "label"], required: ["id", "label"]),
        let id = r.identifier(f["id"], "a fact's id"),
        let label = r.localized(f["label"], "the label of fact '\(id)'", languages: languageCodes)
      else { continue }
      if !factIDs.insert(id).inserted {
        log.error(r.location(f["id"]!), "duplicate fact id '\(id)'")
        continue
      }
      facts.append(FactDeclaration(id: id, label: label, location: r.location(item)))
    }

    func uniqueList(_ key: String, _ what: String) -> [(String, SourceLocation)] {
      var seen: [(String, SourceLocation)] = []
      var ids: Set<String> = []
      for (id, node) in r.identifiers(m[key], key) {
        if ids.insert(id).inserted {
          seen.append((id, r.location(node)))
        } else {
          log.error(r.location(node), "duplicate \(what) '\(id)'")
        }
      }
      return seen
    }
    let topics = uniqueList("topics", "topic")
    let roles = uniqueList("roles", "resource role")
    let stories = uniqueList("stories", "story")

    var invariants: [Invariant] = []
    var invariantIDs: Set<String> = []
    for item in r.list(m["invariants"], "invariants") ?? [] {
      guard let inv = r.mapping(
        item, r.peekID(item).map { "invariant '\($0)'" } ?? "an invariant",
        allowed: ["id", "description", "when", "topics", "one_of", "never", "first", "after", "within", "order", "roles", "open_line"],
        required: ["id"]),
        let id = r.identifier(inv["id"], "an invariant's id")
      else { continue }
      if !invariantIDs.insert(id).inserted {
        log.error(r.location(inv["id"]!), "duplicate invariant id '\(id)'")
        continue
      }
      let when = readCondition(inv["when"], r, "the condition of invariant '\(id)'")
      let topics = r.identifiers(inv["topics"], "topics")
      let after = r.identifiers(inv["after"], "after")
      let order = r.identifiers(inv["order"], "order")
      let oneOf = r.identifiers(inv["one_of"], "one_of")
      let never = r.identifiers(inv["never"], "never")
      let openLine = r.identifiers(inv["open_line"], "open_line")
      let roles = r.identifiers(inv["roles"], "roles")
      let first = r.identifier(inv["first"], "first")
      for (topic, node) in topics + after + order + oneOf + never + openLine { topicUses.append((topic, r.location(node))) }
      if let first, let node = inv["first"] { topicUses.append((first, r.location(node))) }
      for (role, node) in roles { roleUses.append((role, r.location(node))) }
      var within = 1
      if let node = inv["within"], let text = r.string(node, "within") {
        if let n = Int(text), n >= 1 { within = n } else {
          log.error(r.location(node), "invariant '\(id)': within must be a whole number of cards from 1, found '\(text)'")
        }
        if first == nil { log.error(r.location(node), "invariant '\(id)': 'within' only goes with 'first'") }
      }
      var invariant = Invariant(
        id: id, description: r.string(inv["description"], "description") ?? id, when: when,
        topics: topics.map(\.0), first: first, firstAfter: after.map(\.0), within: within,
        order: order.map(\.0), roles: roles.map(\.0), location: r.location(item))
      invariant.oneOf = oneOf.map(\.0)
      invariant.never = never.map(\.0)
      invariant.openLine = openLine.map(\.0)
      if invariant.topics.isEmpty && invariant.first == nil && invariant.order.isEmpty && invariant.roles.isEmpty
        && invariant.oneOf.isEmpty && invariant.never.isEmpty && invariant.openLine.isEmpty
      {
        log.error(r.location(item), "invariant '\(id)' requires nothing; give topics, one_of, never, first, order, roles or open_line")
      }
      if !invariant.firstAfter.isEmpty && invariant.first == nil, let node = inv["after"] {
        log.error(r.location(node), "invariant '\(id)': 'after' only goes with 'first'")
        invariant.firstAfter = []
      }
      invariants.append(invariant)
    }

    guard let startNode = m["start"], let start = r.identifier(startNode, "start") else { return nil }
    return Manifest(
      languages: languageCodes, defaultLanguage: defaultLanguage, regions: regionCodes,
      fallbackRegion: fallback, start: (start, r.location(startNode)), staleAfterDays: stale,
      cardBudget: cardBudget,
      facts: facts, topics: topics, roles: roles, invariants: invariants, stories: stories,
      location: r.location(root))
  }

  /// Parses a `when:`; a missing one means "always". Syntax errors and
  /// undeclared facts are checked later with the fact list, so here only
  /// syntax is reported.
  func readCondition(_ node: Node?, _ r: YAMLReader, _ what: String) -> Condition {
    guard let node, let text = r.string(node, what) else { return .always }
    do {
      let condition = try ConditionParser.parse(text)
      conditionUses.append((condition, r, node, what))
      return condition
    } catch {
      log.error(r.location(node, offset: error.offset), "\(what): \(error.message)")
      return .always
    }
  }

  // MARK: - Questions

  func readQuestions(languages: [String]) -> [Question] {
    guard let (r, root) = document(ContentLayout.questions),
      let m = r.mapping(root, "questions.yaml", allowed: ["questions"], required: ["questions"]),
      let items = r.list(m["questions"], "questions")
    else { return [] }
    questionsRead = true
    var questions: [Question] = []
    var seenIDs: Set<String> = []
    for item in items {
      guard let q = r.mapping(
        item, r.peekID(item).map { "question '\($0)'" } ?? "a question", allowed: ["id", "type", "text", "help", "options", "next"],
        required: ["id", "text", "help", "options"]),
        let id = r.identifier(q["id"], "a question's id")
      else { continue }
      if id == "result" {
        log.error(r.location(q["id"]!), "'result' is reserved for the end of the interview; choose another question id")
        continue
      }
      if !seenIDs.insert(id).inserted {
        log.error(r.location(q["id"]!), "duplicate question id '\(id)'")
        continue
      }
      var kind = Question.Kind.single
      if let node = q["type"], let text = r.string(node, "type") {
        if let k = Question.Kind(rawValue: text) { kind = k } else {
          log.error(r.location(node), "question '\(id)': type must be 'single' or 'multi', found '\(text)'")
        }
      }
      var options: [AnswerOption] = []
      var optionIDs: Set<String> = []
      for optionNode in r.list(q["options"], "the options of '\(id)'") ?? [] {
        guard let o = r.mapping(
          optionNode, r.peekID(optionNode).map { "option '\(id)=\($0)'" } ?? "an option of '\(id)'", allowed: ["id", "label", "sets", "next", "exclusive"],
          required: ["id", "label"]),
          let oid = r.identifier(o["id"], "an option id of '\(id)'")
        else { continue }
        if !optionIDs.insert(oid).inserted {
          log.error(r.location(o["id"]!), "question '\(id)': duplicate option id '\(oid)'")
          continue
        }
        let next = readNext(o["next"], r)
        if kind == .multi, let node = o["next"] {
          log.error(r.location(node), "option '\(oid)' of multi-select question '\(id)' cannot have its own 'next'; give 'next' on the question")
        }
        var exclusive = false
        if let node = o["exclusive"], let text = r.string(node, "exclusive") {
          if text == "true" { exclusive = true } else if text != "false" {
            log.error(r.location(node), "option '\(id)=\(oid)': exclusive must be true or false, found '\(text)'")
          }
          if kind != .multi { log.error(r.location(node), "option '\(id)=\(oid)': only an option of a multi-select question can be exclusive") }
        }
        let sets = r.identifiers(o["sets"], "the facts option '\(oid)' sets")
        for (fact, node) in sets { factUses.append((fact, r.location(node))) }
        options.append(AnswerOption(
          id: oid,
          label: r.localized(o["label"], "the label of option '\(id)=\(oid)'", languages: languages)
            ?? LocalizedText(universal: oid),
          sets: sets.map(\.0), next: next, exclusive: exclusive, location: r.location(optionNode)))
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
      questions.append(Question(
        id: id, kind: kind,
        text: r.localized(q["text"], "the text of question '\(id)'", languages: languages) ?? LocalizedText(universal: id),
        help: r.localized(q["help"], "the help of question '\(id)'", languages: languages) ?? LocalizedText(universal: ""),
        options: options, next: next, location: r.location(item)))
    }
    return questions
  }

  func readNext(_ node: Node?, _ r: YAMLReader) -> NextStep? {
    guard let node, let target = r.identifier(node, "next") else { return nil }
    if target == "result" { return .result }
    nextUses.append((target, r.location(node)))
    return .question(target)
  }
}

