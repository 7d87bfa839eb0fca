#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ChatCheckCore

extension CivilDate {
  /// Today in UTC, from the system clock.
  public static func today() -> CivilDate {
    CivilDate(daysSinceEpoch: Int(time(nil)) / 86_400)
  }
}
