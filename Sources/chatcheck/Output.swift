#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to stdout and stderr with `write(2)` (no Foundation, and no C
/// `FILE*` globals, which Swift 6 treats as shared mutable state). Each
/// call writes its whole text at once.
enum Output {
  static func write(_ text: String) {
    writeAll(1, text)
  }

  /// `chatcheck: error: MESSAGE` on stderr.
  static func error(_ message: String) {
    writeAll(2, "chatcheck: error: \(message)\n")
  }

  /// Text on stderr as is.
  static func raw(_ text: String) {
    writeAll(2, text)
  }

  /// Nothing is buffered; kept so call sites read naturally.
  static func flush() {}

  private static func writeAll(_ fd: Int32, _ text: String) {
    var text = text
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }
}
