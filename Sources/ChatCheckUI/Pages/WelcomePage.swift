import ChatCheckCore

/// The first screen: what this is, privacy, quick exit, the country and
/// the ways in. Its buttons take the focus with Tab and the arrows.
public struct WelcomeModel: PageModel {
  /// The focused button among `buttons`; nil: the first way in.
  public var focus: Int?

  public init(focus: Int? = nil) { self.focus = focus }

  /// The country buttons (when the welcome asks for a country) and the
  /// ways in, in focus order.
  static func buttons(_ app: AppState) -> (regions: [(String, Action)], ways: [(String, Action)]) {
    let regions = app.askRegion
      ? app.content.regionCodes.map { code in (app.content.regions[code]?.name.text(app.textLanguage) ?? code, Action.setRegion(code)) }
      : []
    // Two clear ways in: help now, or learning how the trick works.
    var ways: [(String, Action)] = app.content.stories.isEmpty
      ? [(app.text("ui.start"), .start)]
      : [(app.text("ui.welcome.help_now"), .start), (app.text("ui.welcome.learn"), .learn)]
    if app.content.languages.count > 1 { ways.append((AppView.languageKeyLabel(app), .switchLanguage)) }
    // A small window keeps the two ways in; F3 in the footer switches the
    // language.
    if ways.count > 2 && AppView.buttonRows(ways.map(\.0), width: app.size.columns) > 2 { ways.removeLast() }
    return (regions, ways)
  }

  /// The focused button's index in focus order.
  func focused(_ app: AppState) -> Int {
    let (regions, ways) = Self.buttons(app)
    return min(focus ?? regions.count, regions.count + ways.count - 1)
  }

  func keys(_ app: AppState) -> PageKeys {
    let t = { (key: String) in app.text(key) }
    var main = [
      KeyBinding(keys: [.enter, .space], label: t("ui.key.start"), action: .confirm),
      KeyBinding(keys: [.right, .down, .tab], label: nil, action: .moveCursor(1)),
      KeyBinding(keys: [.left, .up], label: nil, action: .moveCursor(-1)),
      KeyBinding(keys: [.character("r"), .character("R")], label: t("ui.key.region"), action: .nextRegion),
    ]
    if !app.content.stories.isEmpty {
      main.insert(KeyBinding(keys: [.character("l"), .character("L")], label: t("ui.key.learn"), action: .learn), at: 1)
    }
    return PageKeys(main: main)
  }

  mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
    switch action {
    case .start:
      app.show(app.interview.isFinished ? .result(ResultModel()) : .question(QuestionModel()))
    case .learn:
      guard !app.content.stories.isEmpty else { return [] }
      app.show(.stories(StoriesModel()))
    case .setRegion(let code):
      guard app.content.regionCodes.contains(code) else { return [] }
      app.region = code
      app.askRegion = false
      focus = nil
    case .nextRegion:
      let codes = app.content.regionCodes
      if let index = codes.firstIndex(of: app.region) { app.region = codes[(index + 1) % codes.count] }
      app.askRegion = false
      focus = nil
    case .moveCursor(let delta):
      let (regions, ways) = Self.buttons(app)
      let count = regions.count + ways.count
      focus = ((focused(app) + delta) % count + count) % count
    case .confirm:
      let (regions, ways) = Self.buttons(app)
      let all = regions + ways
      return app.perform(all[focused(app)].1)
    default:
      return nil
    }
    return []
  }

  func draw(_ app: AppState, _ screen: inout Screen) {
    let width = min(screen.size.columns - 2, ResultLayout.maxWidth)
    AppView.header("ChatCheck", right: app.text("ui.welcome.tagline"), &screen)
    let wrap = { (key: String) in TextWrap.lines(app.text(key), width: width) }
    // A kiosk has no shell and saves nothing: its own words for both.
    let kiosk = app.kiosk != nil
    let title = wrap("ui.welcome.title"), body = wrap(kiosk ? "ui.kiosk.welcome_body" : "ui.welcome.body")
    let privacy = wrap(kiosk ? "ui.kiosk.welcome_privacy" : "ui.welcome.privacy"), quickExit = wrap("ui.welcome.quick_exit")
    // The country: one line to change it, or, when nothing named it, the
    // question and a button per country.
    let regionName = app.content.regions[app.region]?.name.text(app.textLanguage) ?? app.region
    let regionLine = TextWrap.lines(app.text("ui.region.current", ["region": regionName]), width: width)
    let (regionButtons, buttons) = Self.buttons(app)
    let focus = focused(app)
    var ask = app.askRegion ? wrap("ui.region.ask") : []
    let countryRows = AppView.buttonRows(regionButtons.map(\.0), width: screen.size.columns)
    let buttonRows = AppView.buttonRows(buttons.map(\.0), width: screen.size.columns)
    // A tiny window keeps the country buttons and drops their question.
    if app.askRegion && ask.count + countryRows > screen.size.rows - 2 - buttonRows { ask = [] }
    let regionRows = app.askRegion ? ask.count + countryRows : regionLine.count
    // Row 0, the buttons and the footer are fixed.
    let bottom = screen.size.rows - 1 - buttonRows
    let room = bottom - 2 - regionRows
    var blocks: [([String], Style)] = [(title, .title), (body, .normal), (privacy, .normal), (quickExit, .notice)]
    // A translation no counsellor who speaks it has checked says so, and
    // where the checked languages are.
    let unreviewed = app.content.languageInfo.unreviewed.contains(app.language) ? wrap("ui.unreviewed") : []
    if !unreviewed.isEmpty { blocks.insert((unreviewed, .hint), at: 1) }
    if let local = app.kiosk?.settings.local {
      blocks.insert((wrap("ui.kiosk.local") + TextWrap.lines(local.summary, width: width), .notice), at: 1)
    }
    func needed(_ b: [([String], Style)], gaps: Bool) -> Int { b.map(\.0.count).reduce(0, +) + (gaps ? b.count : 0) }
    var gaps = true
    if needed(blocks, gaps: true) > room { gaps = false }
    // A small window drops the body, then privacy, then the title: quick
    // exit (and a kiosk's local contact) stay at every size.
    // The note about an unchecked translation outlasts the title (the
    // header names the tool already).
    for dropped in [body, privacy, title, unreviewed] where !dropped.isEmpty && needed(blocks, gaps: false) > room {
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
    // Never above the first row under the header.
    row = max(1, min(row, bottom - regionRows))
    if app.askRegion {
      for line in ask {
        screen.put(line, row: row, column: 1, style: .notice)
        row += 1
      }
      row = AppView.buttons(regionButtons, row: row, focus: focus < regionButtons.count ? focus : nil, &screen)
    } else {
      for line in regionLine {
        screen.put(line, row: row, column: 1, style: .hint)
        screen.addHotspot(row: row, columns: 0..<screen.size.columns, action: .nextRegion)
        row += 1
      }
    }
    row = min(row, bottom)
    AppView.buttons(buttons, row: row, focus: focus - regionButtons.count, &screen)
    AppView.footer(app, &screen)
  }
}
