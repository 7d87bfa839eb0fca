import ChatCheckCore

/// Draws an `AppState` as a `Screen`. Pure: the same state and size always
/// give the same screen.
public enum AppView {
  /// Below this the screen asks for a bigger window.
  public static let minimum = Size(columns: 32, rows: 10)

  public static func render(_ state: AppState) -> Screen {
    var screen = Screen(state.size)
    let size = state.size
    guard size.columns >= minimum.columns, size.rows >= minimum.rows else {
      tooSmall(state, &screen)
      return screen
    }
    switch state.page {
    case .welcome: WelcomePage.draw(state, &screen)
    case .question: QuestionPage.draw(state, &screen)
    case .crisis: CrisisPage.draw(state, &screen)
    case .review: ReviewPage.draw(state, &screen)
    case .result: ResultPage.draw(state, &screen)
    case .takeAway: TakeAwayPage.draw(state, &screen)
    case .save: SavePage.draw(state, &screen)
    case .stories: StoriesPage.draw(state, &screen)
    case .story: StoryPage.draw(state, &screen)
    case .storyEnd: StoryEndPage.draw(state, &screen)
    }
    if state.showingHelp {
      // Why we ask (on a question), then every key of this screen.
      let keys = KeyTable.hints(state).joined(separator: " · ")
      if state.page == .question, let question = state.shownQuestion {
        // When both do not fit, the keys come first: a small window cuts
        // the footer short, and this list is what makes up for it.
        let help = question.help.text(state.textLanguage)
        let inner = max(1, min(screen.size.columns - 2, 60) - 4)
        let fits = TextWrap.lines(help + "\n\n" + keys, width: inner).count <= max(0, screen.size.rows - 6)
        overlay(state.text("ui.help.title"), fits ? help + "\n\n" + keys : keys + "\n\n" + help, state.text("ui.help.close"), &screen)
      } else {
        overlay(state.text("ui.keys.title"), keys, state.text("ui.help.close"), &screen)
      }
    }
    if let kiosk = state.kiosk {
      if let end = kiosk.countdownEnds {
        let seconds = max(0, Int((end - kiosk.now).rounded(.up)))
        overlay(state.text("ui.kiosk.still_there"), state.text(seconds == 1 ? "ui.kiosk.countdown_one" : "ui.kiosk.countdown", ["s": String(seconds)]),
                state.text("ui.kiosk.continue"), &screen)
      } else if let entry = kiosk.pinEntry {
        var body = state.text("ui.kiosk.pin_prompt") + "\n\nPIN: " + String(repeating: "*", count: entry.count) + "_"
        if kiosk.now < kiosk.pinLockedUntil {
          body += "\n" + state.text("ui.kiosk.pin_wait", ["s": String(Int((kiosk.pinLockedUntil - kiosk.now).rounded(.up)))])
        } else if kiosk.pinWrong {
          body += "\n" + state.text("ui.kiosk.pin_wrong")
        }
        overlay(state.text("ui.kiosk.pin_title"), body, state.text("ui.kiosk.pin_keys"), &screen)
      }
    }
    if state.confirmingQuit {
      let kiosk = state.kiosk != nil
      overlay(
        state.text(kiosk ? "ui.kiosk.finish_title" : "ui.quit.title"), state.text(kiosk ? "ui.kiosk.finish_confirm" : "ui.quit.confirm"),
        state.text("ui.quit.keys"), &screen)
    }
    return screen
  }

  static func tooSmall(_ state: AppState, _ screen: inout Screen) {
    let message = state.text("ui.too_small", ["columns": String(minimum.columns), "rows": String(minimum.rows)])
    let lines = TextWrap.lines(message, width: max(1, screen.size.columns))
    for (i, line) in lines.enumerated() { screen.put(line, row: i, column: 0, style: .notice) }
  }

  // MARK: - Shared parts

  /// Row 0: the app name left, `right` at the right edge.
  static func header(_ title: String, right: String, _ screen: inout Screen) {
    screen.paint(row: 0, style: .header)
    // On a narrow window the right part (progress, page) wins; the two
    // never overlap.
    let right = ResultWording.fit(right, width: max(1, screen.size.columns - 2))
    let width = DisplayWidth.of(right)
    if DisplayWidth.of(title) + width + 3 <= screen.size.columns {
      screen.put(" \(title)", row: 0, column: 0, style: .header)
    }
    screen.put(right, row: 0, column: max(0, screen.size.columns - width - 1), style: .header)
  }

