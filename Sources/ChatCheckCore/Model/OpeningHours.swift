/// A moment in the week, in a resource's own time zone: the day (0 is
/// Monday) and the minute of that day.
public struct WeekTime: Hashable, Sendable, Comparable {
  public static let minutesPerDay = 1440
  public static let minutesPerWeek = 7 * 1440

  /// 0 = Monday … 6 = Sunday.
  public var weekday: Int
  /// 0 ..< 1440.
  public var minute: Int

  public init(weekday: Int, minute: Int) {
    self.weekday = ((weekday % 7) + 7) % 7
    self.minute = min(max(minute, 0), Self.minutesPerDay - 1)
  }

  /// Minutes since Monday 00:00.
  public var minuteOfWeek: Int { weekday * Self.minutesPerDay + minute }

  init(minuteOfWeek: Int) {
    let m = ((minuteOfWeek % Self.minutesPerWeek) + Self.minutesPerWeek) % Self.minutesPerWeek
    self.init(weekday: m / Self.minutesPerDay, minute: m % Self.minutesPerDay)
  }

  /// "14:00".
  public var clock: String {
    let h = minute / 60, m = minute % 60
    return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
  }

  public static func < (a: WeekTime, b: WeekTime) -> Bool { a.minuteOfWeek < b.minuteOfWeek }
}

/// When a line is open, in a documented subset of OpenStreetMap's
/// `opening_hours` syntax:
/// - `24/7`;
/// - rules separated by `;`, each a day selector and time spans:
///   `Mo-Fr 09:00-17:00`, `Sa,Su 10:00-12:00,14:00-18:00`, `Mo-Su 00:00-24:00`;
///   a span may run past midnight (`22:00-02:00` or `22:00-26:00`);
/// - a rule without days applies to every day (`16:00-22:00`);
/// - `Sa off` closes the days it names;
/// - `PH off` is accepted and not evaluated (public holidays are not known).
/// As in OpenStreetMap, a later rule replaces earlier ones on the days it
/// names: `Mo-Fr 09:00-17:00; Fr 09:00-12:00` closes Friday at noon.
public struct OpeningHours: Hashable, Sendable {
  /// A span of minutes from the start of its day: `start ..< end`, with
  /// `end` up to 48 hours for a span that runs past midnight.
  public struct Span: Hashable, Sendable {
    public var start: Int
    public var end: Int
  }

  /// The text as written in the content.
  public let source: String
  /// Monday to Sunday, each day's spans.
  public let days: [[Span]]
  /// Whether the source closes on public holidays (`PH off`).
  public let closedOnPublicHolidays: Bool

