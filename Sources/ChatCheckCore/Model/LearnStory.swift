/// One learning story: a simulated chat with a stranger, for practising to
/// spot the trick before it happens. Every visitor meets the same
/// decisions in the same order; a choice changes the feedback and the
/// stranger's next lines, not the route.
public struct LearnStory: Sendable, Hashable {
  public var id: String
  /// Who the user plays: the person targeted, a parent, or a helper.
  public var reader: Reader
  /// Whom the story is for: young people, adults, or both.
  public var ages: AgeBand
  /// One short line on whom the story is for, for lists and the lesson
  /// sheet ("For 11- to 13-year-olds").
  public var audience: LocalizedText
  /// What a class should take away: the teacher's goals.
  public var goals: [LocalizedText]
  public var title: LocalizedText
  /// Where the reader is and who they are, before the chat starts.
  public var setting: LocalizedText
  /// The stranger's name as the chat shows it.
  public var them: LocalizedText
  /// The chat before the first decision.
  public var start: [ChatMessage]
  public var decisions: [LearnDecision]
  /// What happened in this story and how it usually goes on.
  public var outcome: LocalizedText
  /// The rules to remember, most important first.
  public var rules: [LocalizedText]
  public var location: SourceLocation

  public init(
    id: String, reader: Reader = .affected, ages: AgeBand = .all, audience: LocalizedText = LocalizedText(universal: ""),
    goals: [LocalizedText] = [], title: LocalizedText, setting: LocalizedText, them: LocalizedText,
    start: [ChatMessage], decisions: [LearnDecision], outcome: LocalizedText,
    rules: [LocalizedText], location: SourceLocation
  ) {
    self.id = id
    self.reader = reader
    self.ages = ages
    self.audience = audience
    self.goals = goals
    self.title = title
    self.setting = setting
    self.them = them
    self.start = start
    self.decisions = decisions
    self.outcome = outcome
    self.rules = rules
    self.location = location
  }

  public func decision(_ id: String) -> LearnDecision? { decisions.first { $0.id == id } }
}

/// One line of a simulated chat.
public struct ChatMessage: Sendable, Hashable {
  /// Who speaks: the stranger, the reader, or a narrating note.
  public enum Speaker: String, Sendable, Hashable, CaseIterable {
    case them, you, note
  }

  public var speaker: Speaker
  /// The clock time shown beside the message (`HH:MM`), if any.
  public var time: String?
  public var text: LocalizedText

  public init(speaker: Speaker, time: String?, text: LocalizedText) {
    self.speaker = speaker
    self.time = time
    self.text = text
  }
}

/// A point in the story where the reader picks a reply.
public struct LearnDecision: Sendable, Hashable {
  public var id: String
  public var prompt: LocalizedText
  public var options: [LearnOption]
  /// Questions for a class to talk about after this decision (class mode
  /// and the lesson sheet: the teacher's notes).
  public var discuss: [LocalizedText]
  public var location: SourceLocation

  public init(id: String, prompt: LocalizedText, options: [LearnOption], discuss: [LocalizedText] = [], location: SourceLocation) {
    self.id = id
    self.prompt = prompt
    self.options = options
    self.discuss = discuss
    self.location = location
  }

  public func option(_ id: String) -> LearnOption? { options.first { $0.id == id } }
}

/// One reply the reader can pick, with why it is safe or risky.
public struct LearnOption: Sendable, Hashable {
  public var id: String
  public var safe: Bool
  /// The reply as it appears in the chat.
  public var text: LocalizedText
  /// Why this reply is safe or risky, and which trick is at work.
  public var feedback: LocalizedText
  /// The stranger's (or a note's) lines after this reply.
  public var then: [ChatMessage]

  /// Whether the reply is something said (its text is in quotation marks,
  /// shown as the reader's message) rather than something done (shown as
  /// a note, without a time).
  public var isSaid: Bool {
    let first = text.universal ?? text.entries.first?.text ?? ""
    return first.first.map { "„“\"«‚'‘".contains($0) } ?? false
  }

  public init(id: String, safe: Bool, text: LocalizedText, feedback: LocalizedText, then: [ChatMessage]) {
    self.id = id
    self.safe = safe
    self.text = text
    self.feedback = feedback
    self.then = then
  }
}
