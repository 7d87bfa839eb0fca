import CNcursesw
import ChatCheckUI

/// The colours of the roles that have their own. Every pair names its
/// background: yellow or red text on the terminal's own background is
/// unreadable on a light terminal.
///
/// Each pair reaches 4.5:1 (WCAG AA) in xterm's default palette and in the
/// Linux console's VGA palette, where yellow is brown (#AA5500) and white
/// light grey (#AAAAAA). Both show bold text in colours 0–7 in the bright
/// shade: a light text colour that passes only in its bright shade is
/// always bold, and dark text is never bold (bold black shows grey).
/// `Tests/Contrast/contrast.py` measures every text cell in a real xterm.
struct ColorPair: Hashable {
  enum Weight {
    /// Bold where the style says so: the pair passes either way.
    case styled
    /// Always bold: only the bright shade of the text colour passes.
    case bold
    /// Never bold: dark text.
    case plain
  }

  let number: Int16
  let foreground: Int32
  let background: Int32
  let weight: Weight

  /// White on blue: 7.5:1 in xterm, 5.7:1 on the console.
  static let header = ColorPair(number: 1, foreground: COLOR_WHITE, background: COLOR_BLUE, weight: .styled)
  /// Black on cyan: 10.6:1 and 7.3:1.
  static let selected = ColorPair(number: 2, foreground: COLOR_BLACK, background: COLOR_CYAN, weight: .plain)
  /// Bright white on red: 5.8:1 and 7.8:1 (plain white on the console's
  /// red: 3.3:1).
  static let emergency = ColorPair(number: 3, foreground: COLOR_WHITE, background: COLOR_RED, weight: .bold)
  /// Bright yellow on black, the quick-exit line and "Right now": 19.6:1
  /// and 19.7:1 (black on the console's brown: 4.0:1).
  static let notice = ColorPair(number: 4, foreground: COLOR_YELLOW, background: COLOR_BLACK, weight: .bold)
  /// QR codes, dark modules on light: 16.7:1 and 9.0:1.
  static let qr = ColorPair(number: 5, foreground: COLOR_BLACK, background: COLOR_WHITE, weight: .plain)
  /// An open box, like the header.
  static let box = ColorPair(number: 6, foreground: COLOR_WHITE, background: COLOR_BLUE, weight: .styled)

  static let all: [ColorPair] = [header, selected, emergency, notice, qr, box]

  /// The pair of a role; nil: the terminal's own colours.
  static func of(_ role: Style.Role) -> ColorPair? {
    switch role {
    case .header: header
    case .selected: selected
    case .emergency: emergency
    case .notice: notice
    case .qr: qr
    case .box: box
    case .normal, .title, .button, .hint: nil
    }
  }

  /// Whether a style in this pair is drawn bold.
  func isBold(_ style: Style) -> Bool {
    switch weight {
    case .styled: style.bold
    case .bold: true
    case .plain: false
    }
  }

  /// Defines every pair (after start_color).
  static func defineAll() {
    for pair in all { init_pair(pair.number, Int16(pair.foreground), Int16(pair.background)) }
  }
}
