/// One walk through a learning story: the replies picked so far. The route
/// is fixed (every visitor meets the same decisions in order); a reply
/// changes only the feedback and the stranger's next lines.
public struct LearnRun: Sendable, Equatable {
  public let story: LearnStory
  /// The reply picked at each decision so far, in order.
  public private(set) var choices: [LearnOption] = []

  public init(story: LearnStory) {
    self.story = story
  }

  /// The decision waiting for a reply; nil when the story is over.
  public var currentDecision: LearnDecision? {
    choices.count < story.decisions.count ? story.decisions[choices.count] : nil
  }

  public var isFinished: Bool { currentDecision == nil }

  /// Picks option `index` of the current decision; false when there is no
  /// such option or the story is over.
  @discardableResult
  public mutating func choose(_ index: Int) -> Bool {
    guard let decision = currentDecision, decision.options.indices.contains(index) else { return false }
    choices.append(decision.options[index])
    return true
  }

  /// Takes back the last reply; false at the start.
  @discardableResult
  public mutating func back() -> Bool {
    guard !choices.isEmpty else { return false }
    choices.removeLast()
    return true
  }

  /// The chat so far: the opening lines, then per reply the reader's
  /// message and what follows it. A reply carries the time of the line
  /// before it, as a messenger would show it. Without `answerToLast` the
  /// lines after the last reply are left out (they show after its
  /// feedback).
  public func transcript(answerToLast: Bool = true) -> [ChatMessage] {
    var lines = story.start
    for (index, choice) in choices.enumerated() {
      if choice.isSaid {
        let time = lines.last { $0.time != nil }?.time
        lines.append(ChatMessage(speaker: .you, time: time, text: choice.text))
      } else {
        // "I don't reply and take screenshots" is done, not sent.
        lines.append(ChatMessage(speaker: .note, time: nil, text: choice.text))
      }
      if answerToLast || index < choices.count - 1 { lines += choice.then }
    }
    return lines
  }

  /// What the story taught, in `language`, with the lines of `region`
  /// (in its feedback's `{line:ROLE}` and at its end).
  public func result(language: String, content: Content, region: String) -> LearnResult {
    let text = { (t: LocalizedText) in story.filled(t, language, content: content, region: region) }
    return LearnResult(
      scenario: story.id, title: story.title.text(language), language: language,
      decisions: zip(story.decisions, choices).map { decision, option in
        LearnResult.Decision(
          id: decision.id, prompt: decision.prompt.text(language), option: option.id,
          reply: option.text.text(language), safe: option.safe, feedback: text(option.feedback))
      },
      outcome: text(story.outcome), rules: story.rules.map { $0.text(language) },
      help: StoryLines.resources(story, content: content, region: region).map { ResultDocument.Help($0, language, content) })
  }
}

extension LearnStory {
  /// `text` in `language`, each `{line:ROLE}` filled with `region`'s line.
  public func filled(_ text: LocalizedText, _ language: String, content: Content, region: String) -> String {
    StoryLines.fill(text.text(language), story: self, content: content, region: region, language: language)
  }
}

/// A finished (or partly finished) story, as text in one language: what
/// the renderers print.
public struct LearnResult: Sendable, Equatable {
  public struct Decision: Sendable, Equatable {
    public var id: String
    public var prompt: String
    public var option: String
    public var reply: String
    public var safe: Bool
    public var feedback: String
  }

  public var scenario: String
  public var title: String
  /// The language code given (`de`, `en`), not the spelling variant.
  public var language: String
  public var decisions: [Decision]
  public var outcome: String
  public var rules: [String]
  /// The region's lines for the story's audience.
  public var help: [ResultDocument.Help] = []
}
