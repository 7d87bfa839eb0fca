import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to stdout and stderr with `write(2)` (no Foundation, and no C
/// `FILE*` globals, which Swift 6 treats as shared mutable state). Each
/// call writes its whole text at once.
enum Output {
  /// Set when standard output could not be written (closed, full disk…);
  /// the tool then exits 70 instead of pretending it succeeded.
  static let stdoutFailed = Atomic<Bool>(false)

  static func write(_ text: String) {
    if !writeAll(1, text) { stdoutFailed.store(true, ordering: .relaxed) }
  }

  /// `chatcheck: error: MESSAGE` on stderr.
  static func error(_ message: String) {
    writeAll(2, "chatcheck: error: \(message)\n")
  }

  /// Text on stderr as is.
  static func raw(_ text: String) {
    writeAll(2, text)
  }

  /// Writes everything; false if the descriptor refused it.
  @discardableResult
  private static func writeAll(_ fd: Int32, _ text: String) -> Bool {
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
