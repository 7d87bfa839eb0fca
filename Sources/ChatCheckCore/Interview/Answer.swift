/// One answered question: the option (or, for a multi-select question, the
/// options) chosen.
public struct Answer: Hashable, Sendable {
  public var question: String
  public var options: [String]

  public init(question: String, options: [String]) {
    self.question = question
    self.options = options
  }

  public init(question: String, option: String) {
    self.init(question: question, options: [option])
  }

  /// `question=option` or `question=opt1,opt2`, as `--answer` takes it.
  public var written: String { "\(question)=\(options.joined(separator: ","))" }
}

/// Why an answer was refused by the interview.
public enum AnswerProblem: Error, Equatable, Sendable {
  /// The interview is at the result (or at another question).
  case notCurrent(expected: String?)
  case unknownOption(String, valid: [String])
  case noOption
  case tooManyOptions
  case repeatedOption(String)
  /// An option that is chosen only alone was combined with others.
  case exclusiveOption(String)
}
