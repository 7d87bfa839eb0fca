import ChatCheckCore
import ChatCheckUI
import Foundation
import ChatCheckTestSupport
import Testing

/// The crisis page shows each line's hours and puts the lines open at this
/// moment first, from the clock it is given: Saturday 23:00 and Monday
/// 15:00 in Germany, for a desperate 15-year-old.
struct CrisisHoursTests {
  static let shipped: Content = Fixtures.shipped()

  func crisisScreen(at time: WeekTime, size: Size = Size(columns: 80, rows: 40)) -> [String] {
    var state = AppState(content: Self.shipped, language: "de", region: "DE", size: size)
    state.clock = .fixed(time)
    // me → under 18 → desperate: the crisis page comes at once.
    for key: Key in [.enter, .character("1"), .enter, .character("1"), .enter, .character("2"), .enter] {
      _ = state.update(.key(key))
    }
    #expect(state.page == .crisis)
    return AppView.render(state).lines
  }

  func row(_ lines: [String], _ text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

  @Test func saturdayNightPutsOpenLinesFirstAndSaysWhenTheChildLineOpens() throws {
    let lines = crisisScreen(at: WeekTime(weekday: 5, minute: 23 * 60))
    let seelsorge = try #require(row(lines, "TelefonSeelsorge"))
    let kummer = try #require(row(lines, "Nummer gegen Kummer"))
    #expect(seelsorge < kummer)
    #expect(lines.contains { $0.contains("rund um die Uhr") && $0.contains("jetzt erreichbar") })
    #expect(lines[kummer...].contains { $0.contains("Mo–Sa 14–20 Uhr") && $0.contains("jetzt geschlossen – wieder ab Mo 14:00") })
  }

  @Test func mondayAfternoonShowsTheChildLineOpen() throws {
    let lines = crisisScreen(at: WeekTime(weekday: 0, minute: 15 * 60))
    #expect(lines.contains { $0.contains("Mo–Sa 14–20 Uhr") && $0.contains("jetzt erreichbar") })
    #expect(!lines.contains { $0.contains("jetzt geschlossen") })
  }

  /// On a small window a line closed now still says so (the new-user
  /// try found 116 111 listed at night at 40×12 without its state).
  @Test func aSmallWindowStillSaysALineIsClosed() throws {
    let lines = crisisScreen(at: WeekTime(weekday: 5, minute: 23 * 60), size: Size(columns: 40, rows: 12))
    let kummer = try #require(row(lines, "Nummer gegen Kummer"), "\(lines.joined(separator: "\n"))")
    #expect(lines[kummer...].contains { $0.contains("geschlossen") }, "\(lines.joined(separator: "\n"))")
  }
}
