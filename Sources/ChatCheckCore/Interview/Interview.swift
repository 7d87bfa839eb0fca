/// The interview state machine every front end shares: where the user is,
/// the answers on the current path in order, back, change, and the facts
/// those answers establish.
public struct Interview: Sendable {
  public private(set) var content: Content
  /// Facts set directly (`--fact`), independent of answers.
  public var presetFacts: Set<String>
  /// Answers on the current path, in the order they were given.
  public private(set) var answers: [Answer] = []
  /// The current question, or nil at the result.
  public private(set) var current: String?

  public init(content: Content, presetFacts: Set<String> = []) {
    self.content = content
    self.presetFacts = presetFacts
    self.current = content.start
  }

  public var isFinished: Bool { current == nil }

  /// The same answers over another copy of the same content (one that
  /// holds more languages): question and option ids are the same.
  public mutating func adopt(_ other: Content) {
    content = other
  }

  public var currentQuestion: Question? { current.flatMap(content.question) }

  /// Facts established by the answers and the preset facts.
  public var facts: Set<String> {
    var facts = presetFacts
    for answer in answers {
      guard let question = content.question(answer.question) else { continue }
      for id in answer.options {
        question.option(id).map { facts.formUnion($0.sets) }
      }
    }
    return facts
  }

  /// Checks `options` against `question` without changing anything.
  public func validate(_ options: [String], for question: Question) throws(AnswerProblem) {
    if options.isEmpty { throw .noOption }
    if question.kind == .single && options.count > 1 { throw .tooManyOptions }
    var seen: Set<String> = []
    for id in options {
      if question.option(id) == nil { throw .unknownOption(id, valid: question.options.map(\.id)) }
      if !seen.insert(id).inserted { throw .repeatedOption(id) }
    }
    if options.count > 1, let alone = options.first(where: { question.option($0)?.exclusive == true }) {
      throw .exclusiveOption(alone)
    }
  }

  /// Answers the current question and moves on.
  public mutating func answer(_ options: [String]) throws(AnswerProblem) {
    guard let question = currentQuestion else { throw .notCurrent(expected: nil) }
    try validate(options, for: question)
    let ordered = question.options.map(\.id).filter(options.contains)
    answers.append(Answer(question: question.id, options: ordered))
    current = Self.questionID(question.nextStep(after: ordered))
  }

  /// Goes back one question, dropping its answer. Returns false at the start.
  @discardableResult
  public mutating func back() -> Bool {
    guard let last = answers.popLast() else { return false }
    current = last.question
    return true
  }

  /// Changes the answer to an earlier question. Later answers are kept only
  /// while the new path still asks their questions; the rest are dropped,
  /// never reused silently, and returned so a front end can show them.
  @discardableResult
  public mutating func change(_ questionID: String, to options: [String]) throws(AnswerProblem) -> [Answer] {
    guard let index = answers.firstIndex(where: { $0.question == questionID }),
      let question = content.question(questionID)
    else { throw .notCurrent(expected: current) }
    try validate(options, for: question)
    let later = Array(answers[(index + 1)...])
    answers.removeSubrange(index...)
    current = questionID
    try answer(options)
    var remaining = later
    while let id = current, let next = remaining.firstIndex(where: { $0.question == id }) {
      let kept = remaining.remove(at: next)
      try answer(kept.options)
    }
    return remaining
  }

  /// Starts again: no answers, at the first question.
  public mutating func reset() {
    answers = []
    current = content.start
  }

  static func questionID(_ step: NextStep?) -> String? {
    if case .question(let id)? = step { return id }
    return nil
  }

  /// The advice for the facts established so far.
  public func result(language: String, region: String) -> AdviceResult {
    AdviceComposer.compose(
      content: content, facts: facts, answers: answers, language: language, region: region)
  }
}
