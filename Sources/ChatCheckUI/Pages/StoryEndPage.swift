import ChatCheckCore

/// Learning mode: what happened in the story and the rules to remember;
/// the buttons come after the rules, so they are read first.
public struct StoryEndModel: PageModel {
  public var story = 0
  public var choices: [Int] = []
  public var scroll = 0
  /// The highlighted button: 0 starts the self-check, 1 another story
  /// (the default: a stray Enter in a class does not open the check).
  public var cursor = 1

  public init(story: Int = 0, choices: [Int] = []) {
    self.story = story
    self.choices = choices
  }

  static func viewportRows(_ size: Size) -> Int { max(1, size.rows - 2) }

  func keys(_ app: AppState) -> PageKeys {
    let t = { (key: String) in app.text(key) }
    let screenful = max(1, Self.viewportRows(app.size) - 1)
    return PageKeys(main: [
      KeyBinding(keys: [.enter], label: t("ui.key.next"), action: .confirm),
      KeyBinding(keys: [.right, .tab], label: t("ui.key.buttons"), action: .moveCursor(1)),
      KeyBinding(keys: [.up, .character("k")], label: nil, action: .scroll(-1)),
      KeyBinding(keys: [.down, .character("j")], label: t("ui.key.scroll"), action: .scroll(1)),
      KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back),
    ], secondary: [
      KeyBinding(keys: [.pageUp], label: nil, action: .scroll(-screenful)),
      KeyBinding(keys: [.pageDown, .space], label: t("ui.key.page"), action: .scroll(screenful)),
    ])
  }

  mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
    switch action {
    case .confirm:
      // The rules come before any button: Enter shows the rest first.
      if hiddenBelow(app) > 0 {
        scroll = clamped(scroll + max(1, Self.viewportRows(app.size) - 1), app)
        return []
      }
      let buttons = Self.buttons(app, story: story)
      return perform(buttons[min(cursor, buttons.count - 1)].action, &app)
    case .moveCursor:
      if Self.buttons(app, story: story).count > 1 { cursor = cursor == 0 ? 1 : 0 }
    case .scroll(let delta):
      scroll = clamped(scroll + delta, app)
    case .back:
      app.show(.story(StoryModel(story: story, choices: choices, phase: .closing)))
    case .startCheck:
      guard !app.classMode else { return [] }
      app.interview.reset()
      app.show(.question(QuestionModel()))
    case .anotherStory:
      app.show(.stories(.at(story: min(story + 1, app.content.stories.count - 1), app)))
    default:
      return nil
    }
    return []
  }

  /// `scroll` kept inside the page's text.
  func clamped(_ scroll: Int, _ app: AppState) -> Int {
    min(max(0, scroll), max(0, lines(app).count - Self.viewportRows(app.size)))
  }

  struct Line {
    var text: String
    var style: Style
    var buttons = false
  }

  func lines(_ state: AppState) -> [Line] {
    guard let run = LearnRun.replaying(story, choices, state.content) else { return [] }
    let width = min(state.size.columns - 2, ResultLayout.maxWidth)
    let story = run.story, lang = state.textLanguage
    var lines: [Line] = []
    lines += TextWrap.lines(state.text("learn.outcome.title"), width: width).map { Line(text: $0, style: .title) }
    let outcome = story.filled(story.outcome, lang, content: state.content, region: state.region)
    lines += TextWrap.lines(outcome, width: width).map { Line(text: $0, style: .normal) }
    lines.append(Line(text: "", style: .normal))
    if state.classMode {
      // The class's replies, to look back on together.
      lines += TextWrap.lines(state.text("learn.class.recap"), width: width).map { Line(text: $0, style: .title) }
      for (index, choice) in run.choices.enumerated() {
        let mark = choice.safe ? "✓" : "!"
        lines += TextWrap.lines(choice.text.text(lang), width: width, first: "\(index + 1). \(mark) ", rest: "     ").map { Line(text: $0, style: .normal) }
      }
      lines.append(Line(text: "", style: .normal))
    }
    lines += TextWrap.lines(state.text("learn.rules.title"), width: width).map { Line(text: $0, style: .title) }
    for (index, rule) in story.rules.enumerated() {
      lines += TextWrap.lines(rule.text(lang), width: width, first: "\(index + 1). ", rest: "   ").map { Line(text: $0, style: .normal) }
    }
    // The region's lines for the story's audience: a pupil who will not
    // press a button in front of the class can still note a number.
    let help = StoryLines.resources(story, content: state.content, region: state.region).map { ResultDocument.Help($0, lang, state.content) }
    for (index, line) in LearnRendering.helpLines(help, title: state.text("learn.help.title"), width: width).enumerated() {
      lines.append(Line(text: line, style: index == 1 ? .title : .normal))
    }
    lines.append(Line(text: "", style: .normal))
    let rows = AppView.buttonRows(Self.buttons(state, story: self.story).map(\.label), width: state.size.columns)
    for _ in 0..<rows { lines.append(Line(text: "", style: .normal, buttons: true)) }
    return lines
  }

  /// The buttons: the self-check (for a parent or helper, for the person
  /// they worry about) and another story. A class on a projector gets
  /// only "Another story": the self-check is for one person, not a room.
  static func buttons(_ state: AppState, story: Int) -> [(label: String, action: Action)] {
    let another = (label: state.text("learn.another"), action: Action.anotherStory)
    if state.classMode { return [another] }
    let reader = state.content.stories.indices.contains(story) ? state.content.stories[story].reader : .affected
    return [(state.text(reader == .affected ? "learn.start_check" : "learn.start_check_other"), .startCheck), another]
  }

  /// Lines below the screen's last row.
  func hiddenBelow(_ state: AppState) -> Int {
    max(0, lines(state).count - scroll - Self.viewportRows(state.size))
  }

  func draw(_ state: AppState, _ screen: inout Screen) {
    let model = self
    guard let run = LearnRun.replaying(story, choices, state.content) else { return }
    AppView.header("ChatCheck", right: run.story.title.text(state.textLanguage), &screen)
    let all = lines(state)
    let rows = Self.viewportRows(screen.size)
    var buttonRow: Int?
    for (i, line) in all.dropFirst(model.scroll).prefix(rows).enumerated() {
      if line.buttons {
        if buttonRow == nil { buttonRow = 1 + i }
      } else {
        screen.put(line.text, row: 1 + i, column: 1, style: line.style)
      }
    }
    if model.scroll > 0 { screen.put("↑", row: 1, column: screen.size.columns - 1, style: .hint) }
    if hiddenBelow(state) > 0 { screen.put("↓", row: rows, column: screen.size.columns - 1, style: .hint) }
    // The buttons exist only once they are on screen, after the rules.
    if let buttonRow, model.scroll + rows >= all.count {
      let buttons = Self.buttons(state, story: story)
      var column = 1, row = buttonRow
      for (index, (label, action)) in buttons.enumerated() {
        let selected = index == min(model.cursor, buttons.count - 1)
        let text = selected ? "> \(label) <" : "[ \(label) ]"
        let w = DisplayWidth.of(text)
        if column + w > screen.size.columns, column > 1 {
          row += 1
          column = 1
        }
        let end = screen.put(text, row: row, column: column, style: selected ? .selected : .button, limit: screen.size.columns - 2)
        if selected { screen.cursor = CursorPosition(row, column) }
        screen.addHotspot(row: row, columns: column..<end, action: action)
        column = end + 2
      }
    }
    AppView.footer(state, &screen)
  }
}
