import ChatCheckCore

/// Input problems in the command line's words: where (`--answer '…'`,
/// `--fact …` or `FILE:LINE:COL`), what, and what would be valid. The one
/// place that writes them.
enum InputErrorText {
  static func lines(_ error: InputError) -> [String] {
    error.problems.map(line)
  }

  static func place(_ origin: AnswerOrigin) -> String {
    switch origin {
    case .flag(let text): return "--answer '\(text)'"
    case .place(let place): return place
    }
  }

  static func line(_ problem: InputProblem) -> String {
    func list(_ ids: [String]) -> String { ids.joined(separator: ", ") }
    func shown(_ id: String) -> String { TerminalText.escape(id) }
    switch problem {
    case .malformedAnswer(let origin):
      return "\(place(origin)): write QUESTION=OPTION (for several options QUESTION=OPT1,OPT2)"
    case .located(let diagnostic):
      return "\(diagnostic.location): \(diagnostic.message)"
    case .unknownQuestion(let origin, let question, let questions):
      return "\(place(origin)): unknown question '\(question)'\(Suggestion.didYouMean(question, questions)); questions: \(list(questions))"
    case .tooManyOptions(let origin, let question, let given, let valid):
      return "\(place(origin)): question '\(question)' has \(valid.count) options, but the answer lists \(given); valid options: \(list(valid))"
    case .unknownOption(let origin, let question, let option, let valid):
      return "\(place(origin)): question '\(question)' has no option '\(option)'; valid options: \(list(valid))"
    case .answeredTwice(let origin, let question, let first):
      return "\(place(origin)): question '\(question)' is answered twice (first at \(place(first)))"
    case .unanswered(let question, let after, let valid):
      let path = after.map(\.written).joined(separator: " ")
      return "question '\(question)' has no answer\(path.isEmpty ? "" : " (after \(path))"); valid options: \(list(valid))"
    case .doesNotFit(let origin, let question, let problem, let valid):
      return "\(place(origin)): \(fit(problem, question: question, valid: list(valid)))"
    case .offPath(let origin, let question, let stopsAt, let path):
      let reason = stopsAt.map { "the answers stop at '\($0)', which has none" }
        ?? "the path of these answers is \(path.isEmpty ? "empty" : path.joined(separator: " → "))"
      return "\(place(origin)): question '\(question)' is not on the path (\(reason)); remove it"
    case .unknownFact(let fact, let facts):
      return "--fact \(fact): unknown fact\(Suggestion.didYouMean(fact, facts)); facts: \(list(facts))"
    case .unknownStory(let id, let stories):
      return "unknown scenario '\(shown(id))'\(Suggestion.didYouMean(id, stories)); scenarios: \(list(stories))"
    case .unknownDecision(let origin, let story, let decision, let decisions):
      return "\(place(origin)): story '\(story)' has no decision '\(shown(decision))'\(Suggestion.didYouMean(decision, decisions)); decisions: \(list(decisions))"
    case .decisionTakesOne(let origin, let decision, let valid):
      return "\(place(origin)): decision '\(shown(decision))' takes exactly one option; valid options: \(list(valid))"
    case .decisionAnsweredTwice(let origin, let decision):
      return "\(place(origin)): decision '\(shown(decision))' is answered twice"
    case .unknownReply(let origin, let decision, let reply, let valid):
      return "\(place(origin)): decision '\(shown(decision))' has no option '\(shown(reply))'\(Suggestion.didYouMean(reply, valid)); valid options: \(list(valid))"
    case .decisionUnanswered(let decision, let valid):
      return "decision '\(decision)' has no answer; valid options: \(list(valid))"
    case .decisionsOutOfOrder(let missing, let answered):
      return "decision '\(missing)' has no answer, but '\(answered)' has: answer the decisions in order"
    }
  }

  static func fit(_ problem: AnswerProblem, question: String, valid: String) -> String {
    switch problem {
    case .noOption: return "question '\(question)' needs at least one option; valid options: \(valid)"
    case .tooManyOptions: return "question '\(question)' takes exactly one option; valid options: \(valid)"
    case .repeatedOption(let id): return "question '\(question)': option '\(id)' is given twice"
    case .exclusiveOption(let id): return "question '\(question)': option '\(id)' goes alone, not with other options; valid options: \(valid)"
    case .unknownOption(let id, _): return "question '\(question)' has no option '\(id)'; valid options: \(valid)"
    case .notCurrent: return "question '\(question)' is not the current question"
    }
  }
}

extension ChatCheckError {
  /// An input problem as the command line reports it: unknown ids exit 64,
  /// input that does not fit 65.
  init(_ error: InputError) {
    self.init(error.kind == .usage ? .usage : .dataError, InputErrorText.lines(error))
  }

  /// Runs `body`, turning its input problems into this error.
  static func reporting<T>(_ body: () throws(InputError) -> T) throws(ChatCheckError) -> T {
    do {
      return try body()
    } catch {
      throw ChatCheckError(error)
    }
  }
}
