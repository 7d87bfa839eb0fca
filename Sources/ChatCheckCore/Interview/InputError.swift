/// Where a scripted answer was given.
public enum AnswerOrigin: Hashable, Sendable {
  /// A command-line answer, with its text (`contact=stranger`).
  case flag(String)
  /// A place in a file (`FILE:LINE:COL`), or another named place.
  case place(String)
}

/// Problems with input a person or a script gave (answers, replies, a
/// local-contact file), all found at once. Core says what and where; the
/// command line words it and picks the exit code.
public struct InputError: Error, Sendable, Equatable {
  /// `usage`: an id or a written form that does not exist. `data`: input
  /// that is well formed but does not fit (or a file that does not parse).
  public enum Kind: Sendable, Equatable {
    case usage
    case data
  }

  public var kind: Kind
  public var problems: [InputProblem]

  public init(_ kind: Kind, _ problems: [InputProblem]) {
    self.kind = kind
    self.problems = problems
  }
}

/// One problem with scripted input.
public enum InputProblem: Sendable, Equatable {
  /// An answer not written QUESTION=OPTION[,OPTION…].
  case malformedAnswer(AnswerOrigin)
  /// A problem at a place in a file (YAML syntax, shape, unknown key).
  case located(Diagnostic)
  case unknownQuestion(AnswerOrigin, question: String, questions: [String])
  /// More options than the question has.
  case tooManyOptions(AnswerOrigin, question: String, given: Int, valid: [String])
  case unknownOption(AnswerOrigin, question: String, option: String, valid: [String])
  case answeredTwice(AnswerOrigin, question: String, first: AnswerOrigin)
  /// A question on the path has no answer; `after` is the path so far.
  case unanswered(question: String, after: [Answer], valid: [String])
  /// The answer does not fit the question (one option only, repeated…).
  case doesNotFit(AnswerOrigin, question: String, AnswerProblem, valid: [String])
  /// An answer to a question the path does not reach: the answers stop
  /// at `stopsAt`, or the path is `path`.
  case offPath(AnswerOrigin, question: String, stopsAt: String?, path: [String])
  case unknownFact(String, facts: [String])
  case unknownStory(String, stories: [String])
  case unknownDecision(AnswerOrigin, story: String, decision: String, decisions: [String])
  case decisionTakesOne(AnswerOrigin, decision: String, valid: [String])
  case decisionAnsweredTwice(AnswerOrigin, decision: String)
  case unknownReply(AnswerOrigin, decision: String, reply: String, valid: [String])
  case decisionUnanswered(decision: String, valid: [String])
  /// With a partial run, a later decision is answered but `missing` is not.
  case decisionsOutOfOrder(missing: String, answered: String)
}
