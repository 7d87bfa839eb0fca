/// What a kiosk needs of its staff PIN: whether a typed PIN matches it.
/// The system target's `StaffPIN` (a crypt(3) hash) is the real one; the
/// screen model never hashes anything itself.
public protocol PINCheck: Sendable {
  /// Whether `pin` is the staff PIN, compared in constant time.
  func matches(_ pin: String) -> Bool
}
