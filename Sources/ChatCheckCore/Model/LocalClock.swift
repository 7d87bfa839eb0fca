/// Tells the time of the week in a time zone. Core never reads a clock:
/// the command line gives the system's (the system clock and time-zone
/// database), tests give a fixed moment.
public struct LocalClock: Sendable {
  private let now: @Sendable (String) -> WeekTime?

  /// `now(zone)`: the moment in the IANA time zone `zone`, or nil when the
  /// zone is not known.
  public init(_ now: @escaping @Sendable (String) -> WeekTime?) {
    self.now = now
  }

  /// The same moment in every zone (for tests and a machine without a
  /// time-zone database).
  public static func fixed(_ time: WeekTime) -> LocalClock { LocalClock { _ in time } }

  /// The moment now in `zone`.
  public func now(in zone: String) -> WeekTime? { now(zone) }
}

/// Whether a line is open at a moment, for the reader.
public enum LineStatus: Hashable, Sendable {
  case open
  /// Closed; opens next at this moment (in the line's own time zone).
  case closed(opens: WeekTime?)
  /// Its hours or its time zone's clock are not known.
  case unknown

  public init(_ resource: Resource, clock: LocalClock?) {
    guard let hours = resource.openingHours else {
      self = .unknown
      return
    }
    if hours.isAlwaysOpen {
      self = .open
      return
    }
    guard let zone = resource.timeZone, let now = clock?.now(in: zone) else {
      self = .unknown
      return
    }
    self = hours.isOpen(at: now) ? .open : .closed(opens: hours.nextOpening(after: now))
  }

  /// Open lines first, then those whose status is not known, then closed
  /// ones; the order within each is kept.
  var rank: Int {
    switch self {
    case .open: return 0
    case .unknown: return 1
    case .closed: return 2
    }
  }

  /// `resources` with the open ones first (a stable sort).
  public static func openFirst(_ resources: [Resource], clock: LocalClock?) -> [(Resource, LineStatus)] {
    resources.map { ($0, LineStatus($0, clock: clock)) }.enumerated()
      .sorted { $0.element.1.rank == $1.element.1.rank ? $0.offset < $1.offset : $0.element.1.rank < $1.element.1.rank }
      .map(\.element)
  }

  /// "open now", "closed now – opens Mon 14:00", or nil when not known;
  /// the words come from the content's strings `hours.*`.
  public func describe(_ content: Content, _ language: String) -> String? {
    switch self {
    case .open: return content.string("hours.open_now", language)
    case .unknown: return nil
    case .closed(let opens):
      guard let opens else { return content.string("hours.closed", language) }
      let days = content.string("hours.days", language).split(separator: " ").map(String.init)
      let day = days.count == 7 ? days[opens.weekday] : OpeningHours.dayNames[opens.weekday]
      return content.string("hours.closed_opens", language)
        .replacingOccurrences("{day}", day).replacingOccurrences("{time}", opens.clock)
    }
  }
}
