import ChatCheckCore
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to stdout and stderr with `write(2)` (no Foundation, and no C
/// `FILE*` globals, which Swift 6 treats as shared mutable state). Each
/// call writes its whole text at once.
public enum Output {
  /// Set when standard output could not be written (closed, full disk…);
  /// the tool then exits 70 instead of pretending it succeeded.
  static let stdoutFailed = Atomic<Bool>(false)
  /// Standard output was closed when ChatCheck started.
  static let stdoutClosed = Atomic<Bool>(false)

  /// While set, output is collected here instead of written (in-process
  /// tests).
  private static let captured = Mutex<(out: String, err: String)?>(nil)

  /// Held while a capture runs, so that captures from tests running in
  /// parallel take turns instead of collecting each other's output.
  private static let oneCaptureAtATime = Mutex<Void>(())

  /// Runs `body` with standard output and error collected; returns its
  /// status and what it wrote. Captures take turns.
  public static func capture(_ body: () -> Int32) -> (status: Int32, stdout: String, stderr: String) {
    oneCaptureAtATime.withLock { _ in collect(body) }
  }

  private static func collect(_ body: () -> Int32) -> (status: Int32, stdout: String, stderr: String) {
    captured.withLock { $0 = ("", "") }
    stdoutFailed.store(false, ordering: .relaxed)
    let status = body()
    let texts = captured.withLock { value -> (String, String) in
      defer { value = nil }
      return (value?.out ?? "", value?.err ?? "")
    }
    return (status, texts.0, texts.1)
  }

  static func write(_ text: String) {
    if stdoutClosed.load(ordering: .relaxed) || !writeAll(1, text) { stdoutFailed.store(true, ordering: .relaxed) }
  }

  /// `chatcheck: error: MESSAGE` on stderr. Whatever the message quotes
  /// (ids, keys, values, file names, flags) is escaped here, so no control
  /// sequence from input reaches the terminal and a newline cannot forge a
  /// second error line.
  static func error(_ message: String) {
    writeAll(2, "chatcheck: error: \(TerminalText.escape(message))\n")
  }

  /// Lines on stderr (diagnostics, notes), each escaped the same way.
  static func raw(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    writeAll(2, lines.map { TerminalText.escape(String($0)) }.joined(separator: "\n"))
  }

  /// Whether writing to standard output failed (closed, full disk…).
  static var failedToWrite: Bool { stdoutFailed.load(ordering: .relaxed) }

  /// Writes everything; false if the descriptor refused it.
  @discardableResult
  private static func writeAll(_ fd: Int32, _ text: String) -> Bool {
    let diverted = captured.withLock { value -> Bool in
      guard value != nil else { return false }
      if fd == 1 { value!.out += text } else { value!.err += text }
      return true
    }
    if diverted { return true }
    var text = text
    return text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }
}
