import ChatCheckCore

/// The story page's chat and the panel under it, laid out as lines.
extension StoryModel {
  /// The chat's width: the window's, and on a wide window (a projector)
  /// a column no wider than a result's, like a messenger's.
  static func chatWidth(_ size: Size) -> Int {
    max(1, size.columns >= ResultLayout.maxWidth + 20 ? ResultLayout.maxWidth : size.columns - 2)
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
    // The reader's own actions ("I take screenshots") are theirs, not
    // narration.
    let actions = Set(run.choices.filter { !$0.isSaid }.map { $0.text.text(lang) })
    // Where the reader is, before the first message.
    var lines = TextWrap.lines(run.story.setting.text(lang), width: width).map { Line(text: $0, style: .hint) }
    if state.classMode {
      // The ground rules for the room come first.
      lines = TextWrap.lines(state.text("learn.class.rules"), width: width).map { Line(text: $0, style: .title) } + [Line(text: "")] + lines
    }
    let transcript = run.transcript(answerToLast: model.phase != .feedback)
    var previous: ChatMessage?
    for message in transcript.prefix(model.shown ?? transcript.count) {
      let text = message.text.text(lang)
      // Messages of one sender at one time form a group: one header.
      let grouped = previous.map { $0.speaker == message.speaker && $0.time == message.time && message.speaker != .note } ?? false
      previous = message
      if spaced && !lines.isEmpty && !grouped { lines.append(Line(text: "")) }
      switch message.speaker {
      case .them, .you:
        let you = message.speaker == .you
        let name = you ? state.text("learn.you") : run.story.them.text(lang)
        if !grouped {
          lines.append(Line(text: [name, message.time].compactMap { $0 }.joined(separator: " · "), style: .hint, right: you))
        }
        lines += bubbleLines(text, width: bubble, you: you)
      case .note where actions.contains(text):
        lines += bubbleLines(state.text("learn.you") + ": " + text, width: bubble, you: true).map { Line(text: $0.text, style: .hint, right: true) }
      case .note:
        for line in TextWrap.lines("— \(text) —", width: width) { lines.append(Line(text: line, style: .hint)) }
      }
    }
    // The stranger is typing the next message.
    if let shown = model.shown, shown < transcript.count {
      if spaced { lines.append(Line(text: "")) }
      lines.append(Line(text: "│ " + state.text("learn.typing", ["name": run.story.them.text(lang)]), style: .hint))
    }
    return lines
  }

  /// A message's lines: the stranger's with a bar on the left; the
  /// reader's right-aligned as a block, its text aligned left inside it.
  static func bubbleLines(_ text: String, width: Int, you: Bool) -> [Line] {
    let wrapped = TextWrap.lines(text, width: width)
    guard you else { return wrapped.map { Line(text: "│ " + $0) } }
    let block = wrapped.map(DisplayWidth.of).max() ?? 0
    return wrapped.map { Line(text: $0 + String(repeating: " ", count: block - DisplayWidth.of($0)), style: .title, right: true) }
  }

  /// Under the chat: the decision's replies, or the feedback on the reply
  /// picked, or the end of the chat.
  static func panelLines(_ state: AppState, _ model: StoryModel, _ run: LearnRun, width: Int) -> [Line] {
    let lang = state.textLanguage
    var lines = [Line(text: String(repeating: "─", count: width), style: .hint)]
    if model.shown != nil {
      // While messages arrive, the replies wait: Enter shows them all.
      lines += TextWrap.lines(state.text("learn.show_all"), width: width).map { Line(text: $0, style: .hint) }
      return lines
    }
    switch model.phase {
    case .choosing:
      guard let decision = run.currentDecision else { return lines }
      lines += TextWrap.lines(decision.prompt.text(lang), width: width).map { Line(text: $0, style: .title) }
      if state.classMode { lines += TextWrap.lines(state.text("learn.class.pick"), width: width).map { Line(text: $0, style: .hint) } }
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
      lines.append(Line(text: (option.safe ? "✓ " : "! ") + verdict, style: option.safe ? .title : .notice, cursor: true))
      let feedback = run.story.filled(option.feedback, lang, content: state.content, region: state.region)
      lines += TextWrap.lines(feedback, width: width).map { Line(text: $0) }
      if state.classMode, let decision = run.story.decisions.dropFirst(run.choices.count - 1).first {
        // The teacher's notes: what the class talks about now.
        lines.append(Line(text: ""))
        lines += TextWrap.lines(state.text("learn.discuss"), width: width).map { Line(text: $0, style: .title) }
        for prompt in decision.discuss {
          lines += TextWrap.lines(prompt.text(lang), width: width, first: "• ", rest: "  ").map { Line(text: $0) }
        }
      }
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
    let total = chatLines(state, model, run, width: chatWidth(state.size)).count
    return max(0, total - scrollBack - chatRows(state, model))
  }

  /// The rows the chat has above the panel.
  static func chatRows(_ state: AppState, _ model: StoryModel) -> Int {
    guard let run = model.run(state.content) else { return 0 }
    let width = chatWidth(state.size)
    let panel = Self.fitPanel(Self.panelLines(state, model, run, width: width), room: Self.panelRoom(state.size, model), cursor: model.cursor).lines.count
    return max(0, state.size.rows - 1 - panel - 1)
  }
}
