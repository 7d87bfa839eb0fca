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
    state.pageState.model.draw(state, &screen)
    OverlayView.draw(state, &screen)
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
      // A hint that does not fit is left out; shorter ones after it may.
      if column + width > screen.size.columns { continue }
      screen.put(separator, row: row, column: column, style: .hint)
      let start = column + DisplayWidth.of(separator)
      let end = screen.put(hint, row: row, column: start, style: .hint)
      screen.addHotspot(row: row, columns: start..<end, action: action)
      column = end
    }
  }

  /// Buttons in a row, wrapping to the next row rather than dropping one;
  /// each is clickable, and `focus` is the one Enter presses. Returns the
  /// next free row.
  @discardableResult
  static func buttons(
    _ items: [(String, Action)], row: Int, column start: Int = 1, width: Int? = nil, focus: Int? = nil, _ screen: inout Screen
  ) -> Int {
    let right = width ?? screen.size.columns
    var column = start
    var row = row
    for (index, (label, action)) in items.enumerated() {
      let text = "[ \(label) ]"
      let width = DisplayWidth.of(text)
      if column + width > right, column > start {
        row += 1
        column = start
      }
      let end = screen.put(text, row: row, column: column, style: index == focus ? .selected : .button)
      if index == focus { screen.cursor = CursorPosition(row, column) }
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

  /// What F3 offers: with two languages the other one's name, in that
  /// language; with more, "Language" (followed by the English word when
  /// the session is in another language, so anyone finds the list).
  static func languageKeyLabel(_ state: AppState) -> String {
    let languages = state.content.languages
    guard let index = languages.firstIndex(of: state.language), languages.count > 1 else { return "" }
    if languages.count > 2 { return languageTitle(state) }
    let next = languages[(index + 1) % languages.count]
    return state.content.languageInfo.name(next)
  }

  /// "Langue/Language": the list's title and its key's label.
  static func languageTitle(_ state: AppState) -> String {
    let own = state.text("ui.language.title")
    let english = state.content.loadedLanguages.contains("en") ? state.content.string("ui.language.title", "en") : "Language"
    return own == english ? own : "\(own)/\(english)"
  }

  // MARK: - Result text, shared with update (scrolling)

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
