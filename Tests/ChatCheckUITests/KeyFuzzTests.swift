import ChatCheckCore
import ChatCheckSystem
import ChatCheckUI
import Testing

/// Issue 7: 10,000 random events (keys, control characters, non-ASCII,
/// clicks, wheel, resizes, ticks) through update and view. The model must
/// never trap, and every screen must be valid.
@Suite("Key fuzzing")
struct KeyFuzzTests {
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// A random event; a click is resolved against `screen`, the one last
  /// drawn, as the driver does.
  static func randomEvent(_ rng: inout Generator, screen: Screen, time: inout Double) -> Event {
    let size = screen.size
    let keys: [Key] = [.up, .down, .left, .right, .enter, .backspace, .tab, .escape, .space, .pageUp, .pageDown,
                       .home, .end, .delete, .function(1), .function(2), .function(3), .function(5), .function(12)]
    switch Int.random(in: 0..<10, using: &rng) {
    case 0...3: return .key(keys.randomElement(using: &rng)!)
    case 4:
      let scalars: [UInt32] = [0x31, 0x32, 0x33, 0x39, 0x3F, 0x71, 0x6A, 0x6B, 0x74, 0x73, 0x6E, 0x66, 0xFC, 0x4E2D, 0x1F600, 0x1C]
      return .key(.character(Character(Unicode.Scalar(scalars.randomElement(using: &rng)!)!)))
    case 5: return .key(.control(Character(Unicode.Scalar(UInt8.random(in: 97...122, using: &rng)))))
    case 6:
      let row = Int.random(in: -2...size.rows + 2, using: &rng), column = Int.random(in: -2...size.columns + 2, using: &rng)
      return screen.event(forClickAtRow: row, column: column) ?? .tick(time)
    case 7: return .wheel(Bool.random(using: &rng) ? 1 : -1)
    case 8:
      let sizes = [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12), Size(columns: 1, rows: 1),
                   Size(columns: 10, rows: 3), Size(columns: 200, rows: 60), Size(columns: 32, rows: 10)]
      return .resize(sizes.randomElement(using: &rng)!)
    default:
      time += Double.random(in: 0...3, using: &rng)
      return .tick(time)
    }
  }

  static func checkScreen(_ screen: Screen, _ size: Size) {
    #expect(screen.size == size)
    #expect(screen.cells.count == size.rows)
    #expect(screen.cells.allSatisfy { $0.count == size.columns })
    #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= size.columns })
    for hotspot in screen.hotspots {
      #expect(hotspot.row >= 0 && hotspot.row < size.rows)
      #expect(hotspot.columns.lowerBound >= 0 && hotspot.columns.upperBound <= size.columns)
    }
  }

  @Test(arguments: [AppState.Mode.interactive, .kiosk])
  func tenThousandRandomEvents(mode: AppState.Mode) {
    var rng = Generator(state: mode == .kiosk ? 99 : 17)
    var time = 0.0
    var state: AppState
    if mode == .kiosk {
      state = AppState(
        content: UIFixtures.content,
        kiosk: KioskSettings(idleTimeout: 5, countdown: 3, pin: StaffPIN.make(pin: "1234", cost: 1)!, local: nil),
        language: "de", region: "DE", size: Size(columns: 80, rows: 24))
    } else {
      state = UIFixtures.state()
    }
    var quickExits = 0
    var screen = AppView.render(state)
    for _ in 0..<10_000 {
      let event = Self.randomEvent(&rng, screen: screen, time: &time)
      for effect in state.update(event) {
        switch effect {
        case .quickExit, .quit:
          // The session would end here; start a fresh one and go on.
          quickExits += 1
          let size = state.size
          state = UIFixtures.state(size: size)
        case .writeFile(let path, _):
          _ = state.update(.saved(path: path, problem: .other("test: not written")))
        case .offerFreeName(let name):
          _ = state.update(.freeName(name + "-free"))
        case .wipe:
          #expect(state.interview.answers.isEmpty && state.page == .welcome)
        case .recordPINFailures(let count):
          #expect(count == state.kiosk?.pinFailures)
        }
      }
      screen = AppView.render(state)
      Self.checkScreen(screen, state.size)
      // The interview stays consistent: answers form a path from the start.
      if let first = state.interview.answers.first { #expect(first.question == state.content.start) }
    }
    #expect(mode == .kiosk || quickExits > 0)
  }
}
