import ChatCheckCore

/// The documented exit codes (BSD sysexits values).
public enum ExitStatus: Int32, Sendable {
  case success = 0
  /// Unknown flag, fact, question, option, language or region.
  case usage = 64
  /// Invalid content, invalid or incomplete answers.
  case dataError = 65
  /// An input file does not exist or cannot be read.
  case noInput = 66
  /// A bug in ChatCheck.
  case internalError = 70
}

/// An error that ends a command with a located message and an exit status.
public struct ChatCheckError: Error, Sendable, CustomStringConvertible {
  public var status: ExitStatus
  /// One line each; printed as `chatcheck: error: LINE`.
  public var lines: [String]

  public init(_ status: ExitStatus, _ lines: [String]) {
    self.status = status
    self.lines = lines
  }

  public init(_ status: ExitStatus, _ line: String) {
    self.init(status, [line])
  }

  public var description: String { lines.joined(separator: "\n") }
}
