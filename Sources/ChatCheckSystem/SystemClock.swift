#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ChatCheckCore

/// The system clock read in a time zone of the system's time-zone
/// database (`/usr/share/zoneinfo`), without a network: for "open now" on
/// the crisis page.
public enum SystemClock {
  static let database = "/usr/share/zoneinfo/"

  /// The system's clock. A zone the database does not have gives nil, so
  /// the hours are shown without "open now" rather than in the wrong zone.
  public static let clock = LocalClock { zone in weekTime(in: zone, at: time(nil)) }

  /// The moment `seconds` (since 1970, UTC) in `zone`.
  public static func weekTime(in zone: String, at seconds: time_t) -> WeekTime? {
    // The content's loader admits only `UTC` and `Area/Location` names.
    guard !zone.contains(".."), !zone.hasPrefix("/"), access(database + zone, R_OK) == 0 else { return nil }
    let previous = getenv("TZ").map { String(cString: $0) }
    setenv("TZ", ":" + zone, 1)
    tzset()
    var seconds = seconds
    var parts = tm()
    let converted = localtime_r(&seconds, &parts) != nil
    if let previous { setenv("TZ", previous, 1) } else { unsetenv("TZ") }
    tzset()
    guard converted else { return nil }
    // tm_wday: 0 is Sunday; WeekTime: 0 is Monday.
    return WeekTime(weekday: (Int(parts.tm_wday) + 6) % 7, minute: Int(parts.tm_hour) * 60 + Int(parts.tm_min))
  }
}
