import ChatCheckCore

/// Every answer so far; choose one to change it.
public struct ReviewModel: PageModel {
  public var cursor = 0
  /// Where the review returns to: the result when the path is complete,
  /// the current question otherwise.
  public var returnTo: AppState.Page = .question

  public init(cursor: Int = 0, returnTo: AppState.Page = .question) {
    self.cursor = cursor
    self.returnTo = returnTo
  }

  func keys(_ app: AppState) -> PageKeys {
    let t = { (key: String) in app.text(key) }
    return PageKeys(main: [
      KeyBinding(keys: [.enter, .right], label: t("ui.key.change"), action: .edit(cursor)),
      KeyBinding(keys: [.up, .character("k")], label: nil, action: .moveCursor(-1)),
      KeyBinding(keys: [.down, .character("j"), .tab], label: t("ui.key.move"), action: .moveCursor(1)),
      KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back),
    ])
  }

  mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
    let answers = app.interview.answers
    switch action {
    case .moveCursor(let delta):
      cursor = min(max(0, cursor + delta), max(0, answers.count - 1))
    case .edit(let index):
      guard answers.indices.contains(index) else { return [] }
      app.show(.question(.preselecting(answers[index], app.content, editing: true)))
    case .back:
      app.notice = nil
      app.show(returnTo == .result ? .result(ResultModel()) : .question(QuestionModel()))
    default:
      return nil
    }
    return []
  }

  func draw(_ app: AppState, _ screen: inout Screen) {
    let width = min(screen.size.columns - 2, ResultLayout.maxWidth)
    AppView.header("ChatCheck", right: app.text("ui.review.title"), &screen)
    var row = 2
    for line in TextWrap.lines(app.text("ui.review.hint"), width: width) {
      screen.put(line, row: row, column: 1, style: .hint)
      row += 1
    }
    if let notice = app.notice {
      for line in TextWrap.lines(notice, width: width) {
        screen.put(line, row: row, column: 1, style: .notice)
        row += 1
      }
    }
    row += 1
    let top = row
    // The answers end above the button row.
    let bottom = screen.size.rows - 3
    let answers = app.interview.answers
    let first = min(max(0, cursor - (bottom - row) / 2 + 1), max(0, answers.count - 1))
    var last = first - 1
    for (index, answer) in answers.enumerated().dropFirst(first) where row < bottom {
      guard let question = app.content.question(answer.question) else { continue }
      let labels = answer.options.compactMap { question.option($0)?.label.text(app.textLanguage) }
      let selected = index == cursor
      let style: Style = selected ? .selected : .normal
      // Question and answer wrap; nothing is cut.
      let lines = TextWrap.lines(question.text.text(app.textLanguage), width: width, first: "\(index + 1). ", rest: "   ").map { ($0, selected ? Style.selected : .title) }
        + TextWrap.lines(labels.joined(separator: ", "), width: width, first: "   → ", rest: "     ").map { ($0, style) }
      var drawn = 0
      for (i, (line, lineStyle)) in lines.enumerated() where row < bottom {
        screen.put(line, row: row, column: 1, style: lineStyle)
        if selected {
          screen.paint(row: row, columns: 0..<(width + 1), style: .selected)
          if i == 0 { screen.cursor = CursorPosition(row, 1) }
        }
        screen.addHotspot(row: row, columns: 0..<screen.size.columns, action: .edit(index))
        row += 1
        drawn += 1
      }
      if drawn == lines.count { last = index }
    }
    // More answers above or below: arrows at the right edge.
    if first > 0 { screen.put("↑", row: top, column: screen.size.columns - 1, style: .hint) }
    if last < answers.count - 1 { screen.put("↓", row: bottom - 1, column: screen.size.columns - 1, style: .hint) }
    AppView.buttons([(app.text("ui.back"), .back)], row: screen.size.rows - 2, &screen)
    AppView.footer(app, &screen)
  }
}

extension AppState {
  /// The review, returning to the result when the path is complete and to
  /// the current question otherwise.
  mutating func showReview(cursor: Int = 0) {
    show(.review(ReviewModel(cursor: cursor, returnTo: interview.isFinished ? .result : .question)))
  }
}
