import CNcursesw
import ChatCheckCore
import ChatCheckSystem
import ChatCheckUI

#if canImport(Glibc)
  import Glibc
#endif

/// The only code that talks to ncurses: set-up and teardown, keys, mouse,
/// resize, signals and drawing `Screen`s. Everything it shows comes from
/// `AppView.render`, everything it reads becomes an `Event`.
final class TerminalDriver {
  enum Ending {
    case quit
    case quickExit
    case signal(Int32)
    case endOfInput
  }

  private let terminal: OpaquePointer
  private let headless: Bool
  /// A frame was skipped because the terminal took no output.
  private var framePending = false
  private let colors: Bool
  private var shown: Screen?
  /// The screen the person last saw: a click acts on what it showed.
  private var lastDrawn: Screen?
  /// The pipe to the guard process that wipes the screen if this process
  /// dies without closing (-1: none).
  private var wipeGuard: Int32 = -1
  /// One click is one action (see `ClickFilter`).
  private var clicks = ClickFilter()

  /// Why the full-screen interface cannot run here, or nil if it can.
  /// Kiosk mode: only the system's terminal descriptions, never one from
  /// TERMINFO, TERMINFO_DIRS or ~/.terminfo (which could write any sequence
  /// to the screen, remove F12 or hang the start). Call before anything
  /// reads the terminal description.
  static func trustSystemTerminfoOnly() {
    shim_trust_system_terminfo_only()
  }

  static func unavailableReason() -> String? {
    if isatty(0) == 0 || isatty(1) == 0 { return "standard input or output is not a terminal" }
    let term = Environment.value("TERM") ?? ""
    if term.isEmpty { return "TERM is not set" }
    if term == "dumb" { return "TERM is 'dumb'" }
    switch shim_terminfo_status() {
    case 1: return nil
    case 0: return "there is no terminal description for TERM='\(term)'"
    default: return "the terminal descriptions (terminfo) cannot be read"
    }
  }

  /// Starts curses, or returns nil (then use the plain line mode).
  /// `headless` draws to /dev/null (benchmarks of the first frame).
  init?(kiosk: Bool, wantColors: Bool, headless: Bool = false) {
    _ = shim_setup_utf8_locale()
    if kiosk { Self.trustSystemTerminfoOnly() }
    guard let screen = headless ? shim_newterm_headless() : shim_newterm() else { return nil }
    terminal = screen
    self.headless = headless
    if !headless { shim_install_signals(kiosk ? 1 : 0) }
    if kiosk && !headless { shim_start_output_timer() }
    // Whatever kills this process, even SIGKILL, a guard wipes the screen.
    wipeGuard = headless ? -1 : shim_start_wipe_guard()
    if kiosk { raw() } else { cbreak() }
    if !headless { shim_flow_control_off() }
    noecho()
    nonl()
    keypad(shim_stdscr(), true)
    shim_bind_function_keys()
    curs_set(0)
    set_escdelay(25)
    wtimeout(shim_stdscr(), 250)
    mousemask(shim_mouse_mask(), nil)
    mouseinterval(0)
    colors = wantColors && has_colors()
    if colors {
      start_color()
      use_default_colors()
      ColorPair.defineAll()
    }
  }

  /// The largest screen drawn: a bigger terminal shows it in its top left.
  static let maximum = Size(columns: 1000, rows: 500)

  var size: Size {
    Size(columns: min(Int(shim_cols()), Self.maximum.columns), rows: min(Int(shim_lines()), Self.maximum.rows))
  }

