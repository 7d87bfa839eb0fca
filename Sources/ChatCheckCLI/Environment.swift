#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process environment, read without Foundation.
enum Environment {
  static var variables: [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      pointer += 1
    }
    return result
  }

  static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// `NO_COLOR` present and not empty (no-color.org).
  static var noColor: Bool { !(value("NO_COLOR") ?? "").isEmpty }
}