  static let dayNames = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]

  /// Parses `text`; the error says what is wrong, in words.
  public static func parse(_ text: String) -> Result<OpeningHours, OpeningHoursError> {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed == "24/7" {
      return .success(OpeningHours(source: text, days: Array(repeating: [Span(start: 0, end: 1440)], count: 7), closedOnPublicHolidays: false))
    }
    guard !trimmed.isEmpty else { return .failure(OpeningHoursError("the opening hours are empty")) }
    var days: [[Span]] = Array(repeating: [], count: 7)
    var holidays = false
    for raw in trimmed.split(separator: ";", omittingEmptySubsequences: false) {
      let rule = String(raw).trimmingCharacters(in: .whitespaces)
      guard !rule.isEmpty else { return .failure(OpeningHoursError("an empty rule between two ';'")) }
      if rule == "PH off" {
        holidays = true
        continue
      }
      if rule == "24/7" {
        days = Array(repeating: [Span(start: 0, end: 1440)], count: 7)
        continue
      }
      let parts = rule.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
      var selected = Array(0..<7)
      var rest = parts[...]
      if let first = rest.first, first.first?.isLetter == true {
        switch daySelector(first) {
        case .success(let set): selected = set
        case .failure(let error): return .failure(error)
        }
        rest = rest.dropFirst()
      }
      guard rest.count == 1, let times = rest.first else {
        return .failure(OpeningHoursError("rule '\(rule)' should be days and times, like 'Mo-Fr 09:00-17:00'"))
      }
      var spans: [Span] = []
      if times == "off" || times == "closed" {
        spans = []
      } else {
        for piece in times.split(separator: ",", omittingEmptySubsequences: false) {
          switch span(String(piece)) {
          case .success(let s): spans.append(s)
          case .failure(let error): return .failure(error)
          }
        }
      }
      for day in selected { days[day] = spans }
    }
    return .success(OpeningHours(source: text, days: days, closedOnPublicHolidays: holidays))
  }

  /// `Mo`, `Mo-Fr`, `Sa-Mo`, `Mo,We,Fr-Su`.
  static func daySelector(_ text: String) -> Result<[Int], OpeningHoursError> {
    var set: [Int] = []
    for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
      let ends = piece.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
      guard (1...2).contains(ends.count), let a = dayNames.firstIndex(of: ends[0]),
        let b = ends.count == 2 ? dayNames.firstIndex(of: ends[1]) : a
      else {
        return .failure(OpeningHoursError("'\(piece)' is not a day or a range of days (Mo, Tu, We, Th, Fr, Sa, Su, as in 'Mo-Fr')"))
      }
      var d = a
      while true {
        if !set.contains(d) { set.append(d) }
        if d == b { break }
        d = (d + 1) % 7
      }
    }
    return .success(set)
  }

  /// `09:00-17:00`, `22:00-02:00`, `18:00-24:00`.
  static func span(_ text: String) -> Result<Span, OpeningHoursError> {
    let ends = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard ends.count == 2, let start = minutes(ends[0], maxHour: 24), var end = minutes(ends[1], maxHour: 48) else {
      return .failure(OpeningHoursError("'\(text)' is not a time span like '09:00-17:00'"))
    }
    if end <= start { end += 1440 }
    guard start < 1440, end - start <= 1440, end <= 2880 else {
      return .failure(OpeningHoursError("'\(text)' is longer than a day or starts after midnight"))
    }
    return .success(Span(start: start, end: end))
  }

  /// `HH:MM`, two digits each.
  static func minutes(_ text: String, maxHour: Int) -> Int? {
    let u = Array(text.utf8)
    guard u.count == 5, u[2] == UInt8(ascii: ":") else { return nil }
    let digits = [u[0], u[1], u[3], u[4]]
    guard digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
    let h = Int(digits[0] - 48) * 10 + Int(digits[1] - 48), m = Int(digits[2] - 48) * 10 + Int(digits[3] - 48)
    guard m < 60, h * 60 + m <= maxHour * 60 else { return nil }
    return h * 60 + m
  }

  /// Whether the line is open at `time` (in its own time zone).
  public func isOpen(at time: WeekTime) -> Bool {
    if days[time.weekday].contains(where: { $0.start <= time.minute && time.minute < $0.end }) { return true }
    let before = (time.weekday + 6) % 7
    return days[before].contains { $0.end > 1440 && time.minute < $0.end - 1440 }
  }

  /// When the line next opens after `time`, when it is closed then; nil
  /// when it is open or never opens.
  public func nextOpening(after time: WeekTime) -> WeekTime? {
    guard !isOpen(at: time) else { return nil }
    var best: Int?
    for offset in 0...7 {
      let day = (time.weekday + offset) % 7
      for span in days[day] {
        let distance = offset * 1440 + span.start - time.minute
        if distance > 0, best.map({ distance < $0 }) ?? true { best = distance }
      }
    }
    return best.map { WeekTime(minuteOfWeek: time.minuteOfWeek + $0) }
  }

  /// Open at every minute of the week (holidays aside).
  public var isAlwaysOpen: Bool {
    // Each day covered from 00:00 to 24:00 by its own spans and the
    // previous day's overflow.
    for day in 0..<7 {
      var covered: [Span] = days[day].map { Span(start: $0.start, end: min($0.end, 1440)) }
      covered += days[(day + 6) % 7].filter { $0.end > 1440 }.map { Span(start: 0, end: $0.end - 1440) }
      var reach = 0
      for span in covered.sorted(by: { $0.start < $1.start }) where span.start <= reach {
        reach = max(reach, span.end)
      }
      if reach < 1440 { return false }
    }
    return !closedOnPublicHolidays
  }
}

/// Why an `opening_hours` text could not be read.
public struct OpeningHoursError: Error, Hashable, Sendable {
  public var message: String
  init(_ message: String) { self.message = message }
}
