/// One answer given by a script: from `--answer Q=O` or an answers file.
public struct ScriptedAnswer: Sendable, Hashable {
  public var question: String
  public var options: [String]
  /// Where it was given: the question's place in a file, or a flag.
  public var origin: AnswerOrigin
  /// Where each option was given (in a file, the value's own place), for
  /// errors about an option; `origin` when not known.
  public var optionOrigins: [AnswerOrigin]

  public init(question: String, options: [String], origin: AnswerOrigin, optionOrigins: [AnswerOrigin]? = nil) {
    self.question = question
    self.options = options
    self.origin = origin
    self.optionOrigins = optionOrigins ?? options.map { _ in origin }
  }

  /// Where `option` was given.
  func origin(of option: String) -> AnswerOrigin {
    options.firstIndex(of: option).map { optionOrigins[$0] } ?? origin
  }

  /// Where the answer's value was given (its first option).
  var valueOrigin: AnswerOrigin { optionOrigins.first ?? origin }
}

/// Reading scripted answers and replaying them through `Interview`.
public enum ScriptedAnswers {
  /// Parses a command-line answer `QUESTION=OPTION[,OPTION…]`.
  public static func parseFlag(_ text: String) throws(InputError) -> ScriptedAnswer {
    let origin = AnswerOrigin.flag(text)
    guard let equals = text.firstIndex(of: "=") else {
      throw InputError(.usage, [.malformedAnswer(origin)])
    }
    let question = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
    let options = text[text.index(after: equals)...].split(separator: ",", omittingEmptySubsequences: false)
      .map { String($0).trimmingCharacters(in: .whitespaces) }
    if question.isEmpty || options.contains(where: \.isEmpty) {
      throw InputError(.usage, [.malformedAnswer(origin)])
    }
    return ScriptedAnswer(question: question, options: options, origin: origin)
  }

  /// Parses an answers file: a YAML or JSON mapping of question id to an
  /// option id or a list of option ids.
  public static func parseFile(_ text: String, name: String) throws(InputError) -> [ScriptedAnswer] {
    let log = DiagnosticLog()
    let reader = YAMLReader(file: name, log: log)
    var answers: [ScriptedAnswer] = []
    if let root = reader.parse(text) {
      if case .mapping(let mapping) = root {
        for (key, value) in mapping {
          guard case .scalar(let question) = key else {
            log.error(reader.location(key), "a question id must be a plain word")
            continue
          }
          let origin = AnswerOrigin.place(reader.location(key).description)
          switch value {
          case .scalar(let option):
            answers.append(ScriptedAnswer(
              question: question.string, options: [option.string], origin: origin,
              optionOrigins: [.place(reader.location(value).description)]))
          case .sequence(let items):
            var options: [String] = []
            var origins: [AnswerOrigin] = []
            for item in items {
              if case .scalar(let option) = item {
                options.append(option.string)
                origins.append(.place(reader.location(item).description))
              } else {
                log.error(reader.location(item), "question '\(question.string)': each option must be a plain id")
              }
            }
            answers.append(ScriptedAnswer(question: question.string, options: options, origin: origin, optionOrigins: origins))
          case .mapping:
            log.error(reader.location(value), "question '\(question.string)': the answer must be an option id or a list of option ids")
          }
        }
      } else {
        log.error(reader.location(root), "an answers file must map question ids to option ids, e.g. 'contact: stranger'")
      }
    }
    if log.hasErrors {
      throw InputError(.data, log.sorted.map { .located($0) })
    }
    return answers
  }

  /// Replays `given` from the start. Without `partial`, every question on
  /// the path needs an answer and every answer must be on the path. Unknown
  /// questions and options are usage errors (64); answers that do not fit
  /// the path are data errors (65).
  public static func replay(
    _ given: [ScriptedAnswer], content: Content, presetFacts: Set<String>, partial: Bool
  ) throws(InputError) -> Interview {
    var usage: [InputProblem] = []
    let questionIDs = content.questions.map(\.id)
    for answer in given {
      guard let question = content.question(answer.question) else {
        usage.append(.unknownQuestion(answer.origin, question: answer.question, questions: questionIDs))
        continue
      }
      // More options than the question has cannot be right: one error, not
      // one per listed option (a list of a million aliases).
      let valid = question.options.map(\.id)
      if answer.options.count > question.options.count {
        usage.append(.tooManyOptions(answer.origin, question: question.id, given: answer.options.count, valid: valid))
        continue
      }
      for option in answer.options where !valid.contains(option) {
        usage.append(.unknownOption(answer.origin(of: option), question: question.id, option: option, valid: valid))
      }
    }
    if !usage.isEmpty { throw InputError(.usage, usage) }

    var data: [InputProblem] = []
    var byQuestion: [String: ScriptedAnswer] = [:]
    for answer in given {
      if let earlier = byQuestion[answer.question] {
        data.append(.answeredTwice(answer.origin, question: answer.question, first: earlier.origin))
      } else {
        byQuestion[answer.question] = answer
      }
    }
    if !data.isEmpty { throw InputError(.data, data) }

    var interview = Interview(content: content, presetFacts: presetFacts)
    var used: Set<String> = []
    while let question = interview.currentQuestion {
      guard let answer = byQuestion[question.id] else {
        if partial { break }
        throw InputError(.data, [.unanswered(question: question.id, after: interview.answers, valid: question.options.map(\.id))])
      }
      used.insert(question.id)
      do {
        try interview.answer(answer.options)
      } catch {
        throw InputError(.data, [.doesNotFit(answer.valueOrigin, question: question.id, error, valid: question.options.map(\.id))])
      }
    }
    let offPath = given.filter { !used.contains($0.question) }
    if !offPath.isEmpty {
      let stop = interview.currentQuestion?.id
      let path = interview.answers.map(\.question)
      throw InputError(.data, offPath.map { .offPath($0.origin, question: $0.question, stopsAt: stop, path: path) })
    }
    return interview
  }

  /// Refuses facts the content does not declare (a usage error).
  public static func checkFacts(_ facts: [String], content: Content) throws(InputError) {
    let declared = content.facts.map(\.id)
    let unknown = facts.filter { content.fact($0) == nil }.map { InputProblem.unknownFact($0, facts: declared) }
    if !unknown.isEmpty { throw InputError(.usage, unknown) }
  }

  /// The advice for scripted input, the one way `answer` composes: from
  /// the facts alone when no answers are given (a script that knows what
  /// happened), else by replaying the answers on top of the facts.
  public static func advice(
    _ given: [ScriptedAnswer], content: Content, presetFacts: Set<String>, partial: Bool, language: String, region: String
  ) throws(InputError) -> AdviceResult {
    try checkFacts(presetFacts.sorted(), content: content)
    if given.isEmpty && !presetFacts.isEmpty {
      return AdviceComposer.compose(content: content, facts: presetFacts, answers: [], language: language, region: region)
    }
    return try replay(given, content: content, presetFacts: presetFacts, partial: partial).result(language: language, region: region)
  }
}
