/// The kiosk's staff PIN, stored only as a salted PBKDF2-SHA-256 hash:
/// one line `pbkdf2-sha256$ITERATIONS$SALT$HASH` (hex), written by
/// `chatcheck kiosk set-pin`.
public struct StaffPIN: Sendable, Equatable {
  public static let defaultIterations = 20_000
  public let iterations: Int
  public let salt: [UInt8]
  public let hash: [UInt8]

  /// A PIN is 4 to 12 digits.
  public static func isValid(_ pin: String) -> Bool {
    (4...12).contains(pin.count) && pin.allSatisfy { $0.isASCII && $0.isNumber }
  }

  public init(pin: String, salt: [UInt8], iterations: Int = defaultIterations) {
    self.iterations = iterations
    self.salt = salt
    self.hash = SHA256.pbkdf2(password: Array(pin.utf8), salt: salt, iterations: iterations)
  }

  /// Parses the file's line; nil with a reason when it is not one.
  public static func parse(_ text: String) -> Result<StaffPIN, PINFileError> {
    let line = text.split(separator: "\n").first.map(String.init) ?? ""
    let parts = line.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 4, parts[0] == "pbkdf2-sha256" else { return .failure(.format) }
    guard let iterations = Int(parts[1]), iterations >= 1_000, iterations <= 10_000_000,
      let salt = fromHex(parts[2]), salt.count >= 8, let hash = fromHex(parts[3]), hash.count == 32
    else { return .failure(.format) }
    return .success(StaffPIN(iterations: iterations, salt: salt, hash: hash))
  }

  public enum PINFileError: Error, Equatable { case format }

  private init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
    self.iterations = iterations
    self.salt = salt
    self.hash = hash
  }

  /// The line to store.
  public var line: String { "pbkdf2-sha256$\(iterations)$\(Self.hex(salt))$\(Self.hex(hash))\n" }

  /// Compares in constant time.
  public func matches(_ pin: String) -> Bool {
    let candidate = SHA256.pbkdf2(password: Array(pin.utf8), salt: salt, iterations: iterations)
    var difference: UInt8 = 0
    for (a, b) in zip(candidate, hash) { difference |= a ^ b }
    return difference == 0 && candidate.count == hash.count
  }

  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
  }

  static func fromHex(_ text: String) -> [UInt8]? {
    let chars = Array(text)
    guard chars.count % 2 == 0 else { return nil }
    var bytes: [UInt8] = []
    for i in stride(from: 0, to: chars.count, by: 2) {
      guard let byte = UInt8(String(chars[i...i + 1]), radix: 16) else { return nil }
      bytes.append(byte)
    }
    return bytes
  }
}
