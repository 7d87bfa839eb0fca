/// The checked content as one string: written at build time, after the
/// loader and lint found no error, and read at start instead of the YAML.
/// Positional (`ArchiveWriter`/`ArchiveReader`): each type writes its
/// fields in a fixed order and reads them back in the same order; a test
/// round-trips the shipped content.
extension Content {
  /// The content in the archive format.
  public func archived() -> String {
    var w = ArchiveWriter()
    w.strings(languages)
    w.string(defaultLanguage)
    w.strings(regionCodes)
    w.string(fallbackRegion)
    w.string(start)
    w.int(staleAfterDays)
    w.optional(cardBudget) { $0.int($1) }
    w.list(facts) { $1.write(&$0) }
    w.strings(topics)
    w.strings(roles)
    w.list(questions) { $1.write(&$0) }
    w.list(cards) { $1.write(&$0) }
    w.list(regions.keys.sorted()) { regions[$1]!.write(&$0) }
    w.list(strings.keys.sorted()) { w, key in
      w.string(key)
      strings[key]!.write(&w)
    }
    w.list(invariants) { $1.write(&$0) }
    manifestLocation.write(&w)
    w.list(stories) { $1.write(&$0) }
    return w.text
  }

  /// Content read back from `archived()`.
  public static func unarchived(_ archive: String) throws -> Content {
    var text = archive
    return try text.withUTF8 { bytes throws(ArchiveReader.Malformed) -> Content in
      var r = ArchiveReader(bytes)
      let languages = try r.strings()
      let defaultLanguage = try r.string()
      let regionCodes = try r.strings()
      let fallbackRegion = try r.string()
      let start = try r.string()
      let staleAfterDays = try r.int()
      let cardBudget = try r.optional { (r: inout ArchiveReader) throws(ArchiveReader.Malformed) in try r.int() }
      let facts = try r.list(FactDeclaration.read)
      let topics = try r.strings()
      let roles = try r.strings()
      let questions = try r.list(Question.read)
      let cards = try r.list(AdviceCard.read)
      var regions: [String: Region] = [:]
      for region in try r.list(Region.read) { regions[region.code] = region }
      var strings: [String: LocalizedText] = [:]
      for (key, value) in try r.list({ (r: inout ArchiveReader) throws(ArchiveReader.Malformed) in (try r.string(), try LocalizedText.read(&r)) }) {
        strings[key] = value
      }
      let invariants = try r.list(Invariant.read)
      let manifestLocation = try SourceLocation.read(&r)
      let stories = try r.list(LearnStory.read)
      guard r.isAtEnd else { throw r.fail("bytes after the end") }
      return Content(
        languages: languages, defaultLanguage: defaultLanguage, regionCodes: regionCodes,
        fallbackRegion: fallbackRegion, start: start, staleAfterDays: staleAfterDays, cardBudget: cardBudget,
        facts: facts, topics: topics, roles: roles, questions: questions, cards: cards, regions: regions,
        strings: strings, invariants: invariants, manifestLocation: manifestLocation, stories: stories)
    }
  }
}

typealias Malformed = ArchiveReader.Malformed

extension SourceLocation {
  func write(_ w: inout ArchiveWriter) {
    w.string(file)
    w.int(line)
    w.int(column)
  }

  static func read(_ r: inout ArchiveReader) throws(Malformed) -> SourceLocation {
    SourceLocation(file: try r.string(), line: try r.int(), column: try r.int())
  }
}

extension LocalizedText {
  func write(_ w: inout ArchiveWriter) {
    w.optional(universal) { $0.string($1) }
    w.list(translations.keys.sorted()) { w, language in
      w.string(language)
      w.string(translations[language]!)
    }
  }

  static func read(_ r: inout ArchiveReader) throws(Malformed) -> LocalizedText {
    if let universal = try r.optional({ (r: inout ArchiveReader) throws(Malformed) in try r.string() }) {
      _ = try r.int()
      return LocalizedText(universal: universal)
    }
    var translations: [String: String] = [:]
    for _ in 0..<(try r.int()) {
      let language = try r.string()
      translations[language] = try r.string()
    }
    return LocalizedText(translations: translations)
  }

  static func readOptional(_ r: inout ArchiveReader) throws(Malformed) -> LocalizedText? { try r.optional(read) }
}

extension FactDeclaration {
  func write(_ w: inout ArchiveWriter) {
    w.string(id)
    label.write(&w)
    location.write(&w)
  }

  static func read(_ r: inout ArchiveReader) throws(Malformed) -> FactDeclaration {
    FactDeclaration(id: try r.string(), label: try LocalizedText.read(&r), location: try SourceLocation.read(&r))
  }
}

extension NextStep {
  static func writeOptional(_ next: NextStep?, _ w: inout ArchiveWriter) {
    w.optional(next) { w, next in
      switch next {
      case .result: w.bool(false)
      case .question(let id):
        w.bool(true)
        w.string(id)
      }
    }
  }