  /// Runs the event loop until the user quits or a signal arrives.
  func run(_ state: inout AppState) -> Ending {
    state.size = size
    var folder = [CChar](repeating: 0, count: 4096)
    if getcwd(&folder, folder.count) != nil {
      let bytes = folder.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
      state.saveFolder = String(decoding: bytes, as: UTF8.self)
    }
    _ = state.update(.tick(monotonicSeconds()))
    draw(AppView.render(state))
    var fastErrors = 0
    while true {
      var character: wint_t = 0
      let started = monotonicSeconds()
      let status = wget_wch(shim_stdscr(), &character)
      let signal = shim_take_signal()
      // The size comes from the kernel, clamped, never from ncurses' own
      // SIGWINCH handling (a huge terminal crashes it).
      if shim_apply_resize() != 0 {
        shown = nil
        _ = state.update(.resize(size))
        draw(AppView.render(state))
      }
      if signal == SIGTSTP {
        suspend()
        draw(AppView.render(state))
        continue
      }
      if signal != 0 && signal != SIGCONT { return .signal(signal) }
      // Output stopped by Scroll Lock must not keep a visitor's screen
      // past the idle wipe: the kiosk starts it again on every tick.
      if state.kiosk != nil { shim_restart_output() }
      var events: [Event] = [.tick(monotonicSeconds())]
      if status == ERR {
        // A timeout takes 250 ms; an immediate ERR again and again means
        // standard input is closed, so stop instead of spinning.
        fastErrors = monotonicSeconds() - started < 0.005 ? fastErrors + 1 : 0
        if fastErrors > 50 {
          // Invalid bytes also give quick errors: only a terminal that
          // hung up (or a closed descriptor) ends the session.
          if shim_input_ended() != 0 { return .endOfInput }
          fastErrors = 0
        }
      } else {
        fastErrors = 0
        let event = status == KEY_CODE_YES ? specialKey(Int32(character)) : .key(ordinaryKey(character))
        if let event { events.append(event) }
        events += waitingEvents()
      }
      var acted = false
      let wasAnimating = state.animating
      for event in events {
        if case .resize = event { shown = nil }
        // A key press means the person is acting on what is shown now.
        if case .key = event { clicks.keyPressed() }
        let before = event.isClick ? state.screenIdentity : nil
        defer { if let before { clicks.clicked(changedScreen: state.screenIdentity != before) } }
        for effect in state.update(event) {
          acted = true
          switch effect {
          case .quit: return .quit
          case .quickExit: return .quickExit
          case .wipe: wipeTerminal()
          case .recordPINFailures(let count): PINFailureRecord.write(count)
          case .writeFile(let path, let text):
            let full = HandoutName.expand(path, home: getenv("HOME").map { String(cString: $0) })
            _ = state.update(.saved(path: full, problem: HandoutFile.write(text, to: full)))
          case .offerFreeName(let name):
            let home = getenv("HOME").map { String(cString: $0) }
            _ = state.update(.freeName(HandoutFile.freeName(from: name) { HandoutName.expand($0, home: home) }))
          }
        }
      }
      // An idle tick is drawn only when it changed something: a kiosk
      // wipe (an effect), a countdown or a PIN wait that shows seconds. A
      // frame the terminal could not take is drawn on the next tick.
      let ticking = state.kiosk.map { state.countdownEnds != nil || (state.pinBox != nil && $0.now < $0.pinLockedUntil + 1) } ?? false
      if events.count > 1 || acted || ticking || wasAnimating || state.animating || framePending { draw(AppView.render(state)) }
    }
  }

  /// Kiosk reset: clear the screen and the terminal's scrollback, then let
  /// curses redraw everything.
  private func wipeTerminal() {
    shim_restart_output()
    let window = shim_stdscr()
    werase(window)
    wrefresh(window)
    endwin()
    shim_clear_scrollback()
    clearok(window, true)
    wrefresh(window)
    shown = nil
  }

  /// Keys already waiting (a paste, a flood): up to 256 are taken before
  /// the next frame is drawn, so quick exit behind a backlog acts at once
  /// instead of after one frame per key.
  private func waitingEvents() -> [Event] {
    var events: [Event] = []
    wtimeout(shim_stdscr(), 0)
    defer { wtimeout(shim_stdscr(), 250) }
    for _ in 0..<256 {
      var character: wint_t = 0
      let status = wget_wch(shim_stdscr(), &character)
      if status == ERR { break }
      let event = status == KEY_CODE_YES ? specialKey(Int32(character)) : .key(ordinaryKey(character))
      if let event { events.append(event) }
    }
    return events
  }

  /// Ctrl-Z outside the kiosk: the screen and the scrollback are wiped
  /// before the process stops, so the shell shows nothing of the check;
  /// when it is continued, everything is drawn again.
  private func suspend() {
    wipeTerminal()
    endwin()
    shim_stop_self()
    clearok(shim_stdscr(), true)
    shown = nil
  }