  /// The last row: the screen's key hints from its key table, as many as
  /// fit, each a button. Quick exit always comes first, so it is shown
  /// even on the smallest screen; `?` lists the rest.
  static func footer(_ state: AppState, _ screen: inout Screen) {
    let row = screen.size.rows - 1
    let hints = [(state.text("ui.key.quick_exit"), Action.quickExit)]
      + KeyTable.bindings(state).filter(\.inFooter).compactMap { binding in binding.label.map { ($0, binding.action) } }
    var column = 1
    for (index, (hint, action)) in hints.enumerated() {
      let separator = index == 0 ? "" : " · "
      let width = DisplayWidth.of(separator + hint)
      if column + width > screen.size.columns { break }
      screen.put(separator, row: row, column: column, style: .hint)
      let start = column + DisplayWidth.of(separator)
      let end = screen.put(hint, row: row, column: start, style: .hint)
      screen.addHotspot(row: row, columns: start..<end, action: action)
      column = end
    }
  }

  /// Buttons in a row; each one is clickable. Returns the next free row.
  @discardableResult
  static func buttons(_ items: [(String, Action)], row: Int, _ screen: inout Screen) -> Int {
    var column = 1
    var row = row
    for (label, action) in items {
      let text = "[ \(label) ]"
      let width = DisplayWidth.of(text)
      if column + width > screen.size.columns, column > 1 {
        row += 1
        column = 1
      }
      let end = screen.put(text, row: row, column: column, style: .button)
      screen.addHotspot(row: row, columns: column..<end, action: action)
      column = end + 2
    }
    return row + 1
  }

  /// How many rows `buttons` takes for these labels.
  static func buttonRows(_ labels: [String], width: Int) -> Int {
    var rows = 1, column = 1
    for label in labels {
      let w = DisplayWidth.of("[ \(label) ]")
      if column + w > width, column > 1 {
        rows += 1
        column = 1
      }
      column += w + 2
    }
    return rows
  }

  /// A centred box with a title, wrapped text and a last line.
  static func overlay(_ title: String, _ body: String, _ last: String, _ screen: inout Screen) {
    let width = min(screen.size.columns - 2, 60)
    let inner = width - 4
    let lines = TextWrap.lines(body, width: max(1, inner)).map { String($0.map { $0 == "\u{00A0}" ? " " : $0 }) }
    let height = min(screen.size.rows - 2, lines.count + 4)
    let top = max(1, (screen.size.rows - height) / 2)
    let left = max(1, (screen.size.columns - width) / 2)
    screen.beginModal()
    // Scroll markers of the page below do not show beside the box.
    for r in 1..<max(1, screen.size.rows - 1) { screen.put(" ", row: r, column: screen.size.columns - 1) }
    for r in top..<(top + height) {
      screen.put(String(repeating: " ", count: width), row: r, column: left, style: .box)
    }
    screen.put(" \(title) ", row: top, column: left + 1, style: Style(.box, bold: true, reverse: true))
    for (i, line) in lines.prefix(max(0, height - 4)).enumerated() {
      screen.put(line, row: top + 2 + i, column: left + 2, style: .box)
    }
    screen.put(last, row: top + height - 1, column: left + 2, style: .box, limit: inner)
    screen.addHotspot(row: top + height - 1, columns: left..<(left + width), action: .closeOverlay)
  }

  /// The name of the language F3 switches to, in that language.
  static func otherLanguage(_ state: AppState) -> String {
    let languages = state.content.languages
    guard let index = languages.firstIndex(of: state.language), languages.count > 1 else { return "" }
    let next = languages[(index + 1) % languages.count]
    return state.content.string("ui.language_name", next)
  }

  // MARK: - Result text, shared with update (scrolling)

  /// Rows for the result's text: all but the header, the buttons and the
  /// footer.
  public static func resultViewportRows(_ size: Size) -> Int { max(1, size.rows - 3) }

  /// The result as lines for the screen width, with their styles.
  public static func resultLines(_ state: AppState) -> [(String, Style)] {
    resultLayout(state).lines
  }

  /// The laid-out result, from the cache while it is current.
  public static func resultLayout(_ state: AppState) -> ResultLayout {
    if let cache = state.resultCache,
      cache.key == ResultCacheKey(answers: state.interview.answers, language: state.language, region: state.region, columns: state.size.columns, notice: state.notice)
    {
      return cache.layout
    }
    return ResultLayout(state)
  }

  /// Every distinct URL of the result's resources, in reading order.
  public static func links(_ state: AppState) -> [(name: String, url: String)] {
    var seen: Set<String> = []
    var links: [(String, String)] = []
    for chosen in state.result.cards {
      for resource in chosen.resources {
        for channel in resource.channels where channel.isLink && seen.insert(channel.value).inserted {
          links.append((resource.name.text(state.textLanguage), channel.value))
        }
      }
    }
    return links
  }
}
