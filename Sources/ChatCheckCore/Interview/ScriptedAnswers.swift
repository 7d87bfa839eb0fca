/// One answer given by a script: from `--answer Q=O` or an answers file.
public struct ScriptedAnswer: Sendable, Hashable {
  public var question: String
  public var options: [String]
  /// Where it was given: `FILE:LINE:COL` of the question or `--answer 'Q=O'`.
  public var origin: String
  /// Where each option was given (in a file, the value's own place), for
  /// errors about an option; `origin` when not known.
  public var optionOrigins: [String]

  public init(question: String, options: [String], origin: String, optionOrigins: [String]? = nil) {
    self.question = question
    self.options = options
    self.origin = origin
    self.optionOrigins = optionOrigins ?? options.map { _ in origin }
  }

  /// Where `option` was given.
  func origin(of option: String) -> String {
    options.firstIndex(of: option).map { optionOrigins[$0] } ?? origin
  }

  /// Where the answer's value was given (its first option).
  var valueOrigin: String { optionOrigins.first ?? origin }
}

/// Reading scripted answers and replaying them through `Interview`.
public enum ScriptedAnswers {
  /// Parses `--answer QUESTION=OPTION[,OPTION…]`.
  public static func parseFlag(_ text: String) throws(ChatCheckError) -> ScriptedAnswer {
    let origin = "--answer '\(text)'"
    guard let equals = text.firstIndex(of: "=") else {
      throw ChatCheckError(.usage, "\(origin): write QUESTION=OPTION (for several options QUESTION=OPT1,OPT2)")
    }
    let question = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
    let options = text[text.index(after: equals)...].split(separator: ",", omittingEmptySubsequences: false)
      .map { String($0).trimmingCharacters(in: .whitespaces) }
    if question.isEmpty || options.contains(where: \.isEmpty) {
      throw ChatCheckError(.usage, "\(origin): write QUESTION=OPTION (for several options QUESTION=OPT1,OPT2)")
    }
    return ScriptedAnswer(question: question, options: options, origin: origin)
  }

  /// Parses an answers file: a YAML or JSON mapping of question id to an
  /// option id or a list of option ids.
  public static func parseFile(_ text: String, name: String) throws(ChatCheckError) -> [ScriptedAnswer] {
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
          let origin = reader.location(key).description
          switch value {
          case .scalar(let option):
            answers.append(ScriptedAnswer(
              question: question.string, options: [option.string], origin: origin, optionOrigins: [reader.location(value).description]))
          case .sequence(let items):
            var options: [String] = []
            var origins: [String] = []
            for item in items {
              if case .scalar(let option) = item {
                options.append(option.string)
                origins.append(reader.location(item).description)
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
      throw ChatCheckError(.dataError, log.sorted.map { "\($0.location): \($0.message)" })
    }
    return answers
  }

  /// Replays `given` from the start. Without `partial`, every question on
  /// the path needs an answer and every answer must be on the path. Unknown
  /// questions and options are usage errors (64); answers that do not fit
  /// the path are data errors (65).
  public static func replay(
    _ given: [ScriptedAnswer], content: Content, presetFacts: Set<String>, partial: Bool
  ) throws(ChatCheckError) -> Interview {
    var usage: [String] = []
    let questionIDs = content.questions.map(\.id)
    for answer in given {
      guard let question = content.question(answer.question) else {
        usage.append("\(answer.origin): unknown question '\(answer.question)'\(Suggestion.didYouMean(answer.question, questionIDs)); questions: \(questionIDs.joined(separator: ", "))")
        continue
      }
      // More options than the question has cannot be right: one error, not
      // one per listed option (a list of a million aliases).
      if answer.options.count > question.options.count {
        usage.append("\(answer.origin): question '\(question.id)' has \(question.options.count) options, but the answer lists \(answer.options.count); valid options: \(question.options.map(\.id).joined(separator: ", "))")
        continue
      }
      let valid = Set(question.options.map(\.id))
      for option in answer.options where !valid.contains(option) {
        usage.append("\(answer.origin(of: option)): question '\(question.id)' has no option '\(option)'; valid options: \(question.options.map(\.id).joined(separator: ", "))")
      }
    }
    if !usage.isEmpty { throw ChatCheckError(.usage, usage) }

    var data: [String] = []
    var byQuestion: [String: ScriptedAnswer] = [:]
    for answer in given {
      if let earlier = byQuestion[answer.question] {
        data.append("\(answer.origin): question '\(answer.question)' is answered twice (first at \(earlier.origin))")
      } else {
        byQuestion[answer.question] = answer
      }
    }
    if !data.isEmpty { throw ChatCheckError(.dataError, data) }

    var interview = Interview(content: content, presetFacts: presetFacts)
    var used: Set<String> = []
    while let question = interview.currentQuestion {
      guard let answer = byQuestion[question.id] else {
        if partial { break }
        let path = interview.answers.map(\.written)
        throw ChatCheckError(.dataError, [
          "question '\(question.id)' has no answer\(path.isEmpty ? "" : " (after \(path.joined(separator: " ")))"); valid options: \(question.options.map(\.id).joined(separator: ", "))"
        ])
      }
      used.insert(question.id)
      do {
        try interview.answer(answer.options)
      } catch {
        throw ChatCheckError(.dataError, "\(answer.valueOrigin): \(describe(error, question: question))")
      }
    }
    let offPath = given.filter { !used.contains($0.question) }
    if !offPath.isEmpty {
      let path = interview.answers.map(\.question).joined(separator: " → ")
      let reason = interview.currentQuestion.map { "the answers stop at '\($0.id)', which has none" }
        ?? "the path of these answers is \(path.isEmpty ? "empty" : path)"
      throw ChatCheckError(.dataError, offPath.map {
        "\($0.origin): question '\($0.question)' is not on the path (\(reason)); remove it"
      })
    }
    return interview
  }

  /// Refuses facts the content does not declare (usage error, 64), each
  /// with a suggestion and the list of facts.
  public static func checkFacts(_ facts: [String], content: Content) throws(ChatCheckError) {
    let declared = content.facts.map(\.id)
    let unknown = facts.filter { content.fact($0) == nil }.map {
      "--fact \($0): unknown fact\(Suggestion.didYouMean($0, declared)); facts: \(declared.joined(separator: ", "))"
    }
    if !unknown.isEmpty { throw ChatCheckError(.usage, unknown) }
  }

  static func describe(_ problem: AnswerProblem, question: Question) -> String {
    let valid = question.options.map(\.id).joined(separator: ", ")
    switch problem {
    case .noOption: return "question '\(question.id)' needs at least one option; valid options: \(valid)"
    case .tooManyOptions: return "question '\(question.id)' takes exactly one option; valid options: \(valid)"
    case .repeatedOption(let id): return "question '\(question.id)': option '\(id)' is given twice"
    case .exclusiveOption(let id): return "question '\(question.id)': option '\(id)' goes alone, not with other options; valid options: \(valid)"
    case .unknownOption(let id, _): return "question '\(question.id)' has no option '\(id)'; valid options: \(valid)"
    case .notCurrent: return "question '\(question.id)' is not the current question"
    }
  }
}
