import ChatCheckCore

/// Learning mode: a chat that unfolds message by message, the stranger on
/// the left and "you" on the right, and under it the replies to pick
/// from, or the feedback on the reply picked.
public struct StoryModel: PageModel {
  public enum Phase: Sendable, Equatable {
    /// The current decision's replies, one highlighted.
    case choosing
    /// Why the last reply is safe or risky; the stranger answers after.
    case feedback
    /// The chat is over; Enter shows what happened and the rules.
    case closing
  }

  public var story = 0
  /// The replies picked: option indexes, one per decision so far.
  public var choices: [Int] = []
  public var cursor = 0
  public var phase = Phase.choosing
  /// Chat lines scrolled back from the newest.
  public var scrollBack = 0

  public init(story: Int = 0, choices: [Int] = [], cursor: Int = 0, phase: Phase = .choosing) {
    self.story = story
    self.choices = choices
    self.cursor = cursor
    self.phase = phase
  }

  /// The story with the replies picked so far.
  func run(_ content: Content) -> LearnRun? {
    LearnRun.replaying(story, choices, content)
  }

  func keys(_ app: AppState) -> PageKeys {
    let t = { (key: String) in app.text(key) }
    let choosing = phase == .choosing
    // A page is the chat's visible rows less one, so no line is skipped.
    let screenful = max(1, Self.chatRows(app, self) - 1)
    var main = [KeyBinding(keys: [.enter, .right] + (choosing ? [] : [.space]), label: t(choosing ? "ui.key.next" : "ui.key.go_on"), action: .confirm)]
    if choosing {
      main += [
        KeyBinding(keys: [.up, .character("k")], label: nil, action: .moveCursor(-1)),
        KeyBinding(keys: [.down, .character("j"), .tab], label: t("ui.key.move"), action: .moveCursor(1)),
        KeyBinding(keys: [], label: t("ui.key.digits"), action: .moveCursor(0), inFooter: false),
      ]
    }
    main.append(KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back))
    return PageKeys(main: main, secondary: [
      KeyBinding(keys: [.pageUp], label: nil, action: .scroll(-screenful)),
      KeyBinding(keys: [.pageDown], label: t("ui.key.chat_scroll"), action: .scroll(screenful)),
    ])
  }

  mutating func highlight(_ n: Int, _ app: AppState) {
    if phase == .choosing && n <= (run(app.content)?.currentDecision?.options.count ?? 0) { cursor = n - 1 }
  }

  mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
    guard let run = self.run(app.content) else { return nil }
    switch action {
    case .reply(let index):
      guard phase == .choosing, run.currentDecision?.options.indices.contains(index) == true else { return [] }
      choices.append(index)
      cursor = index
      phase = .feedback
      scrollBack = 0
    case .confirm:
      switch phase {
      case .choosing: return perform(.reply(cursor), &app)
      case .feedback:
        phase = run.isFinished ? .closing : .choosing
        cursor = 0
        scrollBack = 0
      case .closing:
        app.show(.storyEnd(StoryEndModel(story: story, choices: choices)))
      }
    case .moveCursor(let delta):
      guard phase == .choosing, let decision = run.currentDecision else { return [] }
      cursor = min(max(0, cursor + delta), decision.options.count - 1)
    case .back:
      // Back takes the last reply back, so it can be chosen again.
      guard let last = choices.popLast() else {
        app.show(.stories(StoriesModel(cursor: story)))
        return []
      }
      cursor = last
      phase = .choosing
      scrollBack = 0
    case .scroll(let delta):
      scrollBack = min(max(0, scrollBack - delta), Self.hiddenAbove(app, self, scrollBack: 0))
    default:
      return nil
    }
    return []
  }

  func draw(_ app: AppState, _ screen: inout Screen) {
    let state = app, model = self
    guard let run = self.run(app.content) else { return }
    let width = screen.size.columns - 2
    let number = min(model.choices.count + (model.phase == .choosing ? 1 : 0), run.story.decisions.count)
    let progress = state.text("learn.progress", ["n": String(max(1, number)), "m": String(run.story.decisions.count)])
    // A long title is shortened, never dropped.
    let title = ResultWording.fit(run.story.title.text(state.textLanguage), width: max(1, screen.size.columns - DisplayWidth.of(progress) - 4))
    AppView.header(title, right: progress, &screen)
    let footerRow = screen.size.rows - 1
    // The chat keeps at least one row; the panel gets the rest.
    let panel = Self.fitPanel(Self.panelLines(state, model, run, width: width), room: Self.panelRoom(state.size, model), cursor: model.cursor)
    let panelTop = footerRow - panel.lines.count
    for (i, line) in panel.lines.enumerated() {
      let row = panelTop + i
      if line.style == .selected { screen.paint(row: row, columns: 0..<min(screen.size.columns, width + 1), style: .selected) }
      let end = screen.put(line.text, row: row, column: 1, style: line.style, limit: width)
      if let action = line.action { screen.addHotspot(row: row, columns: line.style == .button ? 1..<end : 0..<screen.size.columns, action: action) }
      if line.cursor { screen.cursor = CursorPosition(row, 1) }
    }
    if panel.above { screen.put("↑", row: panelTop, column: screen.size.columns - 1, style: .hint) }
    if panel.below { screen.put("↓", row: footerRow - 1, column: screen.size.columns - 1, style: .hint) }

    // The chat sits on the panel, newest line last, like a messenger.
    let chatRows = max(0, panelTop - 1)
    let chat = Self.chatLines(state, model, run, width: width)
    let end = max(0, chat.count - model.scrollBack)
    let start = max(0, end - chatRows)
    let top = panelTop - (end - start)
    for (i, line) in chat[start..<end].enumerated() {
      let column = line.right ? max(1, screen.size.columns - 1 - DisplayWidth.of(line.text)) : 1
      screen.put(line.text, row: top + i, column: column, style: line.style, limit: width)
    }
    if start > 0 { screen.put("↑", row: 1, column: screen.size.columns - 1, style: .hint) }
    if model.scrollBack > 0 { screen.put("↓", row: max(1, panelTop - 1), column: screen.size.columns - 1, style: .hint) }
    AppView.footer(state, &screen)
  }

  struct Line {
    var text: String
    var style: Style = .normal
    var right = false
    var action: Action?
    var cursor = false
    /// The reply this line belongs to, for keeping the highlight visible.
    var option: Int?
  }

  /// Rows the panel may take: while replies are offered, a third of the
  /// screen stays for the chat, so the stranger's words are seen with
  /// them; the feedback may take all but one row.
  static func panelRoom(_ size: Size, _ model: StoryModel) -> Int {
    let rows = size.rows - 2
    let chat = model.phase == .choosing ? max(1, rows / 3) : 1
    return max(1, rows - chat)
  }

  /// The panel cut to `room` rows: first the rule above it goes, then the
  /// button (Enter does the same), then replies far from the highlight.
  static func fitPanel(_ lines: [Line], room: Int, cursor: Int) -> (lines: [Line], above: Bool, below: Bool) {
    var lines = lines
    if lines.count > room { lines.removeFirst() }
    if lines.count > room, lines.last?.style == .button { lines.removeLast() }
    guard lines.count > room else { return (lines, false, false) }
    let fixed = lines.prefix { $0.option == nil }
    let options = Array(lines.dropFirst(fixed.count))
    let keep = min(fixed.count, max(0, room - 1))
    let optionRoom = room - keep
    let first = options.firstIndex { $0.option == cursor } ?? 0
    let last = options.lastIndex { $0.option == cursor } ?? 0
    var start = 0
    if last - start + 1 > optionRoom { start = min(first, last + 1 - optionRoom) }
    let shown = Array(options[start..<min(options.count, start + optionRoom)])
    return (Array(fixed.prefix(keep)) + shown, start > 0, start + optionRoom < options.count)
  }

  /// The chat as lines: a name and a time over each message, the
  /// stranger's on the left, the reader's on the right, notes set apart.
  static func chatLines(_ state: AppState, _ model: StoryModel, _ run: LearnRun, width: Int) -> [Line] {
    let lang = state.textLanguage
    let bubble = max(12, min(width - 4, width * 3 / 4))
    let spaced = state.size.rows >= 16
    // Where the reader is, before the first message.
    var lines = TextWrap.lines(run.story.setting.text(lang), width: width).map { Line(text: $0, style: .hint) }
    for message in run.transcript(answerToLast: model.phase != .feedback) {
      if spaced && !lines.isEmpty { lines.append(Line(text: "")) }
      let text = message.text.text(lang)
      switch message.speaker {
      case .them, .you:
        let you = message.speaker == .you
        let name = you ? state.text("learn.you") : run.story.them.text(lang)
        lines.append(Line(text: [name, message.time].compactMap { $0 }.joined(separator: " · "), style: .hint, right: you))
        for line in TextWrap.lines(text, width: bubble) {
          lines.append(Line(text: you ? line : "│ " + line, style: you ? .title : .normal, right: you))
        }
      case .note:
        for line in TextWrap.lines("— \(text) —", width: width) { lines.append(Line(text: line, style: .hint)) }
      }
    }
    return lines
  }

  /// Under the chat: the decision's replies, or the feedback on the reply
  /// picked, or the end of the chat.
  static func panelLines(_ state: AppState, _ model: StoryModel, _ run: LearnRun, width: Int) -> [Line] {
    let lang = state.textLanguage
    var lines = [Line(text: String(repeating: "─", count: width), style: .hint)]
    switch model.phase {
    case .choosing:
      guard let decision = run.currentDecision else { return lines }
      lines += TextWrap.lines(decision.prompt.text(lang), width: width).map { Line(text: $0, style: .title) }
      for (index, option) in decision.options.enumerated() {
        let selected = index == model.cursor
        let mark = selected ? "> \(index + 1)." : "  \(index + 1)."
        for (i, text) in TextWrap.lines(option.text.text(lang), width: max(1, width - 5), first: mark + " ", rest: "     ").enumerated() {
          lines.append(Line(text: text, style: selected ? .selected : .normal, action: .reply(index), cursor: selected && i == 0, option: index))
        }
      }
    case .feedback:
      guard let option = run.choices.last else { return lines }
      let verdict = state.text(option.safe ? "learn.safe" : "learn.risky")
      lines.append(Line(text: (option.safe ? "✓ " : "! ") + verdict, style: option.safe ? .title : .notice))
      lines += TextWrap.lines(option.feedback.text(lang), width: width).map { Line(text: $0) }
      lines.append(Line(text: "[ \(state.text("learn.go_on")) ]", style: .button, action: .confirm))
    case .closing:
      lines += TextWrap.lines(state.text("learn.the_end"), width: width).map { Line(text: $0) }
      lines.append(Line(text: "[ \(state.text("learn.go_on")) ]", style: .button, action: .confirm))
    }
    return lines
  }

  /// How many chat lines are above the chat's rows when scrolled back by
  /// `scrollBack`.
  static func hiddenAbove(_ state: AppState, _ model: StoryModel, scrollBack: Int) -> Int {
    guard let run = model.run(state.content) else { return 0 }
    let total = chatLines(state, model, run, width: state.size.columns - 2).count
    return max(0, total - scrollBack - chatRows(state, model))
  }

  /// The rows the chat has above the panel.
  static func chatRows(_ state: AppState, _ model: StoryModel) -> Int {
    guard let run = model.run(state.content) else { return 0 }
    let width = state.size.columns - 2
    let panel = Self.fitPanel(Self.panelLines(state, model, run, width: width), room: Self.panelRoom(state.size, model), cursor: model.cursor).lines.count
    return max(0, state.size.rows - 1 - panel - 1)
  }
}

extension LearnRun {
  /// Story `index` of `content` with `choices` replayed; nil for a story
  /// the content does not have.
  static func replaying(_ index: Int, _ choices: [Int], _ content: Content) -> LearnRun? {
    guard content.stories.indices.contains(index) else { return nil }
    var run = LearnRun(story: content.stories[index])
    for choice in choices { run.choose(choice) }
    return run
  }
}
