import ChatCheckCore
import ChatCheckUI
import Foundation
import Testing
import ChatCheckTestSupport

/// The `opening_hours` subset: parsing, "open now", the next opening and
/// "always open", and what lint makes of them in content.
struct OpeningHoursTests {
  func parse(_ text: String) -> OpeningHours {
    guard case .success(let hours) = OpeningHours.parse(text) else {
      Issue.record("'\(text)' did not parse")
      return OpeningHours.parseOrNil("24/7")!
    }
    return hours
  }

  static let saturday2300 = WeekTime(weekday: 5, minute: 23 * 60)
  static let monday1500 = WeekTime(weekday: 0, minute: 15 * 60)

  @Test func alwaysOpenAndDayRanges() {
    #expect(parse("24/7").isAlwaysOpen)
    #expect(parse("Mo-Su 00:00-24:00").isAlwaysOpen)
    #expect(parse("Mo-Su 18:00-06:00,06:00-18:00").isAlwaysOpen)
    // A later rule replaces an earlier one: the nights are gone.
    #expect(!parse("Mo-Su 18:00-06:00; Mo-Su 06:00-18:00").isAlwaysOpen)
    let ngk = parse("Mo-Sa 14:00-20:00")
    #expect(!ngk.isAlwaysOpen)
    #expect(!ngk.isOpen(at: Self.saturday2300))
    #expect(ngk.isOpen(at: Self.monday1500))
    #expect(ngk.nextOpening(after: Self.saturday2300) == WeekTime(weekday: 0, minute: 14 * 60))
    #expect(ngk.nextOpening(after: Self.monday1500) == nil)
    #expect(ngk.nextOpening(after: WeekTime(weekday: 0, minute: 20 * 60)) == WeekTime(weekday: 1, minute: 14 * 60))
  }

  @Test func severalSpansRulesAndOverrides() {
    let hateAid = parse("Mo 10:00-13:00; Tu 15:00-18:00; Th 16:00-19:00")
    #expect(hateAid.isOpen(at: WeekTime(weekday: 0, minute: 12 * 60 + 59)))
    #expect(!hateAid.isOpen(at: WeekTime(weekday: 0, minute: 13 * 60)))
    #expect(hateAid.nextOpening(after: WeekTime(weekday: 3, minute: 19 * 60)) == WeekTime(weekday: 0, minute: 10 * 60))
    let spans = parse("Sa,Su 10:00-12:00,14:00-18:00")
    #expect(spans.isOpen(at: WeekTime(weekday: 6, minute: 15 * 60)))
    #expect(!spans.isOpen(at: WeekTime(weekday: 6, minute: 13 * 60)))
    // A later rule replaces an earlier one on the days it names.
    let friday = parse("Mo-Fr 09:00-17:00; Fr 09:00-12:00")
    #expect(!friday.isOpen(at: WeekTime(weekday: 4, minute: 13 * 60)))
    #expect(friday.isOpen(at: WeekTime(weekday: 3, minute: 13 * 60)))
    #expect(!parse("Mo-Su 08:00-20:00; Su off").isOpen(at: WeekTime(weekday: 6, minute: 10 * 60)))
    // Wrapping ranges and spans past midnight.
    let night = parse("Sa-Mo 22:00-02:00")
    #expect(night.isOpen(at: WeekTime(weekday: 6, minute: 60)))
    #expect(night.isOpen(at: WeekTime(weekday: 1, minute: 60)))
    #expect(!night.isOpen(at: WeekTime(weekday: 2, minute: 60)))
    #expect(parse("16:00-22:00").isOpen(at: WeekTime(weekday: 2, minute: 17 * 60)))
    // Public holidays are not known: accepted, never "always open".
    let rph = parse("Mo-Fr 10:00-16:00; PH off")
    #expect(rph.closedOnPublicHolidays)
    #expect(!parse("24/7; PH off").isAlwaysOpen)
  }

  @Test(arguments: ["", "Mo-Fr", "Mo-Fx 09:00-17:00", "Mo 9:00-17:00", "Mo 09:00-17:60", "Mo 09:00-17:00 extra", "Mo 25:00-26:00", ";", "Mo 08:00-08:00-09:00"])
  func malformedHoursSayWhatIsWrong(_ text: String) {
    guard case .failure(let error) = OpeningHours.parse(text) else {
      Issue.record("'\(text)' parsed")
      return
    }
    #expect(!error.message.isEmpty)
  }

  @Test func lineStatusSortsOpenLinesFirstAndSaysWhenTheOthersOpen() throws {
    let content = Fixtures.shipped()
    let lines = content.resources(role: "child-line", region: "DE", minor: true)
      + content.resources(role: "crisis", region: "DE", minor: true)
    let ngk = try #require(lines.first { $0.id == "de-nummer-gegen-kummer" })
    let night = LineStatus.openFirst(lines, clock: .fixed(Self.saturday2300))
    #expect(night.last?.0.id == "de-nummer-gegen-kummer")
    #expect(night.first.map { LineStatus($0.0, clock: .fixed(Self.saturday2300)) } == .open)
    #expect(LineStatus(ngk, clock: .fixed(Self.saturday2300)).describe(content, "de") == "jetzt geschlossen – wieder ab Mo 14:00")
    #expect(LineStatus(ngk, clock: .fixed(Self.saturday2300)).describe(content, "en") == "closed now – opens Mon 14:00")
    #expect(LineStatus(ngk, clock: .fixed(Self.monday1500)) == .open)
    // Without a clock, only always-open lines are known to be open.
    #expect(LineStatus(ngk, clock: nil) == .unknown)
  }

