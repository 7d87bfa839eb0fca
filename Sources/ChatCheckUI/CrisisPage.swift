import ChatCheckCore

/// Emergency and crisis help, at once: each card's title, its "now" step
/// and how to reach its resources, then two buttons: "I am safe right
/// now: go on" and "End".
enum CrisisPage {
  static func draw(_ state: AppState, _ screen: inout Screen) {
    let width = screen.size.columns - 2
    AppView.header("ChatCheck", right: state.text("ui.crisis.title"), &screen)
    let buttonsRow = screen.size.rows - 3
    let full = lines(state, width: width, compact: false)
    let shown = full.count <= buttonsRow - 1 ? full : lines(state, width: width, compact: true)
    for (i, (line, style)) in shown.prefix(max(0, buttonsRow - 1)).enumerated() {
      screen.put(line, row: 1 + i, column: 1, style: style, limit: width)
    }
    let labels = [state.text("ui.crisis.safe"), state.text("ui.crisis.end")]
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
      screen.addHotspot(row: min(row, screen.size.rows - 2), columns: column..<end, action: actions[index])
      column = end + 2
    }
    AppView.footer(state, [state.text("ui.key.crisis"), state.text("ui.key.back")], &screen)
  }

  /// The crisis cards as lines. Compact: title and channels only, so the
  /// numbers fit a small window.
  static func lines(_ state: AppState, width: Int, compact: Bool) -> [(String, Style)] {
    let lang = state.language
    var out: [(String, Style)] = []
    for chosen in state.crisisCards {
      if !out.isEmpty && !compact { out.append(("", .normal)) }
      for line in TextWrap.lines(chosen.wording.title.text(lang), width: width) { out.append((line, .emergency)) }
      if !compact {
        let body = chosen.wording.now?.text(lang) ?? chosen.wording.text.text(lang)
        for line in TextWrap.lines(body, width: width) { out.append((line, .normal)) }
      }
      for resource in chosen.resources {
        let calls = resource.channels.filter { $0.kind == .call || $0.kind == .text }
        let reach = (calls.isEmpty ? Array(resource.channels.prefix(1)) : calls)
          .map { ResultWording.channel($0, lang, state.content) }
        let name = resource.name.text(lang)
        let oneLine = "\(name) – \(reach.joined(separator: " · "))"
        if DisplayWidth.of(oneLine) <= width {
          out.append((oneLine, .title))
        } else {
          // A number is never cut: the name may be, each channel gets a line.
          out.append((ResultWording.fit(name, width: width), .title))
          for channel in reach { out.append(("  " + channel, .title)) }
        }
      }
    }
    return out
  }
}
