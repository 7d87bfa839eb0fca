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
  /// How many of the chat's messages are on screen while the stranger's
  /// new ones arrive one by one; nil: all of them.
  public var shown: Int?
  /// When the next message arrives, on the session's clock; nil: at the
  /// next tick, which sets it.
  public var nextAt: Double?

  public init(story: Int = 0, choices: [Int] = [], cursor: Int = 0, phase: Phase = .choosing) {
    self.story = story
    self.choices = choices
    self.cursor = cursor
    self.phase = phase
  }

  /// A story from its start; with a message delay its first messages
  /// arrive one by one.
  static func opening(_ story: Int, _ app: AppState) -> StoryModel {
    var model = StoryModel(story: story, cursor: Self.firstCursor(app))
    model.reveal(from: 0, app)
    return model
  }

  /// The highlight a decision starts with: the first reply; none in
  /// class mode, where a stray key must not pick the class's reply (a
  /// digit or an arrow highlights one, then Enter).
  static func firstCursor(_ app: AppState) -> Int { app.classMode ? -1 : 0 }

  /// Messages from `index` on arrive one by one (the reader's own come at
  /// once); with no delay set, all show at once.
  mutating func reveal(from index: Int, _ app: AppState) {
    nextAt = nil
    shown = app.messageDelay > 0 ? index : nil
    settle(app)
  }

  /// Shows the reader's own lines and notes at once, and ends the reveal
  /// when every message is on screen.
  private mutating func settle(_ app: AppState) {
    guard var count = shown, let run = run(app.content) else { return }
    let transcript = run.transcript(answerToLast: phase != .feedback)
    while count < transcript.count && transcript[count].speaker != .them { count += 1 }
    shown = count < transcript.count ? count : nil
    if shown == nil { nextAt = nil }
  }

  /// The clock: the next message arrives when its time has come. Its
  /// time grows with its length, like someone typing, up to 2.5 s.
  mutating func tick(_ now: Double, _ app: AppState) {
    guard let count = shown, let run = run(app.content) else { return }
    let transcript = run.transcript(answerToLast: phase != .feedback)
    guard count < transcript.count else { return settle(app) }
    guard let at = nextAt else {
      let length = Double(transcript[count].text.text(app.textLanguage).count)
      nextAt = now + min(2.5, app.messageDelay + length * 0.01)
      return
    }
    if now >= at {
      shown = count + 1
      nextAt = nil
      settle(app)
    }
  }

  /// The story with the replies picked so far.
  func run(_ content: Content) -> LearnRun? {
    LearnRun.replaying(story, choices, content)
  }

  func keys(_ app: AppState) -> PageKeys {
    let t = { (key: String) in app.text(key) }
    if shown != nil {
      return PageKeys(main: [
        KeyBinding(keys: [.enter, .right, .space], label: t("ui.key.show_all"), action: .confirm),
        KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back),
      ])
    }
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
    if shown == nil && phase == .choosing && n <= (run(app.content)?.currentDecision?.options.count ?? 0) { cursor = n - 1 }
  }

  mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
    guard let run = self.run(app.content) else { return nil }
    // While messages arrive, Enter shows them all and does nothing else.
    if shown != nil, action == .confirm || action == .moveCursor(1) || action == .moveCursor(-1) {
      if action == .confirm {
        shown = nil
        nextAt = nil
      }
      return []
    }
    switch action {
    case .reply(let index):
      guard phase == .choosing, run.currentDecision?.options.indices.contains(index) == true else { return [] }
      choices.append(index)
      cursor = index
      phase = .feedback
      scrollBack = 0
    case .confirm:
      switch phase {
      case .choosing:
        // Nothing highlighted yet (class mode): Enter waits for a choice.
        guard cursor >= 0 else { return [] }
        return perform(.reply(cursor), &app)
      case .feedback:
        // The stranger's answer to the reply arrives now.
        let before = run.transcript(answerToLast: false).count
        phase = run.isFinished ? .closing : .choosing
        cursor = Self.firstCursor(app)
        scrollBack = 0
        reveal(from: before, app)
      case .closing:
        app.show(.storyEnd(StoryEndModel(story: story, choices: choices)))
      }
    case .moveCursor(let delta):
      guard phase == .choosing, let decision = run.currentDecision else { return [] }
      cursor = min(max(0, cursor + delta), decision.options.count - 1)
    case .back:
      // Back takes the last reply back, so it can be chosen again.
      guard let last = choices.popLast() else {
        app.show(.stories(.at(story: story, app)))
        return []
      }
      cursor = last
      phase = .choosing
      scrollBack = 0
      shown = nil
      nextAt = nil
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
    // At wide sizes the chat is a centred column, like a messenger's.
    let width = Self.chatWidth(screen.size)
    let left = max(1, (screen.size.columns - width) / 2)
    let number = min(model.choices.count + (model.phase == .choosing ? 1 : 0), run.story.decisions.count)
    var progress = state.text("learn.progress", ["n": String(max(1, number)), "m": String(run.story.decisions.count)])
    if state.classMode { progress = state.text("learn.class.title") + " · " + progress }
    // A long title is shortened, never dropped.
    let title = ResultWording.fit(run.story.title.text(state.textLanguage), width: max(1, screen.size.columns - DisplayWidth.of(progress) - 4))
    AppView.header(title, right: progress, &screen)
    let footerRow = screen.size.rows - 1
    // The chat keeps at least one row; the panel gets the rest.
    let panel = Self.fitPanel(Self.panelLines(state, model, run, width: width), room: Self.panelRoom(state.size, model), cursor: model.cursor)
    let panelTop = footerRow - panel.lines.count
    for (i, line) in panel.lines.enumerated() {
      let row = panelTop + i
      if line.style == .selected { screen.paint(row: row, columns: (left - 1)..<min(screen.size.columns, left + width), style: .selected) }
      let end = screen.put(line.text, row: row, column: left, style: line.style, limit: width)
      if let action = line.action { screen.addHotspot(row: row, columns: line.style == .button ? left..<end : 0..<screen.size.columns, action: action) }
      if line.cursor { screen.cursor = CursorPosition(row, left) }
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
      let column = line.right ? max(left, left + width - DisplayWidth.of(line.text)) : left
      screen.put(line.text, row: top + i, column: column, style: line.style, limit: width)
    }
    if start > 0 { screen.put("↑", row: 1, column: screen.size.columns - 1, style: .hint) }
    if model.scrollBack > 0 { screen.put("↓", row: max(1, panelTop - 1), column: screen.size.columns - 1, style: .hint) }
    AppView.footer(state, &screen)
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
