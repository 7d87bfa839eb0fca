import ChatCheckCore

/// Emergency and crisis help, at once: each card's title, its "now" step
/// and how to reach its resources, then two buttons: "I am safe right
/// now: go on" and "End".
enum CrisisPage {
  static func draw(_ state: AppState, _ screen: inout Screen) {
    let width = screen.size.columns - 2
    AppView.header("ChatCheck", right: state.text("ui.crisis.title"), &screen)
    let buttonsRow = screen.size.rows - 3
    // As much as fits: the text and steps, then only the "now" step, then
    // one line per help line, so the numbers always show.
    let room = max(0, buttonsRow - 1)
    let shown = [Detail.full, .now, .compact].lazy.map { lines(state, width: width, detail: $0) }
      .first { $0.count <= room } ?? lines(state, width: width, detail: .compact)
    for (i, (line, style)) in shown.prefix(room).enumerated() {
      screen.put(line, row: 1 + i, column: 1, style: style, limit: width)
    }
    // The person affected is safe; a parent or helper says nobody is in danger.
    let safe = state.result.reader == .affected ? "ui.crisis.safe" : "ui.crisis.safe_other"
    let labels = [state.text(safe), state.text("ui.crisis.end")]
    let actions: [Action] = [.crisisGoOn, .crisisEnd]
    var column = 1
    var row = buttonsRow
    for (index, label) in labels.enumerated() {
      let text = index == state.cursor ? "> \(label) <" : "[ \(label) ]"
      let w = DisplayWidth.of(text)
      if column + w > screen.size.columns, column > 1 {
        row += 1
        column = 1
      }
      let style: Style = index == state.cursor ? .selected : .button
      let end = screen.put(text, row: min(row, screen.size.rows - 2), column: column, style: style, limit: width)
      if index == state.cursor { screen.cursor = CursorPosition(min(row, screen.size.rows - 2), column) }
      screen.addHotspot(row: min(row, screen.size.rows - 2), columns: column..<end, action: actions[index])
      column = end + 2
    }
    AppView.footer(state, &screen)
  }

  enum Detail { case full, now, compact }

  /// The crisis cards as lines, with the given detail.
  static func lines(_ state: AppState, width: Int, detail: Detail) -> [(String, Style)] {
    let lang = state.textLanguage
    var out: [(String, Style)] = []
    for chosen in state.crisisCards {
      let wording = chosen.wording
      if !out.isEmpty && detail != .compact { out.append(("", .normal)) }
      for line in TextWrap.lines(wording.title.text(lang), width: width) { out.append((line, .emergency)) }
      switch detail {
      case .full:
        for line in TextWrap.lines(wording.text.text(lang), width: width) { out.append((line, .normal)) }
        for step in wording.steps {
          for line in TextWrap.lines(step.text(lang), width: width, first: "- ", rest: "  ") { out.append((line, .normal)) }
        }
      case .now:
        for line in TextWrap.lines((wording.now ?? wording.text).text(lang), width: width) { out.append((line, .normal)) }
      case .compact:
        break
      }
      // Lines open at this moment first; the others say when they open.
      for (resource, status) in LineStatus.openFirst(chosen.resources, clock: state.clock) {
        out += resourceLines(resource, state, width: width, compact: detail != .full)
        if detail != .compact, let hours = hoursLine(resource, status, state) {
          for line in TextWrap.lines(hours, width: width, first: "  ", rest: "  ") { out.append((line, .normal)) }
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
    let lang = state.textLanguage
    let parts = [
      resource.hours?.text(lang), status.describe(state.content, lang),
      ResourceListing.languageNote(resource, lang, state.content),
    ]
      .compactMap { $0 }.filter { !$0.isEmpty }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  /// "Name – Call: 110 · Text: 988"; compact: one line with the first
  /// number, the name shortened so that the number is never cut.
  static func resourceLines(_ resource: Resource, _ state: AppState, width: Int, compact: Bool) -> [(String, Style)] {
    let lang = state.textLanguage
    let phones = resource.channels.filter { $0.kind == .call || $0.kind == .text }
    let channels = phones.isEmpty ? Array(resource.channels.prefix(1)) : phones
    // With room, a text line keeps its keyword ("text THORN to 741741").
    let reach = compact
      ? channels.prefix(1).map { ResultWording.channel($0, lang, state.content) }
      : channels.map { ResultWording.channelWithNote($0, lang, state.content) }
    let name = resource.name.text(lang)
    let oneLine = "\(name) – \(reach.joined(separator: " · "))"
    if DisplayWidth.of(oneLine) <= width { return [(oneLine, .title)] }
    if compact, let first = reach.first {
      let room = width - DisplayWidth.of(first) - 3
      if room >= 4 { return [("\(ResultWording.fit(name, width: room)) – \(first)", .title)] }
      return [(first, .title)]
    }
    // Each channel on its own lines; wrapping breaks at spaces only, so a
    // number or URL stays whole.
    return [(ResultWording.fit(name, width: width), .title)]
      + reach.flatMap { TextWrap.lines($0, width: width, first: "  ", rest: "    ").map { ($0, Style.title) } }
  }
}
