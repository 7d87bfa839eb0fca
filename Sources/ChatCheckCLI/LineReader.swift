#if canImport(Glibc)
  import Glibc
#endif
import ChatCheckCore

/// Lines from standard input, each at most `InputLimits.lineBytes` long: a
/// stream without line breaks (/dev/zero) ends with an error instead of
/// filling memory.
enum LineReader {
  nonisolated(unsafe) private static var buffer: [UInt8] = []
  nonisolated(unsafe) private static var ended = false

  /// The next line without its line break; nil at the end of input. A
  /// line over the limit ends the program with 65.
  static func next() -> String? {
    let limit = InputLimits.lineBytes
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        var line = Array(buffer[..<newline])
        buffer.removeSubrange(...newline)
        if line.last == 0x0D { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
      }
      if buffer.count > limit { tooLong(limit) }
      if ended {
        guard !buffer.isEmpty else { return nil }
        defer { buffer = [] }
        return String(decoding: buffer, as: UTF8.self)
      }
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 {
        ended = true
      } else {
        buffer.append(contentsOf: chunk[0..<count])
      }
    }
  }

  private static func tooLong(_ limit: Int) -> Never {
    Output.error("standard input: a line longer than \(limit) bytes; a line of input may have at most \(limit) bytes")
    exit(ExitStatus.dataError.rawValue)
  }
}
