import ChatCheckCore

/// Emergency and crisis help, at once: each card's title, its "now" step
/// and how to reach its resources, then two buttons: "I am safe right
/// now: go on" and "End". The check goes on from here.
public struct CrisisModel: PageModel {
  /// The highlighted button: 0 goes on, 1 ends.
  public var cursor = 0

  public init(cursor: Int = 0) { self.cursor = cursor }

  func keys(_ app: AppState) -> PageKeys {
    PageKeys(main: [
      KeyBinding(keys: [.enter], label: app.text("ui.key.crisis"), action: cursor == 0 ? .crisisGoOn : .crisisEnd),
      KeyBinding(keys: [.up, .down, .right, .tab, .character("k"), .character("j")], label: nil, action: .moveCursor(cursor == 0 ? 1 : -1)),
      KeyBinding(keys: [.left, .backspace], label: app.text("ui.key.back"), action: .back),
    ])
  }

  mutating func highlight(_ n: Int, _ app: AppState) {
    if n <= 2 { cursor = n - 1 }
  }

  mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
    switch action {
    case .moveCursor(let delta):
      cursor = min(max(0, cursor + delta), 1)
    case .crisisGoOn:
      app.show(app.interview.isFinished ? .result(ResultModel()) : .question(QuestionModel()))
    case .crisisEnd:
      app.show(.result(ResultModel()))
      app.notice = app.text("ui.crisis.ended")
    case .back:
      if let last = app.interview.answers.last, app.interview.back() {
        app.show(.question(.preselecting(last, app.content)))
      }
    default:
      return nil
    }
    return []
  }

  func draw(_ app: AppState, _ screen: inout Screen) {
    let width = min(screen.size.columns - 2, ResultLayout.maxWidth)
    AppView.header("ChatCheck", right: app.text("ui.crisis.title"), &screen)
    let buttonsRow = screen.size.rows - 3
    // As much as fits: the text and steps, then only the "now" step, then
    // one line per help line, so the numbers always show.
    let room = max(0, buttonsRow - 1)
    let shown = [Detail.spaced, .full, .now, .compact, .listed].lazy.map { Self.lines(app, width: width, detail: $0) }
      .first { $0.count <= room } ?? Self.lines(app, width: width, detail: .listed)
    for (i, (line, style)) in shown.prefix(room).enumerated() {
      screen.put(line, row: 1 + i, column: 1, style: style, limit: width)
    }
    // The person affected is safe; a parent or helper says nobody is in danger.
    let safe = app.result.reader == .affected ? "ui.crisis.safe" : "ui.crisis.safe_other"
    let labels = [app.text(safe), app.text("ui.crisis.end")]
    let actions: [Action] = [.crisisGoOn, .crisisEnd]
    var column = 1
    var row = buttonsRow
    for (index, label) in labels.enumerated() {
      let text = index == cursor ? "> \(label) <" : "[ \(label) ]"
      let w = DisplayWidth.of(text)
      if column + w > screen.size.columns, column > 1 {
        row += 1
        column = 1
      }
      let style: Style = index == cursor ? .selected : .button
      let end = screen.put(text, row: min(row, screen.size.rows - 2), column: column, style: style, limit: width)
      if index == cursor { screen.cursor = CursorPosition(min(row, screen.size.rows - 2), column) }
      screen.addHotspot(row: min(row, screen.size.rows - 2), columns: column..<end, action: actions[index])
      column = end + 2
    }
    AppView.footer(app, &screen)
  }

  /// How much each card shows: everything with the help lines set apart,
  /// everything, the "now" step only, the help lines with the state of
  /// those closed now, or the help lines only.
  enum Detail { case spaced, full, now, compact, listed }

  /// The crisis cards as lines, with the given detail.
  static func lines(_ state: AppState, width: Int, detail: Detail) -> [(String, Style)] {
    let lang = state.textLanguage
    var out: [(String, Style)] = []
    for chosen in state.crisisCards {
      let wording = chosen.wording
      if !out.isEmpty && detail != .compact && detail != .listed { out.append(("", .normal)) }
      for line in TextWrap.lines(wording.title.text(lang), width: width) { out.append((line, .emergency)) }
      switch detail {
      case .spaced, .full:
        for line in TextWrap.lines(wording.text.text(lang), width: width) { out.append((line, .normal)) }
        for step in wording.steps {
          for line in TextWrap.lines(step.text(lang), width: width, first: "- ", rest: "  ") { out.append((line, .normal)) }
        }
      case .now:
        for line in TextWrap.lines((wording.now ?? wording.text).text(lang), width: width) { out.append((line, .normal)) }
      case .compact, .listed:
        break
      }
      // The help lines set apart from the advice, where there is room.
      if detail == .spaced && !chosen.resources.isEmpty { out.append(("", .normal)) }
      // Lines open at this moment first; the others say when they open.
      for (resource, status) in LineStatus.openFirst(chosen.resources, clock: state.clock) {
        out += resourceLines(resource, state, width: width, compact: detail != .full && detail != .spaced)
        if detail != .compact && detail != .listed, let hours = hoursLine(resource, status, state) {
          for line in TextWrap.lines(hours, width: width, first: "  ", rest: "  ") { out.append((line, .normal)) }
        } else if detail == .compact, case .closed = status, let closed = status.describe(state.content, lang) {
          // Even at its shortest, a line closed now says so.
          for line in TextWrap.lines(closed, width: width, first: "  ", rest: "  ") { out.append((line, .normal)) }
        }
      }
    }
    return out
  }

  /// "rund um die Uhr · jetzt erreichbar", "Mo–Sa 14–20 Uhr · jetzt
  /// geschlossen – erreichbar ab Mo 14:00", then "German only" when
  /// the line does not speak the reader's language; nil when nothing is
  /// known.
  static func hoursLine(_ resource: Resource, _ status: LineStatus, _ state: AppState) -> String? {
    let help = ResultDocument.Help(resource, state.textLanguage, state.content)
    let parts = [help.hours, status.describe(state.content, state.textLanguage), help.languages]
      .compactMap { $0 }.filter { !$0.isEmpty }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  /// "Name – Call: 110 · Text: 988"; compact: one line with the first
  /// number, the name shortened so that the number is never cut. The
  /// wording is the result document's.
  static func resourceLines(_ resource: Resource, _ state: AppState, width: Int, compact: Bool) -> [(String, Style)] {
    let help = ResultDocument.Help(resource, state.textLanguage, state.content)
    let phones = help.channels.filter(\.isNumber)
    let channels = phones.isEmpty ? Array(help.channels.prefix(1)) : phones
    // With room, a text line keeps its keyword ("text THORN to 741741").
    let reach = compact ? channels.prefix(1).map(\.line) : channels.map(\.lineWithNote)
    let oneLine = "\(help.name) – \(reach.joined(separator: " · "))"
    if DisplayWidth.of(oneLine) <= width { return [(oneLine, .normal)] }
    if compact, let first = reach.first {
      let room = width - DisplayWidth.of(first) - 3
      if room >= 4 { return [("\(ResultWording.fit(help.name, width: room)) – \(first)", .normal)] }
      return [(first, .normal)]
    }
    // Each channel on its own lines; wrapping breaks at spaces only, so a
    // number or URL stays whole.
    return [(ResultWording.fit(help.name, width: width), .normal)]
      + reach.flatMap { TextWrap.lines($0, width: width, first: "  ", rest: "    ").map { ($0, Style.normal) } }
  }
}
