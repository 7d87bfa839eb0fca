import ChatCheckCore

/// The first screen: what this is, privacy, quick exit, language.
enum WelcomePage {
  static func draw(_ state: AppState, _ screen: inout Screen) {
    let width = screen.size.columns - 2
    AppView.header("ChatCheck", right: state.text("ui.welcome.tagline"), &screen)
    let wrap = { (key: String) in TextWrap.lines(state.text(key), width: width) }
    // A kiosk has no shell and saves nothing: its own words for both.
    let kiosk = state.kiosk != nil
    let title = wrap("ui.welcome.title"), body = wrap(kiosk ? "ui.kiosk.welcome_body" : "ui.welcome.body")
    let privacy = wrap(kiosk ? "ui.kiosk.welcome_privacy" : "ui.welcome.privacy"), quickExit = wrap("ui.welcome.quick_exit")
    // The country: one line to change it, or, when nothing named it, the
    // question and a button per country.
    let regionName = state.content.regions[state.region]?.name.text(state.textLanguage) ?? state.region
    let regionLine = TextWrap.lines(state.text("ui.region.current", ["region": regionName]), width: width)
    let regionButtons = state.content.regionCodes.map { code in
      (state.content.regions[code]?.name.text(state.textLanguage) ?? code, Action.setRegion(code))
    }
    let ask = state.askRegion ? wrap("ui.region.ask") : []
    let regionRows = state.askRegion ? ask.count + AppView.buttonRows(regionButtons.map(\.0), width: screen.size.columns) : regionLine.count
    // Two clear ways in: help now, or learning how the trick works.
    var buttons: [(String, Action)] = state.content.stories.isEmpty
      ? [(state.text("ui.start"), .start)]
      : [(state.text("ui.welcome.help_now"), .start), (state.text("ui.welcome.learn"), .learn)]
    if state.content.languages.count > 1 { buttons.append((AppView.otherLanguage(state), .switchLanguage)) }
    // A small window keeps the two ways in; F3 in the footer switches the
    // language.
    if buttons.count > 2 && AppView.buttonRows(buttons.map(\.0), width: screen.size.columns) > 2 { buttons.removeLast() }
    let buttonRows = AppView.buttonRows(buttons.map(\.0), width: screen.size.columns)
    // Row 0, the buttons and the footer are fixed. The body is the first
    // thing to go on a small screen; quick exit and privacy stay.
    let bottom = screen.size.rows - 1 - buttonRows
    let room = bottom - 2 - regionRows
    var blocks: [([String], Style)] = [(title, .title), (body, .normal), (privacy, .normal), (quickExit, .notice)]
    if let local = state.kiosk?.settings.local {
      blocks.insert((wrap("ui.kiosk.local") + TextWrap.lines(local.summary, width: width), .notice), at: 1)
    }
    func needed(_ b: [([String], Style)], gaps: Bool) -> Int { b.map(\.0.count).reduce(0, +) + (gaps ? b.count : 0) }
    var gaps = true
    if needed(blocks, gaps: true) > room { gaps = false }
    // A small window drops the body, then privacy, then the title: quick
    // exit (and a kiosk's local contact) stay at every size.
    for dropped in [body, privacy, title] where needed(blocks, gaps: false) > room {
      if let index = blocks.firstIndex(where: { $0.0 == dropped }) { blocks.remove(at: index) }
    }
    var row = gaps ? 2 : 1
    for (index, (lines, style)) in blocks.enumerated() {
      // A block that does not fit is left out whole, never cut mid-sentence.
      if index > 0 && row + lines.count > bottom - regionRows { continue }
      for line in lines where row < bottom - regionRows {
        screen.put(line, row: row, column: 1, style: style)
        row += 1
      }
      if gaps { row += 1 }
    }
    row = min(row, bottom - regionRows)
    if state.askRegion {
      for line in ask {
        screen.put(line, row: row, column: 1, style: .notice)
        row += 1
      }
      row = AppView.buttons(regionButtons, row: row, &screen)
    } else {
      for line in regionLine {
        screen.put(line, row: row, column: 1, style: .hint)
        screen.addHotspot(row: row, columns: 0..<screen.size.columns, action: .nextRegion)
        row += 1
      }
    }
    row = min(row, bottom)
    AppView.buttons(buttons, row: row, &screen)
    AppView.footer(state, &screen)
  }
}

