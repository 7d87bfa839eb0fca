import ArgumentParser
import ChatCheckCore
import ChatCheckUI


/// `chatcheck learn`: practise spotting the trick in a simulated chat.
struct LearnCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "learn",
    abstract: "Practise spotting the trick: a simulated chat with feedback on every reply.",
    discussion: """
      Without --answers, the story runs in this terminal (full screen, or with --plain one \
      numbered reply per line). With --answers, the replies come from a file and the feedback \
      is printed. 'chatcheck learn --list' shows the stories and their decision ids.

      In a class: 'chatcheck learn --class --scenario ID' on the projector. No \
      reply is highlighted; when the class has agreed, press its number, then \
      Enter: the feedback and questions to discuss follow; Enter goes on. Only \
      stories for the same audience are offered, and nothing is saved. Print \
      the lesson sheet before: 'chatcheck learn --scenario ID --format markdown'.

      Examples:
        chatcheck learn
        chatcheck learn --plain --scenario video-call
        chatcheck learn --list --format json
        echo '{"first-contact": "slow-down", "move-app": "decline"}' \\
          | chatcheck learn --scenario video-call --answers - --partial
        chatcheck learn --scenario email-bluff --answers replies.yaml --format json
        chatcheck learn --class --scenario game-voice-chat
        chatcheck learn --scenario parent-talk --format markdown > lesson.md
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
  }

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: ArgumentHelp("The story to start (see --list).", valueName: "ID"))
  var scenario: String?

  @Flag(name: .long, help: "List the stories and their decisions.")
  var list = false

  @Option(name: .long, help: ArgumentHelp("A YAML or JSON file mapping decision ids to option ids ('-': standard input).", valueName: "FILE"))
  var answers: String?

  @Flag(name: .long, help: "Allow unanswered decisions: the feedback for the replies given so far.")
  var partial = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Output format: text or json for --list and --answers; markdown with --scenario prints a lesson sheet (the replies of --answers marked).",
      valueName: "text|json|markdown"))
  var format: Format?

  @Flag(name: .long, help: "Class mode for a projector: no timers, the teacher picks the class's reply, then questions to discuss.")
  var `class` = false

  /// `--plain` is the root command's flag (swift-argument-parser gives a
  /// flag both declare to the root), so it is read from there.
  @ParentCommand var root: ChatCheckCommand
  var plain: Bool { root.plain }

  func validate() throws {
    if list && (answers != nil || scenario != nil || plain) {
      throw ValidationError("--list goes alone: without --scenario, --answers and --plain")
    }
    if answers != nil && scenario == nil {
      throw ValidationError("--answers needs --scenario ID (see 'chatcheck learn --list')")
    }
    if answers != nil && plain {
      throw ValidationError("--answers and --plain do not go together: --answers reads the replies from a file")
    }
    if `class` && (list || answers != nil || format != nil) {
      throw ValidationError("--class runs a story in this terminal: without --list, --answers and --format")
    }
    if format == .markdown && scenario == nil {
      throw ValidationError("--format markdown prints one story's lesson sheet: it needs --scenario ID")
    }
    if format == .markdown && list {
      throw ValidationError("--list prints text or json, not markdown")
    }
    if format != nil && format != .markdown && !list && answers == nil {
      throw ValidationError("--format text|json goes with --list or --answers")
    }
    if format == .markdown && plain {
      throw ValidationError("--format markdown prints a lesson sheet; it does not go with --plain")
    }
    if partial && answers == nil {
      throw ValidationError("--partial goes with --answers")
    }
  }

  func run() throws(ChatCheckError) {
    let session = try common.session()
    let content = session.content
    let lang = Spelling.variant(language: session.language, region: session.region)
    guard !content.stories.isEmpty else {
      throw ChatCheckError(.dataError, "this content has no learning stories")
    }
    if list {
      Output.write(format == .json
        ? LearnRendering.listJSON(content, language: lang)
        : LearnRendering.listText(content, language: lang))
      return
    }
    let story = try scenario.map { id throws(ChatCheckError) in try ChatCheckError.reporting { () throws(InputError) in try ScriptedLearn.story(id, content: content) } }
    if format == .markdown, let story {
      // The class's replies, if given, are marked; any may be left out.
      let chosen = try answers.map { answers throws(ChatCheckError) in try replay(answers, story: story, partial: true) }
      Output.write(LessonSheet.markdown(story, content: content, language: lang, region: session.region, chosen: chosen))
      return
    }
    if let answers, let story {
      let run = try replay(answers, story: story, partial: partial)
      var result = run.result(language: lang, content: content, region: session.region)
      result.language = session.language
      Output.write(format == .json
        ? LearnRendering.json(result)
        : LearnRendering.text(result, content: content, language: lang))
      return
    }
    if !plain, let driver = InteractiveSession.driver(session) {
      var state = InteractiveSession.state(session, size: driver.size)
      if `class` {
        // A class reads and talks at its own pace: no message arrives late.
        state.messageDelay = 0
        // Only stories for the started story's audience (young people's
        // without --scenario) are offered.
        state.classAudience = story?.ages ?? .young
      }
      _ = state.perform(.learn)
      if let story, let index = content.stories.firstIndex(where: { $0.id == story.id }) {
        _ = state.perform(.openStory(index))
      }
      try InteractiveSession.run(driver, &state, endedEarly: Self.endedEarly)
      return
    }
    // Without --scenario the plain mode plays the first story, so that
    // it reads nothing but one line per decision.
    let plainSession = PlainLearning(
      content: content, story: story ?? Self.firstStory(content, forClass: `class`), language: session.language, region: session.region,
      classMode: `class`, readLine: { LineReader.next() },
      write: { text in Output.write(text) })
    // In the session's language: the one line that says why the session ended.
    if plainSession.run() == .endOfInput { throw ChatCheckError(.dataError, plainSession.endedEarly) }
  }

  /// The replies in `answers` (a file, or `-` for standard input),
  /// replayed through `story`.
  func replay(_ answers: String, story: LearnStory, partial: Bool) throws(ChatCheckError) -> LearnRun {
    let text = answers == "-" ? try FileSystem.readStandardInput() : try FileSystem.readText(answers, kind: .answers)
    return try ChatCheckError.reporting { () throws(InputError) in
      let given = try ScriptedAnswers.parseFile(text, name: answers == "-" ? "standard input" : answers)
      return try ScriptedLearn.replay(given, story: story, partial: partial)
    }
  }

  static let endedEarly = "input ended before the last decision was answered"

  /// The story plain mode plays without --scenario: the first one, or in
  /// class mode the first for young people (a class is not shown an
  /// adults' story unasked).
  static func firstStory(_ content: Content, forClass: Bool) -> LearnStory {
    forClass ? content.stories.first { $0.ages == .young } ?? content.stories[0] : content.stories[0]
  }
}
