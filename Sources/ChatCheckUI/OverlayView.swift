import ChatCheckCore

/// Draws the open box, if any: one box at a time, over the page, with
/// its own targets; the footer's quick exit stays clickable below it.
enum OverlayView {
  static func draw(_ state: AppState, _ screen: inout Screen) {
    guard let overlay = state.overlay else { return }
    switch overlay {
    case .help(let scroll):
      // Why we ask comes first (on a question); the keys of this screen
      // follow. The box scrolls when both do not fit.
      let keys = keyList(state)
      if state.page == .question, let question = state.shownQuestion {
        box(state.text("ui.help.title"), question.help.text(state.textLanguage) + "\n\n" + keys, scroll: scroll,
            last: state.text("ui.help.close"), scrollHint: state.text("ui.help.close_scroll"), &screen)
      } else {
        box(state.text("ui.keys.title"), keys, scroll: scroll, last: state.text("ui.help.close"),
            scrollHint: state.text("ui.help.close_scroll"), &screen)
      }
    case .confirm(let question, let yes):
      let (title, body): (String, String)
      switch question {
      case .quit: (title, body) = (state.text("ui.quit.title"), state.text("ui.quit.confirm"))
      case .finish: (title, body) = (state.text("ui.kiosk.finish_title"), state.text("ui.kiosk.finish_confirm"))
      case .startOver: (title, body) = (state.text("ui.start_over.title"), state.text("ui.start_over.confirm"))
      }
      let buttons = [(state.text("ui.yes"), Action.confirmQuit(true)), (state.text("ui.no"), Action.confirmQuit(false))]
      box(title, body, last: state.text("ui.quit.keys"), buttons: buttons, focus: yes ? 0 : 1, &screen)
    case .countdown(let end):
      let now = state.kiosk?.now ?? end
      let seconds = max(0, Int((end - now).rounded(.up)))
      box(state.text("ui.kiosk.still_there"),
          state.text(seconds == 1 ? "ui.kiosk.countdown_one" : "ui.kiosk.countdown", ["s": String(seconds)]),
          last: state.text("ui.kiosk.continue"), &screen)
    case .pin(let pin):
      guard let kiosk = state.kiosk else { return }
      var body = state.text("ui.kiosk.pin_prompt") + "\n\nPIN: " + String(repeating: "*", count: pin.entry.count) + "_"
      if kiosk.now < kiosk.pinLockedUntil {
        body += "\n" + state.text("ui.kiosk.pin_wait", ["s": String(Int((kiosk.pinLockedUntil - kiosk.now).rounded(.up)))])
        if pin.ignoredDigits { body += "\n" + state.text("ui.kiosk.pin_ignored") }
      } else if pin.wrong {
        body += "\n" + state.text("ui.kiosk.pin_wrong")
      }
      box(state.text("ui.kiosk.pin_title"), body, last: state.text("ui.kiosk.pin_keys"), &screen)
    case .noPIN:
      box(state.text("ui.kiosk.pin_title"), state.text("ui.kiosk.no_pin"), last: state.text("ui.help.close"), &screen)
    case .languages(let highlight):
      // Each language in its own name, so a reader finds theirs in any
      // session; numbered buttons that flow in rows.
      let info = state.content.languageInfo
      let buttons = state.content.languages.enumerated().map { i, code in
        ("\(i + 1) \(info.name(code))", Action.chooseLanguage(code))
      }
      box(AppView.languageTitle(state), "", last: state.text("ui.language.keys"), buttons: buttons, focus: highlight, &screen)
    }
  }

  /// Every key of the screen, quick exit first. A separator ends a line
  /// when the list wraps, never starts one; on a narrow screen, where a
  /// hint and its separator may not fit a line, one hint per line.
  static func keyList(_ state: AppState) -> String {
    let hints = KeyTable.hints(state)
    let inner = boxInner(state.size)
    return hints.contains { DisplayWidth.of($0) + 2 > inner } ? hints.joined(separator: "\n") : hints.joined(separator: "\u{00A0}· ")
  }

  /// The width of a box's text on a screen of this size.
  static func boxInner(_ size: Size) -> Int { max(1, min(size.columns - 2, 60) - 4) }

  /// A centred box: a title, wrapped text scrolled by `scroll` lines (with
  /// ↑ and ↓ where more is above or below), buttons with one focused, and
  /// a last line. The terminal cursor sits on its title, so a screen
  /// reader that follows the cursor reads the box, not the row below.
  static func box(
    _ title: String, _ body: String, scroll: Int = 0, last: String, scrollHint: String? = nil, buttons: [(String, Action)] = [],
    focus: Int? = nil,
    _ screen: inout Screen
  ) {
    let width = min(screen.size.columns - 2, 60)
    let inner = boxInner(screen.size)
    let lines = TextWrap.lines(body, width: inner).map { String($0.map { $0 == "\u{00A0}" ? " " : $0 }) }
    let buttonRows = buttons.isEmpty ? 0 : AppView.buttonRows(buttons.map(\.0), width: inner)
    // Title, a blank line, the text, the buttons, the last line.
    let height = min(screen.size.rows - 2, lines.count + 4 + buttonRows)
    let textRows = max(1, height - 4 - buttonRows)
    let scroll = min(max(0, scroll), max(0, lines.count - textRows))
    let top = max(1, (screen.size.rows - height) / 2)
    let left = max(1, (screen.size.columns - width) / 2)
    screen.beginModal()
    // Scroll markers of the page below do not show beside the box.
    for r in 1..<max(1, screen.size.rows - 1) { screen.put(" ", row: r, column: screen.size.columns - 1) }
    for r in top..<(top + height) {
      screen.put(String(repeating: " ", count: width), row: r, column: left, style: .box)
    }
    screen.put(" \(title) ", row: top, column: left + 1, style: Style(.box, bold: true, reverse: true), limit: width - 2)
    screen.cursor = CursorPosition(top, left + 1)
    for (i, line) in lines.dropFirst(scroll).prefix(textRows).enumerated() {
      screen.put(line, row: top + 2 + i, column: left + 2, style: .box)
    }
    if scroll > 0 { screen.put("↑", row: top + 2, column: left + width - 1, style: .box) }
    if scroll + textRows < lines.count {
      screen.put("↓", row: top + 1 + textRows, column: left + width - 1, style: .box)
      screen.addHotspot(row: top + 1 + textRows, columns: (left + width - 1)..<(left + width), action: .scroll(textRows - 1))
    }
    if !buttons.isEmpty {
      AppView.buttons(buttons, row: top + 2 + textRows, column: left + 2, width: left + 2 + inner, focus: focus, &screen)
    }
    // A box that scrolls says so where it says how it closes.
    let closing = lines.count > textRows ? (scrollHint ?? last) : last
    screen.put(closing, row: top + height - 1, column: left + 2, style: .box, limit: inner)
    screen.addHotspot(row: top + height - 1, columns: left..<(left + width), action: .closeOverlay)
  }
}