/// One question: text, options, progress, buttons.
enum QuestionPage {
  static func draw(_ state: AppState, _ screen: inout Screen) {
    guard let question = state.shownQuestion else { return }
    let width = min(screen.size.columns - 2, ResultLayout.maxWidth)
    let number = state.editing == nil ? state.interview.answers.count + 1
      : (state.interview.answers.firstIndex { $0.question == question.id } ?? 0) + 1
    let remaining = state.metrics.remaining[question.id] ?? 0
    let progress = remaining == 0
      ? state.text("ui.progress_last", ["n": String(number)])
      : state.text("ui.progress", ["n": String(number), "m": String(remaining)])
    AppView.header("ChatCheck", right: progress, &screen)

    // Small screens drop the blank rows so that every option fits.
    let compact = screen.size.rows < 16
    var row = compact ? 1 : 2
    for line in TextWrap.lines(question.text.text(state.textLanguage), width: width) where row < screen.size.rows - 4 {
      screen.put(line, row: row, column: 1, style: .title)
      row += 1
    }
    if question.kind == .multi {
      screen.put(state.text("ui.choose_many"), row: row, column: 1, style: .hint, limit: width)
      row += 1
    }
    if let notice = state.notice {
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
        mark = state.selection.contains(index) ? "[x]" : "[ ]"
      } else {
        mark = index < 9 ? "\(index + 1)." : "  "
      }
      let first = " \(mark) "
      let rest = String(repeating: " ", count: first.count)
      blocks.append(TextWrap.lines(option.label.text(state.textLanguage), width: max(1, width - 2), first: first, rest: rest)
        .map { "  " + $0 })
    }
    var first = 0
    func height(_ range: ClosedRange<Int>) -> Int { range.map { blocks[$0].count }.reduce(0, +) }
    let available = max(1, bottom - row)
    while first < state.cursor && height(first...state.cursor) > available { first += 1 }
    let optionsTop = row
    for index in first..<blocks.count {
      let block = blocks[index]
      if row + block.count > bottom && index != first {
        screen.put("↓", row: bottom - 1, column: screen.size.columns - 1, style: .hint)
        break
      }
      let selected = index == state.cursor
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
      (state.text("ui.next"), .confirm), (state.text("ui.back"), .back), (state.text("ui.help"), .help),
    ], row: screen.size.rows - 2, &screen)
    AppView.footer(state, &screen)
  }
}

/// Every answer so far; choose one to change it.
enum ReviewPage {
  static func draw(_ state: AppState, _ screen: inout Screen) {
    let width = screen.size.columns - 2
    AppView.header("ChatCheck", right: state.text("ui.review.title"), &screen)
    var row = 2
    for line in TextWrap.lines(state.text("ui.review.hint"), width: width) {
      screen.put(line, row: row, column: 1, style: .hint)
      row += 1
    }
    if let notice = state.notice {
      for line in TextWrap.lines(notice, width: width) {
        screen.put(line, row: row, column: 1, style: .notice)
        row += 1
      }
    }
    row += 1
    let bottom = screen.size.rows - 2
    let answers = state.interview.answers
    let first = max(0, state.cursor - (bottom - row) / 2 + 1)
    for (index, answer) in answers.enumerated().dropFirst(min(first, max(0, answers.count - 1))) where row < bottom {
      guard let question = state.content.question(answer.question) else { continue }
      let labels = answer.options.compactMap { question.option($0)?.label.text(state.textLanguage) }
      let selected = index == state.cursor
      let style: Style = selected ? .selected : .normal
      // Question and answer wrap; nothing is cut.
      let lines = TextWrap.lines(question.text.text(state.textLanguage), width: width, first: "\(index + 1). ", rest: "   ").map { ($0, selected ? Style.selected : .title) }
        + TextWrap.lines(labels.joined(separator: ", "), width: width, first: "   → ", rest: "     ").map { ($0, style) }
      for (i, (line, lineStyle)) in lines.enumerated() where row < bottom {
        screen.put(line, row: row, column: 1, style: lineStyle)
        if selected {
          screen.paint(row: row, columns: 0..<(width + 1), style: .selected)
          if i == 0 { screen.cursor = CursorPosition(row, 1) }
        }
        screen.addHotspot(row: row, columns: 0..<screen.size.columns, action: .edit(index))
        row += 1
      }
    }
    AppView.footer(state, &screen)
  }
}

/// The advice, scrollable.
enum ResultPage {
  /// The result's buttons. A check stopped early offers to carry on first.
  static func buttons(_ state: AppState) -> [(String, Action)] {
    var buttons: [(String, Action)] = state.interview.isFinished ? [] : [(state.text("ui.result.go_on"), .back)]
    buttons.append((state.text("ui.result.qr"), .takeAway))
    if state.mode == .interactive {
      buttons += [(state.text("ui.result.save"), .save), (state.text("ui.result.change"), .review), (state.text("ui.result.new"), .startOver)]
    } else {
      buttons += [(state.text("ui.result.change"), .review), (state.text("ui.result.finish"), .finish)]
    }
    return buttons
  }