  private func specialKey(_ code: Int32) -> Event? {
    switch code {
    case KEY_RESIZE: return .resize(size)
    case KEY_MOUSE:
      var mouse = MEVENT()
      guard getmouse(&mouse) == OK else { return nil }
      let wheel = shim_wheel(mouse.bstate)
      if wheel != 0 { return .wheel(Int(wheel)) }
      if shim_is_click(mouse.bstate) != 0 {
        // The second click of a double-click on the same row would act on
        // the screen the first one opened.
        let now = monotonicSeconds(), row = Int(mouse.y)
        guard clicks.accepts(row: row, at: now) else { return nil }
        // Resolved against the screen last drawn, the one the person saw.
        return lastDrawn?.event(forClickAtRow: row, column: Int(mouse.x))
      }
      return nil
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_ENTER: return .key(.enter)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_BTAB: return .key(.up)
    default:
      for n in 1...12 where code == shim_key_f(Int32(n)) { return .key(.function(n)) }
      return nil
    }
  }

  private func ordinaryKey(_ value: wint_t) -> Key {
    switch value {
    case 10, 13: return .enter
    case 27: return .escape
    case 9: return .tab
    case 32: return .space
    case 8, 127: return .backspace
    case 1...26: return .control(Character(UnicodeScalar(UInt8(value) + 96)))
    case 28: return .control("\\")  // Ctrl-\
    default:
      guard let scalar = UnicodeScalar(UInt32(value)) else { return .character("?") }
      return .character(Character(scalar))
    }
  }

  /// Draws the rows that changed since the last frame. While the terminal
  /// takes no output (stopped), nothing is drawn: the loop goes on (the
  /// kiosk's idle wipe too) and the next frame draws what changed.
  func draw(_ screen: Screen) {
    if !headless && shim_output_ready(0) == 0 {
      framePending = true
      return
    }
    framePending = false
    let window = shim_stdscr()
    if shown?.size != screen.size { werase(window) }
    for row in 0..<screen.size.rows {
      if let shown, shown.size == screen.size, shown.cells[row] == screen.cells[row] { continue }
      var column = 0
      let cells = screen.cells[row]
      while column < cells.count {
        let style = cells[column].style
        var text = ""
        var end = column
        while end < cells.count, cells[end].style == style {
          if !cells[end].isContinuation { text.append(cells[end].character) }
          end += 1
        }
        apply(style)
        _ = mvwaddstr(window, Int32(row), Int32(column), text)
        column = end
      }
    }
    apply(.normal)
    // The cursor sits on the highlighted option (screen readers and
    // magnifiers follow it); hidden where nothing is highlighted.
    if let cursor = screen.cursor, cursor.row < screen.size.rows, cursor.column < screen.size.columns {
      curs_set(1)
      wmove(window, Int32(cursor.row), Int32(cursor.column))
    } else {
      curs_set(0)
    }
    wrefresh(window)
    shown = screen
    lastDrawn = screen
  }

  /// In colour, a role with its own pair takes the pair's weight (see
  /// `ColorPair`); otherwise bold and reverse are the style's.
  private func apply(_ style: Style) {
    var attributes = shim_a_normal()
    var pair: Int16 = 0
    var bold = style.bold, reverse = style.reverse
    if colors, let colour = ColorPair.of(style.role) {
      pair = colour.number
      bold = colour.isBold(style)
      reverse = false
    }
    if bold { attributes |= shim_a_bold() }
    if style.underline { attributes |= shim_a_underline() }
    if reverse { attributes |= shim_a_reverse() }
    wattr_set(shim_stdscr(), attributes, pair, nil)
  }

  /// Ends curses and gives the terminal back as it was, with the screen
  /// blank: a terminal without an alternate screen (a console) would
  /// otherwise keep the answers and the advice in view.
  ///
  /// On a terminal without an alternate screen (a Linux console, vt100),
  /// lines the check scrolled are in the terminal's history: the scrollback
  /// is cleared on every way out, not only on quick exit.
  func close() {
    defer {
      shim_stop_wipe_guard(wipeGuard)
      wipeGuard = -1
    }
    if !headless { shim_restart_output() }
    let alternate = headless || shim_has_alternate_screen() != 0
    mousemask(0, nil)
    if !headless && shim_output_ready(200) != 0 {
      let window = shim_stdscr()
      werase(window)
      wrefresh(window)
    }
    endwin()
    delscreen(terminal)
    if !alternate && shim_output_ready(200) != 0 { shim_clear_scrollback() }
  }

  /// Quick exit: blank the screen, forget the scrollback, restore the
  /// terminal.
  func closeAndWipe() {
    close()
    if shim_output_ready(200) != 0 { shim_clear_scrollback() }
  }

  /// Seconds on the monotonic clock, for ticks and the idle timeout.
  private func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }
}

extension Event {
  /// Keys arrive as keys; an action can only come from a click.
  var isClick: Bool {
    if case .action = self { return true }
    return false
  }
}
