import ChatCheckCore

/// Learning mode: the stories to pick from (in class mode, those for the
/// class's audience).
public struct StoriesModel: PageModel {
  /// The highlighted story: its place in the list offered.
  public var cursor = 0

  public init(cursor: Int = 0) { self.cursor = cursor }

  /// The list with story `index` highlighted (or, when it is not offered,
  /// the first one after it).
  static func at(story index: Int, _ app: AppState) -> StoriesModel {
    let offered = app.offeredStories
    return StoriesModel(cursor: offered.firstIndex { $0 >= index } ?? max(0, offered.count - 1))
  }

  func keys(_ app: AppState) -> PageKeys {
    let t = { (key: String) in app.text(key) }
    return PageKeys(main: [
      KeyBinding(keys: [.enter, .right], label: t("ui.key.next"), action: .confirm),
      KeyBinding(keys: [.up, .character("k")], label: nil, action: .moveCursor(-1)),
      KeyBinding(keys: [.down, .character("j"), .tab], label: t("ui.key.move"), action: .moveCursor(1)),
      KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back),
      KeyBinding(keys: [], label: t("ui.key.digits"), action: .moveCursor(0), inFooter: false),
    ])
  }

  mutating func highlight(_ n: Int, _ app: AppState) {
    if n <= app.offeredStories.count { cursor = n - 1 }
  }

  mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
    switch action {
    case .moveCursor(let delta):
      cursor = min(max(0, cursor + delta), max(0, app.offeredStories.count - 1))
    case .confirm:
      let offered = app.offeredStories
      guard offered.indices.contains(cursor) else { return [] }
      return perform(.openStory(offered[cursor]), &app)
    case .openStory(let index):
      guard app.offeredStories.contains(index) else { return [] }
      app.show(.story(.opening(index, app)))
    case .back:
      // A class stays in the lesson: the welcome page speaks to someone
      // affected, not to a room.
      if !app.classMode { app.show(.welcome(WelcomeModel())) }
    default:
      return nil
    }
    return []
  }

  func draw(_ app: AppState, _ screen: inout Screen) {
    let state = app
    let width = min(screen.size.columns - 2, ResultLayout.maxWidth)
    let lang = state.textLanguage
    AppView.header("ChatCheck", right: state.text("learn.title"), &screen)
    var row = screen.size.rows < 16 ? 1 : 2
    let bottom = screen.size.rows - 3
    let offered = state.offeredStories
    let stories = offered.map { state.content.stories[$0] }
    // Each title with whom it is for; on a small screen the titles alone.
    func items(_ withAudience: Bool) -> [[String]] {
      stories.enumerated().map { index, story in
        let text = story.title.text(lang) + (withAudience ? " (\(story.audience.text(lang)))" : "")
        return TextWrap.lines(text, width: max(1, width - 4), first: "\(index + 1). ", rest: "   ")
      }
    }
    let intro = TextWrap.lines(state.text("learn.intro"), width: width)
    let room = bottom - row
    var titles = items(true)
    if titles.joined().count > room - intro.count - 1 { titles = items(false) }
    // The intro goes first on a small screen; every title stays.
    if row + intro.count + 1 + titles.joined().count <= bottom {
      for line in intro {
        screen.put(line, row: row, column: 1)
        row += 1
      }
      row += 1
    }
    // A list longer than the screen scrolls with the highlight.
    var first = 0
    while first < cursor && titles[first...cursor].joined().count > bottom - row { first += 1 }
    if first > 0 { screen.put("↑", row: row, column: screen.size.columns - 1, style: .hint) }
    for (index, lines) in titles.enumerated().dropFirst(first) {
      let selected = index == cursor
      for (i, line) in lines.enumerated() where row < bottom {
        if selected { screen.paint(row: row, columns: 0..<min(screen.size.columns, width + 1), style: .selected) }
        screen.put("   " + line, row: row, column: 0, style: selected ? .selected : .normal)
        if selected && i == 0 {
          screen.put(">", row: row, column: 1, style: .selected)
          screen.cursor = CursorPosition(row, 1)
        }
        screen.addHotspot(row: row, columns: 0..<screen.size.columns, action: .openStory(offered[index]))
        row += 1
      }
      if row >= bottom && index < titles.count - 1 {
        screen.put("↓", row: bottom - 1, column: screen.size.columns - 1, style: .hint)
        break
      }
    }
    AppView.buttons([(state.text("ui.next"), .confirm), (state.text("ui.back"), .back)], row: screen.size.rows - 2, &screen)
    AppView.footer(state, &screen)
  }
}
