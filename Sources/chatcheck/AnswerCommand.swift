import ArgumentParser
import ChatCheckCore

/// `chatcheck answer`: scripted answers in, advice out (contract §3).
struct AnswerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "answer",
    abstract: "Answer the questions from flags or a file and print the advice.",
    discussion: """
      Answers are replayed through the same interview as the interactive session. \
      With only --fact (no answers), the advice for those facts is printed.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
  }

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: ArgumentHelp("An answer; repeatable. For a multi-select question: QUESTION=OPT1,OPT2.", valueName: "QUESTION=OPTION"))
  var answer: [String] = []

  @Option(name: .long, help: ArgumentHelp("A YAML or JSON file mapping question ids to option ids ('-': standard input).", valueName: "FILE"))
  var answers: String?

  @Option(name: .long, help: ArgumentHelp("Set a fact directly; repeatable.", valueName: "FACT"))
  var fact: [String] = []

  @Flag(name: .long, help: "Allow unanswered questions: advice for the facts established so far.")
  var partial = false

  @Option(name: .long, help: ArgumentHelp("Output format.", valueName: "text|markdown|json"))
  var format: Format = .text

  func run() throws(ChatCheckError) {
    let session = try common.session()
    let content = session.content
    let declared = content.facts.map(\.id)
    var unknown: [String] = []
    for fact in fact where content.fact(fact) == nil {
      unknown.append("--fact \(fact): unknown fact\(Suggest.near(fact, declared)); facts: \(declared.joined(separator: ", "))")
    }
    if !unknown.isEmpty { throw ChatCheckError(.usage, unknown) }

    var given: [ScriptedAnswer] = []
    if let answers {
      let text = answers == "-" ? try FileSystem.readStandardInput() : try FileSystem.readText(answers)
      given += try ScriptedAnswers.parseFile(text, name: answers == "-" ? "standard input" : answers)
    }
    for flag in answer { given.append(try ScriptedAnswers.parseFlag(flag)) }

    let preset = Set(fact)
    let result: AdviceResult
    if given.isEmpty && !preset.isEmpty {
      result = AdviceComposer.compose(
        content: content, facts: preset, answers: [], language: session.language, region: session.region)
    } else {
      let interview = try ScriptedAnswers.replay(given, content: content, presetFacts: preset, partial: partial)
      result = interview.result(language: session.language, region: session.region)
    }
    switch format {
    case .text: Output.write(ResultText.render(result, content: content))
    case .markdown: Output.write(ResultMarkdown.render(result, content: content))
    case .json: Output.write(ResultJSON.render(result))
    }
  }
}

/// " (did you mean 'x'?)" for near misses.
enum Suggest {
  static func near(_ word: String, _ candidates: [String]) -> String {
    let best = candidates.map { ($0, distance($0, word)) }.min { $0.1 < $1.1 }
    if let best, best.1 <= max(1, word.count / 3) { return " (did you mean '\(best.0)'?)" }
    return ""
  }

  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var previous = Array(0...b.count)
    for i in stride(from: 1, through: a.count, by: 1) {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
