import ArgumentParser
import ChatCheckCore

/// `chatcheck answer`: scripted answers in, advice out.
struct AnswerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "answer",
    abstract: "Answer the questions from flags or a file and print the advice.",
    discussion: """
      Answers are replayed through the same interview as the interactive session. \
      With only --fact (no answers), the advice for those facts is printed. \
      'chatcheck paths' lists the question and option ids.

      Examples:
        chatcheck answer --region DE --lang de \\
          --answer who=me --answer age_self=adult --answer feeling_self=coping \\
          --answer contact=stranger --answer pictures=yes_or_unsure \\
          --answer threat=threatens --answer demand=money --answer happened=neither
        chatcheck answer --answers answers.yaml --format markdown > handout.md
        echo '{"who": "me", "age_self": "adult"}' \\
          | chatcheck answer --answers - --partial --format json
        chatcheck answer --fact payment.demanded --fact victim.minor --format json
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
    try ChatCheckError.reporting { () throws(InputError) in try ScriptedAnswers.checkFacts(fact, content: content) }

    var given: [ScriptedAnswer] = []
    if let answers {
      let text = answers == "-" ? try FileSystem.readStandardInput() : try FileSystem.readText(answers, kind: .answers)
      given += try ChatCheckError.reporting { () throws(InputError) in
        try ScriptedAnswers.parseFile(text, name: answers == "-" ? "standard input" : answers)
      }
    }
    for flag in answer { given.append(try ChatCheckError.reporting { () throws(InputError) in try ScriptedAnswers.parseFlag(flag) }) }

    let preset = Set(fact)
    if partial && given.isEmpty && preset.isEmpty {
      // Advice for nothing known would read as "nothing has happened".
      throw ChatCheckError(.usage, "--partial needs at least one --answer, --answers or --fact: there is nothing to advise on yet")
    }
    let result = try ChatCheckError.reporting { () throws(InputError) in
      try ScriptedAnswers.advice(
        given, content: content, presetFacts: preset, partial: partial, language: session.language, region: session.region)
    }
    switch format {
    case .text: Output.write(ResultText.render(result, content: content))
    case .markdown: Output.write(ResultMarkdown.render(result, content: content))
    case .json: Output.write(ResultJSON.render(result))
    }
  }
}