  static func readOptional(_ r: inout ArchiveReader) throws(Malformed) -> NextStep? {
    try r.optional { (r: inout ArchiveReader) throws(Malformed) -> NextStep in try r.bool() ? .question(try r.string()) : .result }
  }
}

extension Question {
  func write(_ w: inout ArchiveWriter) {
    w.string(id)
    w.string(kind.rawValue)
    text.write(&w)
    help.write(&w)
    w.list(options) { w, option in
      w.string(option.id)
      option.label.write(&w)
      w.strings(option.sets)
      NextStep.writeOptional(option.next, &w)
      w.bool(option.exclusive)
      option.location.write(&w)
    }
    NextStep.writeOptional(next, &w)
    location.write(&w)
  }

  static func read(_ r: inout ArchiveReader) throws(Malformed) -> Question {
    let id = try r.string(), kind = try r.raw(Kind.self), text = try LocalizedText.read(&r), help = try LocalizedText.read(&r)
    let options = try r.list { (r: inout ArchiveReader) throws(Malformed) in
      AnswerOption(
        id: try r.string(), label: try LocalizedText.read(&r), sets: try r.strings(), next: try NextStep.readOptional(&r),
        exclusive: try r.bool(), location: try SourceLocation.read(&r))
    }
    return Question(id: id, kind: kind, text: text, help: help, options: options, next: try NextStep.readOptional(&r), location: try SourceLocation.read(&r))
  }
}

extension Condition {
  func write(_ w: inout ArchiveWriter) {
    switch self {
    case .always: w.int(0)
    case .fact(let name, let offset):
      w.int(1)
      w.string(name)
      w.int(offset)
    case .not(let inner):
      w.int(2)
      inner.write(&w)
    case .and(let parts):
      w.int(3)
      w.list(parts) { $1.write(&$0) }
    case .or(let parts):
      w.int(4)
      w.list(parts) { $1.write(&$0) }
    }
  }

  static func read(_ r: inout ArchiveReader) throws(Malformed) -> Condition {
    switch try r.int() {
    case 0: return .always
    case 1: return .fact(try r.string(), offset: try r.int())
    case 2: return .not(try read(&r))
    case 3: return .and(try r.list(read))
    case 4: return .or(try r.list(read))
    default: throw r.fail("an unknown condition")
    }
  }
}

extension AdviceCard {
  func write(_ w: inout ArchiveWriter) {
    w.string(id)
    w.string(topic)
    w.string(priority.rawValue)
    when.write(&w)
    w.list(wordings) { w, wording in
      w.optional(wording.reader) { $0.string($1.rawValue) }
      wording.title.write(&w)
      wording.text.write(&w)
      w.list(wording.steps) { $1.write(&$0) }
      w.optional(wording.now) { $1.write(&$0) }
      w.optional(wording.resourceRoles) { $0.strings($1) }
      wording.location.write(&w)
    }
    w.strings(resourceRoles)
    w.optional(reach) { $0.string($1.rawValue) }
    location.write(&w)
  }

  static func read(_ r: inout ArchiveReader) throws(Malformed) -> AdviceCard {
    let id = try r.string(), topic = try r.string(), priority = try r.raw(Priority.self), when = try Condition.read(&r)
    let wordings = try r.list { (r: inout ArchiveReader) throws(Malformed) in
      CardWording(
        reader: try r.optional { (r: inout ArchiveReader) throws(Malformed) in try r.raw(Reader.self) },
        title: try LocalizedText.read(&r), text: try LocalizedText.read(&r), steps: try r.list(LocalizedText.read),
        now: try LocalizedText.readOptional(&r),
        resourceRoles: try r.optional { (r: inout ArchiveReader) throws(Malformed) in try r.strings() },
        location: try SourceLocation.read(&r))
    }
    return AdviceCard(
      id: id, topic: topic, priority: priority, when: when, wordings: wordings, resourceRoles: try r.strings(),
      reach: try r.optional { (r: inout ArchiveReader) throws(Malformed) in try r.raw(ChannelKind.self) },
      location: try SourceLocation.read(&r))
  }
}

extension Region {
  func write(_ w: inout ArchiveWriter) {
    w.string(code)
    name.write(&w)
    w.list(resources) { w, resource in
      w.string(resource.id)
      w.strings(resource.roles)
      resource.name.write(&w)
      w.list(resource.channels) { w, channel in
        w.string(channel.kind.rawValue)
        w.string(channel.value)
        w.optional(channel.note) { $1.write(&$0) }
      }
      w.string(resource.ages.rawValue)
      w.optional(resource.hours) { $1.write(&$0) }
      w.optional(resource.audience) { $1.write(&$0) }
      w.string(resource.source)
      w.string(resource.checked)
      w.bool(resource.verified)
      w.optional(resource.unverifiedNote) { $0.string($1) }
      resource.location.write(&w)
      w.optional(resource.openingHours?.source) { $0.string($1) }
      w.optional(resource.timeZone) { $0.string($1) }
      w.strings(resource.languages)
      w.bool(resource.offeredAsFallback)
    }
    location.write(&w)
    w.optional(timeZone) { $0.string($1) }
    w.strings(languages)
  }