  @Test func loaderReportsBadHoursZonesAndLanguagesWhereTheyAre() {
    var files = Fixtures.replacing(
      "    hours: {de: \"rund um die Uhr, kostenlos, anonym\", en: \"24/7, free, anonymous\"}\n    opening_hours: \"24/7\"",
      with: "    hours: {de: \"x\", en: \"x\"}\n    opening_hours: \"Mo-Fx 09:00-17:00\"\n    languages: [deutsch]",
      in: "resources/DE.yaml", Fixtures.sourceLanguagesOnly(shippedFiles()))
    files = Fixtures.replacing("time_zone: Europe/Berlin", with: "time_zone: ../etc/passwd", in: "resources/DE.yaml", files)
    let result = ContentLoader.load(files, folderName: "Content", requiring: FrontEndStrings.all)
    let messages = result.diagnostics.map(\.description)
    #expect(messages.contains { $0.contains("DE.yaml:") && $0.contains("opening_hours 'Mo-Fx 09:00-17:00'") && $0.contains("'Mo-Fx' is not a day") })
    #expect(messages.contains { $0.contains("DE.yaml:") && $0.contains("a language must be a two-letter code") })
    #expect(messages.contains { $0.contains("DE.yaml:") && $0.contains("time_zone must be an IANA time-zone name") })
    #expect(messages.contains { $0.contains("has opening hours but neither it nor region 'DE' names a time_zone") })
  }

  @Test func lintProvesACrisisLineOpenAtEveryHourAndFailsWithoutOne() {
    let today = CivilDate(iso: "2026-12-02")!
    let shipped = Linter.lint(shippedFiles(), folderName: "Content", today: today, requiring: FrontEndStrings.all)
    #expect(shipped.errorCount == 0)
    #expect(shipped.provenInvariants.contains("crisis-line-open-now"))
    // TelefonSeelsorge with office hours leaves German adults in crisis
    // with no line open at night: lint names the card and the region.
    let files = Fixtures.replacing(
      "    hours: {de: \"rund um die Uhr, kostenlos, anonym\", en: \"24/7, free, anonymous\"}\n    opening_hours: \"24/7\"",
      with: "    hours: {de: \"Mo–Fr 9–17 Uhr\", en: \"Mon–Fri 9 am–5 pm\"}\n    opening_hours: \"Mo-Fr 09:00-17:00\"",
      in: "resources/DE.yaml", Fixtures.sourceLanguagesOnly(shippedFiles()))
    let broken = Linter.lint(files, folderName: "Content", today: today, requiring: FrontEndStrings.all)
    #expect(!broken.provenInvariants.contains("crisis-line-open-now"))
    #expect(broken.diagnostics.map(\.description).contains {
      $0.contains("invariant 'crisis-line-open-now' is broken") && $0.contains("card 'crisis-adult' in region DE")
    })
  }

  @Test func jsonCarriesOpeningHoursAndLanguages() {
    let content = Fixtures.shipped()
    let result = AdviceComposer.compose(
      content: content, facts: ["user.distress", "victim.minor", "images.exist"], answers: [], language: "en", region: "CH")
    let json = ResultJSON.render(result).filter { $0 != " " && $0 != "\n" }
    #expect(json.contains("\"opening_hours\":\"24/7\""))
    #expect(json.contains("\"languages\":[\"de\",\"fr\",\"it\"]"))
  }

  func shippedFiles() -> [ContentFile] {
    Fixtures.files(Fixtures.packageRoot.appendingPathComponent("Content"), display: "Content")
  }
}

extension OpeningHours {
  static func parseOrNil(_ text: String) -> OpeningHours? {
    if case .success(let hours) = parse(text) { return hours }
    return nil
  }
}

/// The plain line mode (screen readers) shows crisis help as the
/// full-screen crisis page does: open lines first, each with its state.
@Suite("Open now in plain mode")
struct PlainOpenNowTests {
  @Test func atSaturdayNightTheClosedYouthLineComesLastAndSaysWhenItOpens() {
    var lines = ["1", "1", "3"][...]
    var output = ""
    var session = PlainInterview(
      content: Fixtures.shipped(), language: "de", region: "DE", clock: .fixed(OpeningHoursTests.saturday2300),
      readLine: { lines.popFirst() }, write: { output += $0 })
    #expect(session.run() == .endOfInput)
    let help = output.components(separatedBy: "\nWichtig: ").dropFirst().first ?? ""
    let ngk = help.range(of: "Nummer gegen Kummer")
    let police = help.range(of: "Polizei-Notruf")
    let seelsorge = help.range(of: "TelefonSeelsorge")
    #expect(ngk != nil && police != nil && seelsorge != nil, "\(help)")
    if let ngk, let police, let seelsorge {
      #expect(seelsorge.lowerBound < police.lowerBound && police.lowerBound < ngk.lowerBound, "open, then unknown, then closed")
    }
    #expect(help.contains("jetzt geschlossen – wieder ab Mo 14:00"))
    #expect(help.components(separatedBy: "· jetzt erreichbar").count - 1 >= 2, "the 24/7 lines say they are open")
  }
}
