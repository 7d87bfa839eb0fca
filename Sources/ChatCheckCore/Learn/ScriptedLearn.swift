/// `chatcheck learn --scenario ID --answers FILE`: a map of decision id to
/// option id, replayed through `LearnRun`, with the errors of `answer`:
/// unknown ids are usage errors (64), missing decisions data errors (65).
public enum ScriptedLearn {
  /// The story `id`, or a usage error that lists the stories.
  public static func story(_ id: String, content: Content) throws(InputError) -> LearnStory {
    guard let story = content.story(id) else {
      throw InputError(.usage, [.unknownStory(id, stories: content.stories.map(\.id))])
    }
    return story
  }

  /// Replays `given` (from `ScriptedAnswers.parseFile`) through `story`.
  public static func replay(_ given: [ScriptedAnswer], story: LearnStory, partial: Bool = false) throws(InputError) -> LearnRun {
    var usage: [InputProblem] = []
    var byDecision: [String: ScriptedAnswer] = [:]
    let decisionIDs = story.decisions.map(\.id)
    for answer in given {
      guard let decision = story.decision(answer.question) else {
        usage.append(.unknownDecision(answer.origin, story: story.id, decision: answer.question, decisions: decisionIDs))
        continue
      }
      let valid = decision.options.map(\.id)
      if answer.options.count != 1 {
        usage.append(.decisionTakesOne(answer.origin, decision: decision.id, valid: valid))
        continue
      }
      if byDecision[decision.id] != nil {
        usage.append(.decisionAnsweredTwice(answer.origin, decision: decision.id))
        continue
      }
      guard decision.option(answer.options[0]) != nil else {
        usage.append(.unknownReply(answer.valueOrigin, decision: decision.id, reply: answer.options[0], valid: valid))
        continue
      }
      byDecision[decision.id] = answer
    }
    if !usage.isEmpty { throw InputError(.usage, usage) }
    var run = LearnRun(story: story)
    var missing: [InputProblem] = []
    for decision in story.decisions {
      guard let answer = byDecision[decision.id],
        let index = decision.options.firstIndex(where: { $0.id == answer.options[0] })
      else {
        if partial { break }
        missing.append(.decisionUnanswered(decision: decision.id, valid: decision.options.map(\.id)))
        continue
      }
      if missing.isEmpty { run.choose(index) }
    }
    if !missing.isEmpty { throw InputError(.data, missing) }
    if run.choices.count < byDecision.count {
      // With --partial, answers after the first gap would be silently lost.
      let after = story.decisions.dropFirst(run.choices.count + 1).first { byDecision[$0.id] != nil }
      throw InputError(.data, [.decisionsOutOfOrder(missing: story.decisions[run.choices.count].id, answered: after?.id ?? "")])
    }
    return run
  }
}
