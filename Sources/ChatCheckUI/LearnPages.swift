import ChatCheckCore

/// Learning mode: the stories to pick from.
enum StoriesPage {
  static func draw(_ state: AppState, _ screen: inout Screen) {
    let width = min(screen.size.columns - 2, ResultLayout.maxWidth)
    let lang = state.textLanguage
    AppView.header("ChatCheck", right: state.text("learn.title"), &screen)
    var row = screen.size.rows < 16 ? 1 : 2
    let bottom = screen.size.rows - 3
    let stories = state.content.stories
    // The intro goes first on a small screen; every title stays.
    let titles = stories.enumerated().map { index, story in
      TextWrap.lines(story.title.text(lang), width: max(1, width - 4), first: "\(index + 1). ", rest: "   ")
    }
    let needed = titles.map(\.count).reduce(0, +)
    let intro = TextWrap.lines(state.text("learn.intro"), width: width)
    if row + intro.count + 1 + needed <= bottom {
      for line in intro {
        screen.put(line, row: row, column: 1)
        row += 1
      }
      row += 1
    }
    for (index, lines) in titles.enumerated() {
      let selected = index == state.cursor
      for (i, line) in lines.enumerated() where row < bottom {
        if selected { screen.paint(row: row, columns: 0..<min(screen.size.columns, width + 1), style: .selected) }
        screen.put(" " + line, row: row, column: 1, style: selected ? .selected : .normal)
        if selected && i == 0 {
          screen.put(">", row: row, column: 1, style: .selected)
          screen.cursor = CursorPosition(row, 1)
        }
        screen.addHotspot(row: row, columns: 0..<screen.size.columns, action: .openStory(index))
        row += 1
      }
    }
    AppView.buttons([(state.text("ui.next"), .confirm), (state.text("ui.back"), .back)], row: screen.size.rows - 2, &screen)
    AppView.footer(state, &screen)
  }
}

/// Learning mode: a chat that unfolds message by message, the stranger on
/// the left and "you" on the right, and under it the replies to pick
/// from, or the feedback on the reply picked.
enum StoryPage {
  static func draw(_ state: AppState, _ screen: inout Screen) {
    guard let model = state.storyModel, let run = state.storyRun else { return }
    let width = screen.size.columns - 2
    let number = min(model.choices.count + (model.phase == .choosing ? 1 : 0), run.story.decisions.count)
    let progress = state.text("learn.progress", ["n": String(max(1, number)), "m": String(run.story.decisions.count)])
    // A long title is shortened, never dropped.
    let title = ResultWording.fit(run.story.title.text(state.textLanguage), width: max(1, screen.size.columns - DisplayWidth.of(progress) - 4))
    AppView.header(title, right: progress, &screen)
    let footerRow = screen.size.rows - 1
    // The chat keeps at least one row; the panel gets the rest.
    let panel = fitPanel(panelLines(state, model, run, width: width), room: panelRoom(state.size, model), cursor: model.cursor)
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
    let chat = chatLines(state, model, run, width: width)
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
        let mark = selected ? ">\(index + 1)." : " \(index + 1)."
        for (i, text) in TextWrap.lines(option.text.text(lang), width: max(1, width - 4), first: mark + " ", rest: "    ").enumerated() {
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
  static func hiddenAbove(_ state: AppState, scrollBack: Int) -> Int {
    guard let model = state.storyModel, let run = state.storyRun else { return 0 }
    let total = chatLines(state, model, run, width: state.size.columns - 2).count
    return max(0, total - scrollBack - chatRows(state))
  }

  /// The rows the chat has above the panel.
  static func chatRows(_ state: AppState) -> Int {
    guard let model = state.storyModel, let run = state.storyRun else { return 0 }
    let width = state.size.columns - 2
    let panel = fitPanel(panelLines(state, model, run, width: width), room: panelRoom(state.size, model), cursor: model.cursor).lines.count
    return max(0, state.size.rows - 1 - panel - 1)
  }
}

/// Learning mode: what happened in the story and the rules to remember;
/// the buttons come after the rules, so they are read first.
enum StoryEndPage {
  static func viewportRows(_ size: Size) -> Int { max(1, size.rows - 2) }

  struct Line {
    var text: String
    var style: Style
    var buttons = false
  }

  static func lines(_ state: AppState) -> [Line] {
    guard let run = state.storyRun else { return [] }
    let width = min(state.size.columns - 2, ResultLayout.maxWidth)
    let story = run.story, lang = state.textLanguage
    var lines: [Line] = []
    lines += TextWrap.lines(state.text("learn.outcome.title"), width: width).map { Line(text: $0, style: .title) }
    lines += TextWrap.lines(story.outcome.text(lang), width: width).map { Line(text: $0, style: .normal) }
    lines.append(Line(text: "", style: .normal))
    lines += TextWrap.lines(state.text("learn.rules.title"), width: width).map { Line(text: $0, style: .title) }
    for (index, rule) in story.rules.enumerated() {
      lines += TextWrap.lines(rule.text(lang), width: width, first: "\(index + 1). ", rest: "   ").map { Line(text: $0, style: .normal) }
    }
    lines.append(Line(text: "", style: .normal))
    let rows = AppView.buttonRows(buttonLabels(state), width: state.size.columns)
    for _ in 0..<rows { lines.append(Line(text: "", style: .normal, buttons: true)) }
    return lines
  }

  static func buttonLabels(_ state: AppState) -> [String] {
    [state.text("learn.start_check"), state.text("learn.another")]
  }

  /// Lines below the screen's last row.
  static func hiddenBelow(_ state: AppState) -> Int {
    let scroll = state.storyEndModel?.scroll ?? 0
    return max(0, lines(state).count - scroll - viewportRows(state.size))
  }

  static func draw(_ state: AppState, _ screen: inout Screen) {
    guard let model = state.storyEndModel, let run = state.storyRun else { return }
    AppView.header("ChatCheck", right: run.story.title.text(state.textLanguage), &screen)
    let all = lines(state)
    let rows = viewportRows(screen.size)
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
      let labels = buttonLabels(state)
      var column = 1, row = buttonRow
      for (index, label) in labels.enumerated() {
        let selected = index == model.cursor
        let text = selected ? "> \(label) <" : "[ \(label) ]"
        let w = DisplayWidth.of(text)
        if column + w > screen.size.columns, column > 1 {
          row += 1
          column = 1
        }
        let end = screen.put(text, row: row, column: column, style: selected ? .selected : .button, limit: screen.size.columns - 2)
        if selected { screen.cursor = CursorPosition(row, column) }
        screen.addHotspot(row: row, columns: column..<end, action: index == 0 ? .startCheck : .anotherStory)
        column = end + 2
      }
    }
    AppView.footer(state, &screen)
  }
}
