/// `chatcheck learn --scenario ID --answers FILE`: a map of decision id to
/// option id, replayed through `LearnRun`, with the errors of `answer`:
/// unknown ids are usage errors (64), missing decisions data errors (65).
public enum ScriptedLearn {
  /// The story `id`, or a usage error that lists the stories.
  public static func story(_ id: String, content: Content) throws(ChatCheckError) -> LearnStory {
    guard let story = content.story(id) else {
      let ids = content.stories.map(\.id)
      throw ChatCheckError(
        .usage,
        "unknown scenario '\(TerminalText.escape(id))'\(Suggestion.didYouMean(id, ids)); scenarios: \(ids.joined(separator: ", "))")
    }
    return story
  }

  /// Replays `given` (from `ScriptedAnswers.parseFile`) through `story`.
  public static func replay(_ given: [ScriptedAnswer], story: LearnStory, partial: Bool = false) throws(ChatCheckError) -> LearnRun {
    var usage: [String] = []
    var byDecision: [String: ScriptedAnswer] = [:]
    let decisionIDs = story.decisions.map(\.id)
    for answer in given {
      let name = TerminalText.escape(answer.question)
      guard let decision = story.decision(answer.question) else {
        usage.append("\(answer.origin): story '\(story.id)' has no decision '\(name)'\(Suggestion.didYouMean(answer.question, decisionIDs)); decisions: \(decisionIDs.joined(separator: ", "))")
        continue
      }
      let valid = decision.options.map(\.id).joined(separator: ", ")
      if answer.options.count != 1 {
        usage.append("\(answer.origin): decision '\(name)' takes exactly one option; valid options: \(valid)")
        continue
      }
      if byDecision[decision.id] != nil {
        usage.append("\(answer.origin): decision '\(name)' is answered twice")
        continue
      }
      guard decision.option(answer.options[0]) != nil else {
        let option = answer.options[0]
        usage.append("\(answer.valueOrigin): decision '\(name)' has no option '\(TerminalText.escape(option))'\(Suggestion.didYouMean(option, decision.options.map(\.id))); valid options: \(valid)")
        continue
      }
      byDecision[decision.id] = answer
    }
    if !usage.isEmpty { throw ChatCheckError(.usage, usage) }
    var run = LearnRun(story: story)
    var missing: [String] = []
    for decision in story.decisions {
      guard let answer = byDecision[decision.id],
        let index = decision.options.firstIndex(where: { $0.id == answer.options[0] })
      else {
        if partial { break }
        missing.append("decision '\(decision.id)' has no answer; valid options: \(decision.options.map(\.id).joined(separator: ", "))")
        continue
      }
      if missing.isEmpty { run.choose(index) }
    }
    if !missing.isEmpty { throw ChatCheckError(.dataError, missing) }
    if run.choices.count < byDecision.count {
      // With --partial, answers after the first gap would be silently lost.
      let after = story.decisions.dropFirst(run.choices.count + 1).first { byDecision[$0.id] != nil }
      throw ChatCheckError(.dataError, "decision '\(story.decisions[run.choices.count].id)' has no answer, but '\(after?.id ?? "")' has: answer the decisions in order")
    }
    return run
  }
}
