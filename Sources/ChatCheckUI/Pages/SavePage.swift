import ChatCheckCore

/// Saving the handout, a destination of the result: a warning, the
/// folder, the name and the buttons. On a small window the warning gives
/// way first, never the name or the buttons. A name ending in `.md`
/// gets Markdown; any other plain text, which opens anywhere.
public struct SaveModel: Sendable, Equatable {
  public var path: String
  /// The name is still the one offered: typing replaces it.
  public var offered = true

  public init(path: String) { self.path = path }

  /// The handout for `path`: Markdown for `.md`, plain text otherwise.
  static func handout(_ path: String, _ app: AppState) -> String {
    path.lowercased().hasSuffix(".md")
      ? ResultMarkdown.render(app.result, content: app.content)
      : ResultText.render(app.result, content: app.content, width: nil)
  }

  static func keys(_ app: AppState) -> PageKeys {
    // Typing goes into the file name; these are its only keys.
    PageKeys(main: [
      KeyBinding(keys: [.enter], label: app.text("ui.key.save_confirm"), action: .save),
      KeyBinding(keys: [.left], label: app.text("ui.key.cancel"), action: .back),
    ], typing: true)
  }

  /// A key typed into the name; returns the action of Enter or ←.
  mutating func edit(_ key: Key) -> Action? {
    // The offered name is replaced by the first thing typed.
    if offered, case .character = key { path = "" }
    if key != .enter { offered = false }
    switch key {
    case .enter: return .save
    case .left: return .back
    case .backspace, .delete:
      if !path.isEmpty { path.removeLast() }
    case .control("u"):
      path = ""
    case .character(let c) where !c.isNewline && !c.unicodeScalars.contains(where: { TerminalText.isForbidden($0) }):
      // Control and invisible characters (a pasted bidi override) never
      // reach the file name or the screen. The name is bounded in bytes
      // (a path is at most 4,096) and a letter takes at most four
      // combining marks, so every key costs the same however much is
      // pasted.
      if path.utf8.count + c.utf8.count <= InputLimits.lineBytes && !Self.tooManyMarks(path, adding: c) {
        path.append(c)
      }
    case .space:
      if path.utf8.count < InputLimits.lineBytes { path.append(" ") }
    default: break
    }
    return nil
  }

  /// Whether `c` would be a fifth combining mark on one letter (looks at
  /// no more than the last five characters of `text`).
  static func tooManyMarks(_ text: String, adding c: Character) -> Bool {
    func isMark(_ scalar: Unicode.Scalar) -> Bool {
      let category = scalar.properties.generalCategory
      return category == .nonspacingMark || category == .enclosingMark || category == .spacingMark
    }
    let added = c.unicodeScalars.filter(isMark).count
    guard added > 0 else { return false }
    var trailing = 0
    for scalar in text.unicodeScalars.reversed().prefix(5) {
      guard isMark(scalar) else { break }
      trailing += 1
    }
    return trailing + added > 4
  }

  func draw(_ app: AppState, _ screen: inout Screen) {
    let width = min(screen.size.columns - 2, ResultLayout.maxWidth)
    AppView.header("ChatCheck", right: app.text("ui.save.title"), &screen)
    let folder = app.saveFolder.map { TextWrap.lines(app.text("ui.save.folder", ["folder": TerminalText.escape($0)]), width: width) } ?? []
    let notice = app.notice.map { TextWrap.lines($0, width: width) } ?? []
    // Rows below the warning: folder, label, name, message, buttons.
    let fixed = folder.count + 2 + notice.count + 1
    let room = max(1, screen.size.rows - 3 - fixed)
    var warning = TextWrap.lines(app.text("ui.save.warning"), width: width)
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
    screen.put(app.text("ui.save.path"), row: row, column: 1, limit: width)
    row += 1
    let shown = String(path.suffix(max(1, width - 2))) + "_"
    screen.put(shown, row: row, column: 1, style: .selected, limit: width)
    screen.cursor = CursorPosition(row, min(width, DisplayWidth.of(shown)))
    row += 1
    for line in notice {
      screen.put(line, row: row, column: 1, style: .notice)
      row += 1
    }
    AppView.buttons([(app.text("ui.save.confirm"), .save), (app.text("ui.back"), .back)], row: min(row, screen.size.rows - 2), &screen)
    AppView.footer(app, &screen)
  }
}
