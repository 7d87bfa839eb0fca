import CCrypt
import ChatCheckCore

/// The kiosk's staff PIN, stored only as a crypt(3) hash (yescrypt, the
/// format of /etc/shadow): one line written by `chatcheck kiosk set-pin`,
/// or by `mkpasswd -m yescrypt`.
public struct StaffPIN: PINCheck, Equatable {
  /// yescrypt's cost factor for new hashes: libxcrypt's default.
  public static let defaultCost = 5
  /// The hash, e.g. `$y$j9T$…$…`.
  public let hash: String

  /// A PIN is 4 to 12 digits.
  public static func isValid(_ pin: String) -> Bool {
    (4...12).contains(pin.count) && pin.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// Hashes `pin` with a fresh random salt; nil when the system's
  /// libcrypt cannot (no yescrypt, no randomness).
  public static func make(pin: String, cost: Int = defaultCost) -> StaffPIN? {
    var setting = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
    guard crypt_gensalt_rn("$y$", UInt(cost), nil, 0, &setting, Int32(setting.count)) != nil else { return nil }
    let prefix = String(decoding: setting.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let hash = hash(pin, setting: prefix), hash.hasPrefix("$y$") else { return nil }
    return StaffPIN(hash: hash)
  }

  /// crypt(3) of `pin` with `setting` (a salt or a whole hash); nil on
  /// failure (libxcrypt returns a string starting with `*` then).
  static func hash(_ pin: String, setting: String) -> String? {
    var data = crypt_data()
    let result: String? = withUnsafeMutableBytes(of: &data) { raw in
      guard let out = crypt_rn(pin, setting, raw.baseAddress, Int32(raw.count)) else { return nil }
      return String(cString: out)
    }
    // The scratch space held the PIN's hash state: clear it.
    withUnsafeMutableBytes(of: &data) { raw in _ = raw.initializeMemory(as: UInt8.self, repeating: 0) }
    guard let result, !result.hasPrefix("*") else { return nil }
    return result
  }

  /// Why a PIN file's line is refused.
  public enum PINFileError: Error, Equatable {
    /// Not a crypt(3) hash at all.
    case format
    /// A hash method other than yescrypt, bcrypt or SHA-512.
    case method(String)
    /// Cost parameters outside what a kiosk can check in about a second.
    case cost(String)
  }

  /// Parses the file's line (a trailing CR or newline is fine).
  public static func parse(_ text: String) -> Result<StaffPIN, PINFileError> {
    // "\r\n" is one Character in Swift: split on any line break.
    var line = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).first ?? ""
    while line.last == " " || line.last == "\t" { line = line.dropLast() }
    if line.first == "\u{FEFF}" { line = line.dropFirst() }  // a byte order mark from an editor
    let parts = line.split(separator: "$", omittingEmptySubsequences: false)
    guard parts.count >= 4, parts[0].isEmpty, line.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else { return .failure(.format) }
    switch parts[1] {
    case "y", "gy":
      // Parameters: flags, then N and r as base-64 digits.
      let params = Array(parts[2])
      guard params.count >= 3, let n = itoa64(params[1]), let r = itoa64(params[2]) else { return .failure(.format) }
      // N = 2^(n+1), memory 128·N·r bytes: from 8 MB (a guess must cost
      // something) to 64 MB (a check must not take the kiosk's memory or
      // more than about a second). libxcrypt's default is 16 MB.
      let memoryLog2 = 7 + (n + 1) + Self.log2(r + 1)
      guard n + 1 <= 20, r + 1 <= 32, (23...26).contains(memoryLog2) else {
        return .failure(.cost("yescrypt N=2^\(n + 1), r=\(r + 1) uses about \(Self.megabytes(memoryLog2)) MB; 8 to 64 MB"))
      }
    case "2b", "2y":
      guard let cost = Int(parts[2]), (10...14).contains(cost) else { return .failure(.cost("bcrypt cost \(parts[2]); 10 to 14")) }
    case "6":
      // Without "rounds=", SHA-512 takes 5,000 rounds: too cheap a guess.
      let rounds = parts[2].hasPrefix("rounds=") ? Int(parts[2].dropFirst(7)) : 5_000
      guard let rounds, (100_000...1_000_000).contains(rounds) else {
        return .failure(.cost("SHA-512 \(parts[2].hasPrefix("rounds=") ? String(parts[2]) : "rounds=5000"); 100000 to 1000000 rounds"))
      }
    default:
      return .failure(.method(String(parts[1])))
    }
    return .success(StaffPIN(hash: String(line)))
  }

  /// ⌊log2 v⌋ for v ≥ 1 (0 otherwise).
  static func log2(_ v: Int) -> Int {
    v <= 1 ? 0 : Int.bitWidth - 1 - v.leadingZeroBitCount
  }

  static func megabytes(_ log2: Int) -> Int {
    log2 >= 20 ? 1 << (log2 - 20) : 0
  }

  static func itoa64(_ c: Character) -> Int? {
    Array("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz").firstIndex(of: c)
  }

  /// The line to store.
  public var line: String { hash + "\n" }

  /// Whether `pin` is the PIN, compared in constant time.
  public func matches(_ pin: String) -> Bool {
    guard let candidate = Self.hash(pin, setting: hash) else { return false }
    let a = Array(candidate.utf8), b = Array(hash.utf8)
    var difference = a.count ^ b.count
    for i in 0..<min(a.count, b.count) { difference |= Int(a[i] ^ b[i]) }
    return difference == 0
  }
}
