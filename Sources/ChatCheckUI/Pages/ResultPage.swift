import ChatCheckCore

/// The advice, scrollable. The result owns its scroll; its QR codes and
/// the save page are its destinations, drawn in its place, and going
/// back from them finds the result where it was.
public struct ResultModel: PageModel {
  /// Where a destination of the result is.
  public enum Destination: Sendable, Equatable {
    case takeAway(TakeAwayModel)
    case save(SaveModel)
  }

  /// How far the result is scrolled.
  public var scroll = 0
  /// The QR codes or the save page, open over the result.
  public var destination: Destination?

  public init(scroll: Int = 0, destination: Destination? = nil) {
    self.scroll = scroll
    self.destination = destination
  }

  /// The result's buttons. A check stopped early offers to carry on first.
  static func buttons(_ app: AppState) -> [(String, Action)] {
    var buttons: [(String, Action)] = app.interview.isFinished ? [] : [(app.text("ui.result.go_on"), .back)]
    buttons.append((app.text("ui.result.qr"), .takeAway))
    if app.mode == .interactive {
      buttons += [(app.text("ui.result.save"), .save), (app.text("ui.result.change"), .review), (app.text("ui.result.new"), .startOver)]
    } else {
      buttons += [(app.text("ui.result.change"), .review), (app.text("ui.result.finish"), .finish)]
    }
    return buttons
  }

  /// Rows for the result's text: all but the header, the buttons and the
  /// footer.
  static func viewportRows(_ app: AppState) -> Int {
    max(1, app.size.rows - 2 - AppView.buttonRows(buttons(app).map(\.0), width: app.size.columns))
  }

