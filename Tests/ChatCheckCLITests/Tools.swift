import Foundation
import Testing

/// Where the tests run: in CI (`CI` set) and under a sanitizer
/// (`CHATCHECK_SANITIZER`, set by the sanitizer passes of `.ci/run`).
enum TestEnvironment {
  static var ci: Bool { ProcessInfo.processInfo.environment["CI"] != nil }
  static var sanitizer: Bool { ProcessInfo.processInfo.environment["CHATCHECK_SANITIZER"] != nil }
}

/// A program or library that some tests need. Where it is missing, those
/// tests show as skipped; in CI, which installs it, they run and fail.
struct Tool: Sendable {
  /// The Debian package that brings it (what `.ci/run` installs).
  let package: String
  let paths: [String]
  var executable = true

  /// Where it is installed, if anywhere.
  var path: String? {
    paths.first { executable ? FileManager.default.isExecutableFile(atPath: $0) : FileManager.default.fileExists(atPath: $0) }
  }

  /// Whether a test that needs it runs: where it is installed, and always
  /// in CI, where `require` then fails if it is missing.
  var runs: Bool { path != nil || TestEnvironment.ci }

  /// Its path; a missing tool fails the test.
  func require(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try #require(path, "\(package) is not installed (CI installs it)", sourceLocation: sourceLocation)
  }

  static let tmux = Tool(package: "tmux", paths: ["/usr/bin/tmux", "/usr/local/bin/tmux"])
  static let strace = Tool(package: "strace", paths: ["/usr/bin/strace"])
  static let ldd = Tool(package: "libc-bin", paths: ["/usr/bin/ldd"])
  static let graphviz = Tool(package: "graphviz", paths: ["/usr/bin/dot", "/usr/local/bin/dot"])
  static let python = Tool(package: "python3", paths: ["/usr/bin/python3", "/usr/local/bin/python3"])
  static let zbar = Tool(package: "zbar-tools", paths: ["/usr/bin/zbarimg"])
  static let msgmerge = Tool(package: "gettext", paths: ["/usr/bin/msgmerge", "/usr/local/bin/msgmerge"])
  static let msgfmt = Tool(package: "gettext", paths: ["/usr/bin/msgfmt", "/usr/local/bin/msgfmt"])
  /// The places the binary loads libqrencode from.
  static let qrencode = Tool(
    package: "libqrencode4",
    paths: [
      "/usr/lib/x86_64-linux-gnu/libqrencode.so.4", "/usr/lib/aarch64-linux-gnu/libqrencode.so.4",
      "/lib/x86_64-linux-gnu/libqrencode.so.4", "/lib/aarch64-linux-gnu/libqrencode.so.4",
      "/usr/lib64/libqrencode.so.4", "/usr/lib/libqrencode.so.4",
    ],
    executable: false)
}

extension Trait where Self == ConditionTrait {
  /// Runs the test where `tools` are installed, and always in CI.
  static func needs(_ tools: Tool...) -> Self {
    .enabled(if: tools.allSatisfy(\.runs), "needs \(tools.map(\.package).joined(separator: ", "))")
  }

  /// A sanitized binary cannot run under strace (LeakSanitizer cannot run
  /// under ptrace), so the sanitizer passes of `.ci/run` skip the strace
  /// proofs; its plain pass runs them.
  static var notUnderSanitizer: Self {
    .disabled(if: TestEnvironment.sanitizer, "a sanitized binary cannot run under strace")
  }
}
