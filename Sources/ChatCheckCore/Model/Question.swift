/// Where an answer leads: another question, or the result.
public enum NextStep: Hashable, Sendable {
  case question(String)
  case result
}

/// One answer a question offers.
public struct AnswerOption: Hashable, Sendable {
  public var id: String
  public var label: LocalizedText
  /// Facts that choosing this option sets.
  public var sets: [String]
  /// Overrides the question's `next` for this option.
  public var next: NextStep?
  public var location: SourceLocation
}

/// One question of the interview.
public struct Question: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    /// Exactly one option.
    case single
    /// One or more options.
    case multi
  }

  public var id: String
  public var kind: Kind
  public var text: LocalizedText
  /// The "why we ask" text.
  public var help: LocalizedText
  public var options: [AnswerOption]
  /// Where the question leads when an option names no `next`.
  public var next: NextStep?
  public var location: SourceLocation

  /// The step after choosing `options` (a single option, or a multi-select
  /// set, which always follows the question's `next`).
  public func nextStep(after optionIDs: [String]) -> NextStep? {
    if kind == .single, let id = optionIDs.first,
      let option = options.first(where: { $0.id == id }), let next = option.next
    {
      return next
    }
    return next
  }

  public func option(_ id: String) -> AnswerOption? {
    options.first { $0.id == id }
  }
}
