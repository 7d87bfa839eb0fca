// The floor for start-up benchmarks: what any Swift program of this shape
// pays before doing anything of its own — parsing its arguments with
// swift-argument-parser (which brings FoundationEssentials) and drawing
// one ncursesw frame on a headless terminal. ChatCheck's first frame and
// scripted answer are compared with this and with `dialog`.
import ArgumentParser
import CNcursesw

struct Floor: ParsableCommand {
  @Option var lang: String = "de"
  @Option var region: String = "DE"

  func run() throws {
    guard let screen = shim_newterm_headless() else { throw ExitCode(70) }
    let window = shim_stdscr()
    werase(window)
    _ = mvwaddstr(window, 0, 1, "ChatCheck \(lang) \(region)")
    wrefresh(window)
    endwin()
    delscreen(screen)
  }
}

Floor.main()
