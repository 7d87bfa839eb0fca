import ChatCheckCore

/// The result's QR codes, one link at a time: a destination of the
/// result. A small window drops the blank rows, then the quiet zone's
/// second module, then the link's own lines, before it gives up a code.
public struct TakeAwayModel: Sendable, Equatable {
  /// Which link's code is shown.
  public var index = 0

  public init(index: Int = 0) { self.index = index }

  static func keys(_ app: AppState) -> PageKeys {
    PageKeys(main: [
      KeyBinding(keys: [.right, .down, .tab, .space, .character("n")], label: app.text("ui.key.next_code"), action: .qrNext(1)),
      KeyBinding(keys: [.up], label: nil, action: .qrNext(-1)),
      KeyBinding(keys: [.left, .backspace, .enter], label: app.text("ui.key.back"), action: .back),
    ])
  }

  /// How a code and its link are laid out, from the roomiest.
  struct Layout {
    var gap: Bool
    var quiet: Int
    var url: Bool
    static let all = [Layout(gap: true, quiet: 2, url: true), Layout(gap: false, quiet: 1, url: true), Layout(gap: false, quiet: 1, url: false)]
  }

  func draw(_ app: AppState, _ screen: inout Screen) {
    let width = min(screen.size.columns - 2, ResultLayout.maxWidth)
    AppView.header("ChatCheck", right: app.text("ui.take_away.title"), &screen)
    let links = AppView.links(app)
    guard !links.isEmpty else {
      screen.put(app.text("ui.take_away.none"), row: 2, column: 1, limit: width)
      AppView.footer(app, &screen)
      return
    }
    let index = min(self.index, links.count - 1)
    let link = links[index]
    let urlLines = TextWrap.lines(link.url, width: width)
    let matrix = app.qrEncoder?.encode(link.url)
    let last = screen.size.rows - 1
    // The first layout whose code fits above the footer.
    let columns = screen.size.columns
    let fitting = Layout.all.lazy.compactMap { layout -> (Layout, [String])? in
      guard let code = matrix?.halfBlockLines(quiet: layout.quiet) else { return nil }
      let rows = (layout.gap ? 2 : 1) + 1 + (layout.url ? urlLines.count : 0) + code.count
      let codeWidth = code.first.map(DisplayWidth.of) ?? 0
      return rows <= last && codeWidth <= columns ? (layout, code) : nil
    }.first
    var row = fitting?.0.gap == false ? 1 : 2
    screen.put(ResultWording.fit("\(index + 1)/\(links.count)  \(link.name)", width: width), row: row, column: 1, style: .title)
    screen.cursor = CursorPosition(row, 1)
    row += 1
    if fitting?.0.url ?? true {
      // The link in full, wrapped after "/" or "-" where it must break.
      for line in urlLines where row < last - 1 {
        screen.put(line, row: row, column: 1)
        row += 1
      }
    }
    if let (_, code) = fitting {
      let left = max(0, (screen.size.columns - (code.first.map(DisplayWidth.of) ?? 0)) / 2)
      for line in code {
        screen.put(line, row: row, column: left, style: .qr)
        row += 1
      }
    } else {
      row += 1
      let reason = matrix == nil ? app.text("ui.take_away.no_qr") : app.text("ui.take_away.too_small")
      var lines = TextWrap.lines(reason, width: width).map { ($0, Style.hint) }
      for other in links {
        lines += TextWrap.lines(other.url, width: width, first: "• ", rest: "  ").map { ($0, Style.normal) }
      }
      // A list cut short says so.
      let room = max(0, last - row)
      if lines.count > room, room > 0 {
        lines = Array(lines.prefix(room - 1)) + [(ResultWording.fit("… \(app.text("ui.take_away.more"))", width: width), .hint)]
      }
      for (line, style) in lines {
        screen.put(line, row: row, column: 1, style: style)
        row += 1
      }
    }
    AppView.footer(app, &screen)
  }
}