  func keys(_ app: AppState) -> PageKeys {
    switch destination {
    case .takeAway?: return TakeAwayModel.keys(app)
    case .save?: return SaveModel.keys(app)
    case nil: break
    }
    let t = { (key: String) in app.text(key) }
    var main = [
      KeyBinding(keys: [.up, .character("k")], label: nil, action: .scroll(-1)),
      KeyBinding(keys: [.down, .character("j")], label: t("ui.key.scroll"), action: .scroll(1)),
      KeyBinding(keys: [.character("t"), .character("T")], label: t("ui.key.take_away"), action: .takeAway),
    ]
    if app.mode == .interactive {
      main.append(KeyBinding(keys: [.character("s"), .character("S")], label: t("ui.key.save"), action: .save))
      main.append(KeyBinding(keys: [.character("n"), .character("N")], label: t("ui.key.start_over"), action: .startOver))
    } else {
      main.append(KeyBinding(keys: [.character("f"), .character("F"), .character("n"), .character("N")], label: t("ui.key.finish"), action: .finish))
    }
    let screenful = max(1, Self.viewportRows(app) - 1)
    return PageKeys(main: main, secondary: [
      KeyBinding(keys: [.pageUp], label: nil, action: .scroll(-screenful)),
      KeyBinding(keys: [.pageDown, .space], label: t("ui.key.page"), action: .scroll(screenful)),
      KeyBinding(keys: [.home, .character("g")], label: nil, action: .scroll(-scroll)),
      KeyBinding(keys: [.end, .character("G")], label: t("ui.key.ends"), action: .scroll(Int.max / 2)),
      KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back),
      // The mouse selects nothing while the program takes clicks.
      KeyBinding(keys: [], label: t("ui.key.select_text"), action: .scroll(0), inFooter: false),
    ])
  }

  /// On the save page every key goes into the file name, except Enter
  /// (save) and ← (back).
  mutating func take(_ key: Key, _ app: inout AppState) -> [Effect]? {
    guard case .save(var save)? = destination else { return nil }
    let action = save.edit(key)
    destination = .save(save)
    if let action { return perform(action, &app) }
    return []
  }

  mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
    switch (destination, action) {
    case (.takeAway(var qr)?, .qrNext(let delta)):
      let count = max(1, AppView.links(app).count)
      qr.index = ((qr.index + delta) % count + count) % count
      destination = .takeAway(qr)
    case (.save(let save)?, .save):
      let path = save.path.trimmingCharacters(in: .whitespaces)
      guard !path.isEmpty, app.mode == .interactive else {
        app.notice = app.text("ui.save.empty")
        return []
      }
      return [.writeFile(path: path, text: SaveModel.handout(path, app))]
    case (_?, .back):
      // Back to the result where it was scrolled.
      destination = nil
      app.notice = nil
    case (nil, .scroll(let delta)):
      scroll = Self.clamped(scroll + delta, app)
    case (nil, .takeAway):
      app.notice = nil
      destination = .takeAway(TakeAwayModel())
    case (nil, .save):
      guard app.mode == .interactive else { return [] }
      app.notice = nil
      let name = app.text("ui.save.default_name")
      destination = .save(SaveModel(path: name))
      return [.offerFreeName(name)]
    case (nil, .startOver):
      // Answers are not dropped by a slip of the finger.
      app.overlay = .confirm(.startOver)
    case (nil, .finish):
      // The visitor's "finish" asks first: a slip of the finger should not
      // wipe the advice they are still reading.
      if app.kiosk != nil { app.overlay = .confirm(.finish) }
    case (nil, .back):
      app.notice = nil
      if !app.interview.isFinished {
        // Ended from the crisis page: the check goes on where it stopped.
        app.show(.question(QuestionModel()))
      } else if let last = app.interview.answers.last, app.interview.back() {
        app.show(.question(.preselecting(last, app.content)))
      }
    default:
      return nil
    }
    return []
  }

  /// `scroll` kept inside the result's text.
  static func clamped(_ scroll: Int, _ app: AppState) -> Int {
    let total = AppView.resultLines(app).count
    return min(max(0, scroll), max(0, total - viewportRows(app)))
  }

  func draw(_ app: AppState, _ screen: inout Screen) {
    switch destination {
    case .takeAway(let qr)?: return qr.draw(app, &screen)
    case .save(let save)?: return save.draw(app, &screen)
    case nil: break
    }
    let layout = AppView.resultLayout(app)
    let lines = layout.lines
    let visible = Self.viewportRows(app)
    // "Your next steps 2/6": which card is at the top, of how many.
    var title = app.text("result.title")
    if let (card, count) = layout.card(at: scroll), count > 1, screen.size.columns >= 40 {
      // At the end, the last card is the one being read.
      let atEnd = scroll + visible >= lines.count
      title += " \(atEnd ? count : card)/\(count)"
    }
    AppView.header("ChatCheck", right: title, &screen)
    for (i, (line, style)) in lines.dropFirst(scroll).prefix(visible).enumerated() {
      screen.put(line, row: 1 + i, column: 1, style: style)
    }
    // The cursor at the top of the text: a screen reader starts there.
    screen.cursor = CursorPosition(1, 1)
    // More above, more below: the arrows page when clicked.
    let edge = screen.size.columns - 1
    if scroll > 0 {
      screen.put("↑", row: 1, column: edge, style: .hint)
      screen.addHotspot(row: 1, columns: edge..<(edge + 1), action: .scroll(-max(1, visible - 1)))
    }
    if scroll + visible < lines.count {
      screen.put("↓", row: visible, column: edge, style: .hint)
      screen.addHotspot(row: visible, columns: edge..<(edge + 1), action: .scroll(max(1, visible - 1)))
    }
    // The result's actions as buttons, for the mouse, on as many rows as
    // they need: none is dropped on a narrow window.
    let buttons = Self.buttons(app)
    AppView.buttons(buttons, row: screen.size.rows - 1 - AppView.buttonRows(buttons.map(\.0), width: screen.size.columns), &screen)
    AppView.footer(app, &screen)
  }
}

extension AppState {
  /// The driver found `name` free: the save page offers it while the
  /// person has not typed.
  mutating func freeName(_ name: String) {
    guard case .result(var result) = pageState, case .save(var save)? = result.destination, save.offered else { return }
    save.path = name
    result.destination = .save(save)
    pageState = .result(result)
  }

  /// The driver's report of a save: back to the top of the result, where
  /// the message shows, or a message on the save page.
  mutating func saved(_ path: String, _ problem: SaveProblem?) {
    guard case .result(var result) = pageState, case .save(var save)? = result.destination else { return }
    switch problem {
    case nil:
      show(.result(ResultModel()))
      notice = text("ui.save.done", ["path": TerminalText.escape(path)])
      return
    case .exists?:
      notice = text("ui.save.exists", ["path": TerminalText.escape(path)])
      save.path = HandoutName.nextName(after: path)
      save.offered = true
    case .isFolder?: notice = text("ui.save.is_folder")
    case .denied?: notice = text("ui.save.denied")
    case .noFolder?: notice = text("ui.save.no_folder")
    case .diskFull?: notice = text("ui.save.disk_full")
    case .other(let reason)?: notice = text("ui.save.failed", ["error": reason])
    }
    result.destination = .save(save)
    pageState = .result(result)
  }
}