  static func draw(_ state: AppState, _ screen: inout Screen) {
    let layout = AppView.resultLayout(state)
    let lines = layout.lines
    // "Your next steps 2/6": which card is at the top, of how many.
    var title = state.text("result.title")
    if let (card, count) = layout.card(at: state.resultScroll), count > 1, screen.size.columns >= 40 {
      // At the end, the last card is the one being read.
      let atEnd = state.resultScroll + AppView.resultViewportRows(state) >= lines.count
      title += " \(atEnd ? count : card)/\(count)"
    }
    AppView.header("ChatCheck", right: title, &screen)
    let visible = AppView.resultViewportRows(state)
    for (i, (line, style)) in lines.dropFirst(state.resultScroll).prefix(visible).enumerated() {
      screen.put(line, row: 1 + i, column: 1, style: style)
    }
    // More above, more below.
    if state.resultScroll > 0 { screen.put("↑", row: 1, column: screen.size.columns - 1, style: .hint) }
    if state.resultScroll + visible < lines.count {
      screen.put("↓", row: visible, column: screen.size.columns - 1, style: .hint)
    }
    // The result's actions as buttons, for the mouse, on as many rows as
    // they need: none is dropped on a narrow window.
    let buttons = Self.buttons(state)
    AppView.buttons(buttons, row: screen.size.rows - 1 - AppView.buttonRows(buttons.map(\.0), width: screen.size.columns), &screen)
    AppView.footer(state, &screen)
  }
}

/// QR codes of the result's links, one at a time.
enum TakeAwayPage {
  static func draw(_ state: AppState, _ screen: inout Screen) {
    let width = screen.size.columns - 2
    AppView.header("ChatCheck", right: state.text("ui.take_away.title"), &screen)
    let links = AppView.links(state)
    var row = 2
    guard !links.isEmpty else {
      screen.put(state.text("ui.take_away.none"), row: row, column: 1, limit: width)
      AppView.footer(state, &screen)
      return
    }
    let index = min(state.qrIndex, links.count - 1)
    let link = links[index]
    screen.put(ResultWording.fit("\(index + 1)/\(links.count)  \(link.name)", width: width), row: row, column: 1, style: .title)
    row += 1
    // The link in full, wrapped after "/" or "-" where it must break.
    for line in TextWrap.lines(link.url, width: width) where row < screen.size.rows - 2 {
      screen.put(line, row: row, column: 1)
      row += 1
    }
    let code = state.qrEncoder?.encode(link.url)?.halfBlockLines()
    if let code, let codeWidth = code.first.map(DisplayWidth.of), row + code.count < screen.size.rows - 1,
      codeWidth <= screen.size.columns
    {
      let left = max(0, (screen.size.columns - codeWidth) / 2)
      for line in code {
        screen.put(line, row: row, column: left, style: .qr)
        row += 1
      }
    } else {
      row += 1
      let reason = code == nil ? state.text("ui.take_away.no_qr") : state.text("ui.take_away.too_small")
      for line in TextWrap.lines(reason, width: width) where row < screen.size.rows - 1 {
        screen.put(line, row: row, column: 1, style: .hint)
        row += 1
      }
      for other in links {
        for line in TextWrap.lines(other.url, width: width, first: "• ", rest: "  ") where row < screen.size.rows - 1 {
          screen.put(line, row: row, column: 1)
          row += 1
        }
      }
    }
    AppView.footer(state, &screen)
  }
}

/// Saving the handout: a warning, the folder, the name and the buttons.
/// On a small window the warning gives way first, never the name or the
/// buttons.
enum SavePage {
  static func draw(_ state: AppState, _ screen: inout Screen) {
    let width = screen.size.columns - 2
    AppView.header("ChatCheck", right: state.text("ui.save.title"), &screen)
    let folder = state.saveFolder.map { TextWrap.lines(state.text("ui.save.folder", ["folder": TerminalText.escape($0)]), width: width) } ?? []
    let notice = state.notice.map { TextWrap.lines($0, width: width) } ?? []
    // Rows below the warning: folder, label, name, message, buttons.
    let fixed = folder.count + 2 + notice.count + 1
    let room = max(1, screen.size.rows - 3 - fixed)
    var warning = TextWrap.lines(state.text("ui.save.warning"), width: width)
    if warning.count > room {
      warning = Array(warning.prefix(room))
      warning[warning.count - 1] = ResultWording.fit(warning[warning.count - 1] + " …", width: width)
    }
    var row = 1
    for line in warning {
      screen.put(line, row: row, column: 1, style: .notice)
      row += 1
    }
    for line in folder {
      screen.put(line, row: row, column: 1, style: .hint)
      row += 1
    }
    screen.put(state.text("ui.save.path"), row: row, column: 1, limit: width)
    row += 1
    let shown = String(state.savePath.suffix(max(1, width - 2))) + "_"
    screen.put(shown, row: row, column: 1, style: .selected, limit: width)
    screen.cursor = CursorPosition(row, min(width, DisplayWidth.of(shown)))
    row += 1
    for line in notice {
      screen.put(line, row: row, column: 1, style: .notice)
      row += 1
    }
    AppView.buttons([(state.text("ui.save.confirm"), .save), (state.text("ui.back"), .back)], row: min(row, screen.size.rows - 2), &screen)
    AppView.footer(state, &screen)
  }
}
