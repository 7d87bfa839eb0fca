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
  /// In a multi-select question: chosen only alone ("none of these",
  /// "I don't know").
  public var exclusive: Bool = false
  public var location: SourceLocation
}

/// One question of the interview.
public struct Question: Hashable, Sendable {
  public enum Kind: String, CaseIterable, Hashable, Sendable {
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

  /// Every answer a multi-select question takes: each non-empty subset of
  /// the options that combine, in option order, then each exclusive option
  /// alone. Empty when more than `maxCombined` options combine.
  public var selections: [[AnswerOption]] {
    let combined = options.filter { !$0.exclusive }
    guard combined.count <= Self.maxCombined else { return [] }
    var result: [[AnswerOption]] = []
    if !combined.isEmpty {
      for subset in 1..<(1 << combined.count) {
        result.append(combined.enumerated().filter { subset & (1 << $0.offset) != 0 }.map(\.element))
      }
    }
    return result + options.filter(\.exclusive).map { [$0] }
  }

  /// The most options of a multi-select question that combine freely
  /// (2^12 combinations).
  public static let maxCombined = 12
}