  static func read(_ r: inout ArchiveReader) throws(Malformed) -> Region {
    let code = try r.string(), name = try LocalizedText.read(&r)
    let resources = try r.list { (r: inout ArchiveReader) throws(Malformed) in
      Resource(
        id: try r.string(), roles: try r.strings(), name: try LocalizedText.read(&r),
        channels: try r.list { (r: inout ArchiveReader) throws(Malformed) in
          Channel(kind: try r.raw(ChannelKind.self), value: try r.string(), note: try LocalizedText.readOptional(&r))
        },
        ages: try r.raw(AgeBand.self), hours: try LocalizedText.readOptional(&r), audience: try LocalizedText.readOptional(&r),
        source: try r.string(), checked: try r.string(), verified: try r.bool(),
        unverifiedNote: try r.optional { (r: inout ArchiveReader) throws(Malformed) in try r.string() },
        location: try SourceLocation.read(&r),
        openingHours: try r.optional { (r: inout ArchiveReader) throws(Malformed) in
          guard case .success(let hours) = OpeningHours.parse(try r.string()) else { throw Malformed(description: "opening hours that do not parse") }
          return hours
        },
        timeZone: try r.optional { (r: inout ArchiveReader) throws(Malformed) in try r.string() },
        languages: try r.strings(), offeredAsFallback: try r.bool())
    }
    return Region(
      code: code, name: name, resources: resources, location: try SourceLocation.read(&r),
      timeZone: try r.optional { (r: inout ArchiveReader) throws(Malformed) in try r.string() }, languages: try r.strings())
  }
}

extension Invariant {
  func write(_ w: inout ArchiveWriter) {
    w.string(id)
    w.string(description)
    when.write(&w)
    w.strings(topics)
    w.strings(oneOf)
    w.strings(never)
    w.optional(first) { $0.string($1) }
    w.strings(firstAfter)
    w.int(within)
    w.strings(order)
    w.strings(roles)
    location.write(&w)
    w.strings(openLine)
  }

  static func read(_ r: inout ArchiveReader) throws(Malformed) -> Invariant {
    let id = try r.string(), description = try r.string(), when = try Condition.read(&r)
    let topics = try r.strings(), oneOf = try r.strings(), never = try r.strings()
    let first = try r.optional { (r: inout ArchiveReader) throws(Malformed) in try r.string() }
    var invariant = Invariant(
      id: id, description: description, when: when, topics: topics, first: first, firstAfter: try r.strings(),
      within: try r.int(), order: try r.strings(), roles: try r.strings(), location: try SourceLocation.read(&r))
    invariant.oneOf = oneOf
    invariant.never = never
    invariant.openLine = try r.strings()
    return invariant
  }
}

extension ChatMessage {
  func write(_ w: inout ArchiveWriter) {
    w.string(speaker.rawValue)
    w.optional(time) { $0.string($1) }
    text.write(&w)
  }

  static func read(_ r: inout ArchiveReader) throws(Malformed) -> ChatMessage {
    ChatMessage(
      speaker: try r.raw(Speaker.self), time: try r.optional { (r: inout ArchiveReader) throws(Malformed) in try r.string() },
      text: try LocalizedText.read(&r))
  }
}

extension LearnStory {
  func write(_ w: inout ArchiveWriter) {
    w.string(id)
    title.write(&w)
    setting.write(&w)
    them.write(&w)
    w.list(start) { $1.write(&$0) }
    w.list(decisions) { w, decision in
      w.string(decision.id)
      decision.prompt.write(&w)
      w.list(decision.options) { w, option in
        w.string(option.id)
        w.bool(option.safe)
        option.text.write(&w)
        option.feedback.write(&w)
        w.list(option.then) { $1.write(&$0) }
      }
      decision.location.write(&w)
    }
    outcome.write(&w)
    w.list(rules) { $1.write(&$0) }
    location.write(&w)
  }

  static func read(_ r: inout ArchiveReader) throws(Malformed) -> LearnStory {
    let id = try r.string(), title = try LocalizedText.read(&r), setting = try LocalizedText.read(&r), them = try LocalizedText.read(&r)
    let start = try r.list(ChatMessage.read)
    let decisions = try r.list { (r: inout ArchiveReader) throws(Malformed) in
      LearnDecision(
        id: try r.string(), prompt: try LocalizedText.read(&r),
        options: try r.list { (r: inout ArchiveReader) throws(Malformed) in
          LearnOption(
            id: try r.string(), safe: try r.bool(), text: try LocalizedText.read(&r), feedback: try LocalizedText.read(&r),
            then: try r.list(ChatMessage.read))
        },
        location: try SourceLocation.read(&r))
    }
    return LearnStory(
      id: id, title: title, setting: setting, them: them, start: start, decisions: decisions,
      outcome: try LocalizedText.read(&r), rules: try r.list(LocalizedText.read), location: try SourceLocation.read(&r))
  }
}
