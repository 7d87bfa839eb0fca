import ChatCheckCore

/// How a cell is drawn. Colour is a role; the terminal driver maps roles to
/// colours, or to bold and reverse on monochrome terminals and with
/// `NO_COLOR`.
public struct Style: Hashable, Sendable {
  public enum Role: Hashable, Sendable {
    case normal, header, title, selected, button, emergency, hint, notice, qr
    /// An open box: its own colour, so it never reads as a highlighted row.
    case box
  }

  public var role: Role
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(_ role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
    self.role = role
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }

  public static let normal = Style()
  public static let header = Style(.header, reverse: true)
  public static let title = Style(.title, bold: true)
  public static let selected = Style(.selected, reverse: true)
  public static let button = Style(.button, bold: true)
  public static let emergency = Style(.emergency, bold: true, underline: true)
  public static let hint = Style(.hint)
  public static let notice = Style(.notice, bold: true)
  /// QR codes: dark modules as the foreground on a light background.
  public static let qr = Style(.qr, reverse: true)
  public static let box = Style(.box, reverse: true)
}

/// One terminal cell. A wide character fills its cell and marks the next
/// one as a continuation.
public struct Cell: Hashable, Sendable {
  public var character: Character
  public var style: Style
  public var isContinuation: Bool

  public static let blank = Cell(character: " ", style: .normal, isContinuation: false)
}

/// A clickable area and what clicking it does.
public struct Hotspot: Hashable, Sendable {
  public var row: Int
  public var columns: Range<Int>
  public var action: Action
}

/// A terminal size in columns and rows.
public struct Size: Hashable, Sendable {
  public var columns: Int
  public var rows: Int

  public init(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
  }
}

/// What the terminal should show: a grid of styled cells plus the places
/// the mouse can click. Built by `view`, drawn by the terminal driver, and
/// compared as text in tests.
public struct Screen: Hashable, Sendable {
  public let size: Size
  public private(set) var cells: [[Cell]]
  public private(set) var hotspots: [Hotspot] = []
  /// Set when a box is open: it takes every click, and a click that hits
  /// none of its own targets closes it.
  public private(set) var modal = false
  /// Where the terminal's cursor should sit: on the highlighted option, so
  /// that screen readers and magnifiers follow it. Nil: hidden.
  public var cursor: CursorPosition?

  public init(_ size: Size) {
    self.size = Size(columns: max(0, size.columns), rows: max(0, size.rows))
    cells = Array(repeating: Array(repeating: .blank, count: self.size.columns), count: self.size.rows)
  }

  /// Writes `text` at `row`, `column`, clipped to the screen. Returns the
  /// column after the text.
  @discardableResult
  public mutating func put(_ text: String, row: Int, column: Int, style: Style = .normal, limit: Int? = nil) -> Int {
    guard row >= 0, row < size.rows else { return column }
    let end = min(size.columns, column + (limit ?? size.columns))
    var x = column
    for character in text {
      if character == "\n" { break }
      let width = DisplayWidth.of(character)
      if width == 0 { continue }
      if x + width > end { break }
      if x >= 0 {
        cells[row][x] = Cell(character: character, style: style, isContinuation: false)
        if width == 2 { cells[row][x + 1] = Cell(character: " ", style: style, isContinuation: true) }
      }
      x += width
    }
    return x
  }

  /// Paints a whole row (or a part) with a style, keeping its characters.
  public mutating func paint(row: Int, columns: Range<Int>? = nil, style: Style) {
    guard row >= 0, row < size.rows else { return }
    let range = (columns ?? 0..<size.columns).clamped(to: 0..<size.columns)
    for x in range { cells[row][x].style = style }
  }

  public mutating func addHotspot(row: Int, columns: Range<Int>, action: Action) {
    guard row >= 0, row < size.rows else { return }
    hotspots.append(Hotspot(row: row, columns: columns.clamped(to: 0..<size.columns), action: action))
  }

  /// Opens a box: what is drawn below can no longer be clicked, except
  /// quick exit, which works with a box open too.
  public mutating func beginModal() {
    hotspots = hotspots.filter { $0.action == .quickExit }
    modal = true
  }

  /// What a click at this cell means on this screen: the action of the
  /// target under it; with a box open, a click beside the box's targets
  /// closes it. Nil: nothing is there. The driver resolves every click
  /// against the screen it last drew, so `update` never draws.
  public func event(forClickAtRow row: Int, column: Int) -> Event? {
    if let action = action(atRow: row, column: column) { return .action(action) }
    return modal ? .action(.closeOverlay) : nil
  }

  /// The action under a click, if any.
  public func action(atRow row: Int, column: Int) -> Action? {
    hotspots.last { $0.row == row && $0.columns.contains(column) }?.action
  }

  /// Each row as text, trailing spaces removed (for tests and snapshots).
  public var lines: [String] {
    cells.map { row in
      var line = ""
      for cell in row where !cell.isContinuation { line.append(cell.character) }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  public var text: String { lines.joined(separator: "\n") }
}

/// A cell the terminal cursor sits on.
public struct CursorPosition: Hashable, Sendable {
  public var row: Int
  public var column: Int

  public init(_ row: Int, _ column: Int) {
    self.row = row
    self.column = column
  }
}
