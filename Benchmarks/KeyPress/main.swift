// The cost of one key press in the full-screen session: update the state,
// render the screen, and diff it against the last one (what the terminal
// driver does before it touches curses). Prints nanoseconds per key press.
import ChatCheckCore
import ChatCheckEmbedded
import ChatCheckUI

#if canImport(Glibc)
  import Glibc
#endif

func now() -> UInt64 {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}

// The built-in content in every language, as the program reads it.
guard let content = try? Content.unarchived(EmbeddedContent.archive) else { fatalError("the built-in content cannot be read") }
let presses = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 20_000
// A walk through the interview, over and over: start, answers, scrolling,
// review, back to the start.
let walk: [Key] = [.enter, .character("1"), .character("2"), .character("1"), .character("2"), .character("1"),
                   .character("1"), .character("1"), .character("2"), .pageDown, .down, .down, .function(2), .left,
                   .character("n")]
var state = AppState(content: content, language: "de", region: "DE", size: Size(columns: 80, rows: 24))
var shown = AppView.render(state)
var changedRows = 0
let start = now()
for i in 0..<presses {
  _ = state.update(.key(walk[i % walk.count]))
  let screen = AppView.render(state)
  for row in 0..<screen.size.rows where screen.cells[row] != shown.cells[row] { changedRows += 1 }
  shown = screen
}
let elapsed = now() - start
print("keypress_ns \(elapsed / UInt64(presses)) presses \(presses) changed_rows \(changedRows)")
