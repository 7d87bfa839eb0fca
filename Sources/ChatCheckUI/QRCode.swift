/// A QR code's modules: `true` is dark. Produced by the terminal driver
/// (libqrencode, loaded at run time) and drawn by the view.
public struct QRMatrix: Hashable, Sendable {
  public let size: Int
  public let modules: [Bool]

  public init(size: Int, modules: [Bool]) {
    precondition(modules.count == size * size)
    self.size = size
    self.modules = modules
  }

  public func isDark(_ row: Int, _ column: Int) -> Bool {
    guard row >= 0, column >= 0, row < size, column < size else { return false }
    return modules[row * size + column]
  }

  /// The code as text, two module rows per line with half blocks, and a
  /// quiet zone of `quiet` modules. A dark module is drawn as the block's
  /// foreground; the view draws these lines in a style that makes the
  /// foreground dark on a light background.
  public func halfBlockLines(quiet: Int = 2) -> [String] {
    let total = size + 2 * quiet
    var lines: [String] = []
    var row = -quiet
    while row < size + quiet {
      var line = ""
      for column in -quiet..<(total - quiet) {
        let top = isDark(row, column)
        let bottom = isDark(row + 1, column)
        switch (top, bottom) {
        case (true, true): line.append("█")
        case (true, false): line.append("▀")
        case (false, true): line.append("▄")
        case (false, false): line.append(" ")
        }
      }
      lines.append(line)
      row += 2
    }
    return lines
  }
}

/// Turns text into a QR code, or nil when no encoder is available.
public struct QREncoder: Sendable {
  public let encode: @Sendable (String) -> QRMatrix?

  public init(_ encode: @escaping @Sendable (String) -> QRMatrix?) {
    self.encode = encode
  }
}
