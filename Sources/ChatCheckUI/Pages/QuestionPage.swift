import ChatCheckCore

/// One question: text, options, progress, buttons. Digits highlight an
/// option and Enter confirms, so a nervous double tap never answers a
/// question unseen.
public struct QuestionModel: PageModel {
  public var cursor = 0
  public var selection: Set<Int> = []
  /// Something was ticked or unticked here: Enter with nothing ticked then
  /// asks instead of taking the highlight.
  public var touched = false
  /// The answered question being changed from the review, if any.
  public var editing: String?

  public init(cursor: Int = 0, selection: Set<Int> = [], editing: String? = nil) {
    self.cursor = cursor
    self.selection = selection
    self.editing = editing
  }

  /// The page for `answer`, its options highlighted (and ticked) again:
  /// they still have to be confirmed, so nothing is reused silently.
  static func preselecting(_ answer: Answer, _ content: Content, editing: Bool = false) -> QuestionModel {
    guard let question = content.question(answer.question) else { return QuestionModel() }
    let indexes = answer.options.compactMap { id in question.options.firstIndex { $0.id == id } }
    return QuestionModel(cursor: indexes.first ?? 0, selection: question.kind == .multi ? Set(indexes) : [],
      editing: editing ? answer.question : nil)
  }

  func keys(_ app: AppState) -> PageKeys {
    let t = { (key: String) in app.text(key) }
    var main = [
      KeyBinding(keys: [.enter, .right], label: t("ui.key.next"), action: .confirm),
      KeyBinding(keys: [.up, .character("k")], label: nil, action: .moveCursor(-1)),
      KeyBinding(keys: [.down, .character("j"), .tab], label: t("ui.key.move"), action: .moveCursor(1)),
    ]
    if app.shownQuestion?.kind == .multi { main.append(KeyBinding(keys: [.space], label: t("ui.key.toggle"), action: .toggle(cursor))) }
    main.append(KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back))
    main.append(KeyBinding(keys: [], label: t("ui.key.digits"), action: .moveCursor(0), inFooter: false))
    return PageKeys(main: main)
  }

  mutating func highlight(_ n: Int, _ app: AppState) {
    if n <= (app.shownQuestion?.options.count ?? 0) { cursor = n - 1 }
  }

  mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
    guard let question = app.shownQuestion else { return nil }
    switch action {
    case .moveCursor(let delta):
      cursor = min(max(0, cursor + delta), max(0, question.options.count - 1))
    case .choose(let index):
      guard question.options.indices.contains(index) else { return [] }
      cursor = index
      if question.kind == .multi { return perform(.toggle(index), &app) }
      answer([question.options[index].id], &app)
    case .toggle(let index):
      guard question.options.indices.contains(index) else { return [] }
      if question.kind == .single { return perform(.choose(index), &app) }
      app.notice = nil
      touched = true
      if selection.contains(index) {
        selection.remove(index)
      } else if question.options[index].exclusive {
        // "None of these" and "I don't know" go alone, and say so.
        if !selection.isEmpty { app.notice = app.text("ui.exclusive_cleared") }
        selection = [index]
      } else {
        selection = selection.filter { !question.options[$0].exclusive }
        selection.insert(index)
      }
      cursor = index
    case .confirm:
      if question.kind == .single { return perform(.choose(cursor), &app) }
      // Nothing ticked: Enter takes the highlighted option, unless ticks
      // were taken back (then the person meant none of them).
      if selection.isEmpty && touched {
        app.notice = app.text("ui.choose_one")
        return []
      }
      answer(selection.isEmpty ? [question.options[cursor].id] : selection.sorted().map { question.options[$0].id }, &app)
    case .back:
      app.notice = nil
      if editing != nil {
        app.showReview()
      } else if let last = app.interview.answers.last, app.interview.back() {
        self = .preselecting(last, app.content)
      } else {
        app.show(.welcome(WelcomeModel()))
      }
    default:
      return nil
    }
    return []
  }

  /// Answers the question on screen, as a change when it came from the
  /// review; tells the user about answers that no longer apply. New
  /// crisis help comes first, whatever the path.
  private mutating func answer(_ options: [String], _ app: inout AppState) {
    app.notice = nil
    let crisisBefore = Set(app.crisisCards.map(\.card.id))
    var prunedNotice: String?
    // The message about removed answers shows on the page that comes next.
    defer { if let prunedNotice { app.notice = prunedNotice } }
    if let editing {
      do {
        let pruned = try app.interview.change(editing, to: options)
        if !pruned.isEmpty {
          let names = pruned.compactMap { app.content.question($0.question)?.text.text(app.textLanguage) }
          let key = pruned.count == 1 ? "ui.pruned_one" : "ui.pruned"
          prunedNotice = app.text(key, ["count": String(pruned.count), "list": names.joined(separator: " / ")])
        }
      } catch {
        return
      }
      let newCrisis = !Set(app.crisisCards.map(\.card.id)).isSubset(of: crisisBefore)
      if newCrisis {
        app.show(.crisis(CrisisModel()))
      } else if app.interview.isFinished {
        // A change made from the review goes back to the review while the
        // path is complete, so more answers can be checked.
        app.showReview(cursor: app.interview.answers.firstIndex { $0.question == editing } ?? 0)
      } else {
        app.show(.question(QuestionModel()))
      }
      return
    }
    do { try app.interview.answer(options) } catch { return }
    let crisisNow = Set(app.crisisCards.map(\.card.id))
    if !app.interview.isFinished && !crisisNow.isSubset(of: crisisBefore) {
      app.show(.crisis(CrisisModel()))
    } else {
      app.show(app.interview.isFinished ? .result(ResultModel()) : .question(QuestionModel()))
    }
  }

  func draw(_ app: AppState, _ screen: inout Screen) {
    guard let question = app.shownQuestion else { return }
    let width = min(screen.size.columns - 2, ResultLayout.maxWidth)
    let progress: String
    if editing != nil {
      progress = app.text("ui.progress_editing")
    } else {
      let number = app.interview.answers.count + 1
      let remaining = app.metrics.remaining[question.id] ?? 0
      progress = remaining == 0
        ? app.text("ui.progress_last", ["n": String(number)])
        : app.text("ui.progress", ["n": String(number), "m": String(remaining)])
    }
    AppView.header("ChatCheck", right: progress, &screen)

    // Small screens drop the blank rows so that every option fits.
    let compact = screen.size.rows < 16
    var row = compact ? 1 : 2
    for line in TextWrap.lines(question.text.text(app.textLanguage), width: width) where row < screen.size.rows - 4 {
      screen.put(line, row: row, column: 1, style: .title)
      row += 1
    }
    if question.kind == .multi {
      screen.put(app.text("ui.choose_many"), row: row, column: 1, style: .hint, limit: width)
      row += 1
    }
    if let notice = app.notice {
      for line in TextWrap.lines(notice, width: width) where row < screen.size.rows - 5 {
        screen.put(line, row: row, column: 1, style: .notice)
        row += 1
      }
    }
    if !compact { row += 1 }

    // Options, scrolled so that the cursor stays visible.
    let bottom = screen.size.rows - 3
    var blocks: [[String]] = []
    for (index, option) in question.options.enumerated() {
      let mark: String
      if question.kind == .multi {
        mark = selection.contains(index) ? "[x]" : "[ ]"
      } else {
        mark = index < 9 ? "\(index + 1)." : "  "
      }
      let first = " \(mark) "
      let rest = String(repeating: " ", count: first.count)
      blocks.append(TextWrap.lines(option.label.text(app.textLanguage), width: max(1, width - 2), first: first, rest: rest)
        .map { "  " + $0 })
    }
    var first = 0
    func height(_ range: ClosedRange<Int>) -> Int { range.map { blocks[$0].count }.reduce(0, +) }
    let available = max(1, bottom - row)
    while first < cursor && height(first...cursor) > available { first += 1 }
    let optionsTop = row
    for index in first..<blocks.count {
      let block = blocks[index]
      if row + block.count > bottom && index != first {
        screen.put("↓", row: bottom - 1, column: screen.size.columns - 1, style: .hint)
        break
      }
      let selected = index == cursor
      for (i, line) in block.enumerated() where row < bottom {
        screen.put(line, row: row, column: 0, style: selected ? .selected : .normal)
        if selected { screen.paint(row: row, columns: 0..<min(screen.size.columns, width + 1), style: .selected) }
        if selected && i == 0 {
          screen.put(">", row: row, column: 1, style: .selected)
          screen.cursor = CursorPosition(row, 1)
        }
        screen.addHotspot(row: row, columns: 0..<screen.size.columns, action: .choose(index))
        row += 1
      }
    }

    // More options above: an arrow at the right edge (drawn last, so that
    // it stays visible on a highlighted row).
    if first > 0 { screen.put("↑", row: optionsTop, column: screen.size.columns - 1, style: .hint) }
    AppView.buttons([
      (app.text("ui.next"), .confirm), (app.text("ui.back"), .back), (app.text("ui.help"), .help),
    ], row: screen.size.rows - 2, &screen)
    AppView.footer(app, &screen)
  }
}
