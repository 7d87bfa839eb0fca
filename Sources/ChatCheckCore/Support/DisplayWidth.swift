/// Terminal column width of text, without relying on the C library's
/// locale-dependent `wcwidth`.
public enum DisplayWidth {
  /// Columns a string occupies: combining marks take none, East Asian wide
  /// and emoji characters take two, everything else one.
  public static func of(_ text: some StringProtocol) -> Int {
    // Fast path: printable ASCII is one column a byte.
    var ascii = true
    for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
      ascii = false
      break
    }
    if ascii { return text.utf8.count }
    var width = 0
    for character in text {
      width += of(character)
    }
    return width
  }

  /// Columns one grapheme occupies.
  public static func of(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    let v = first.value
    // Printable ASCII and Latin letters up to the combining marks: one
    // column, without a Unicode property lookup.
    if v >= 0x20 && v < 0x7F { return 1 }
    if v >= 0xA0 && v < 0x300 { return 1 }
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    if first.properties.generalCategory == .nonspacingMark
      || first.properties.generalCategory == .enclosingMark { return 0 }
    if isWide(v) || (first.properties.isEmojiPresentation) { return 2 }
    return 1
  }

  /// East Asian Wide and Fullwidth code points (Unicode's
  /// EastAsianWidth W and F, as glibc 2.36's `wcwidth` knows them),
  /// widened to their whole blocks so that characters of newer Unicode
  /// versions in the same blocks count as wide too. A test compares it with
  /// the C library's `wcwidth`.
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0xA4CF,
    0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
    0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF00...0xFF60,
    0xFFE0...0xFFE6, 0x16FE0...0x16FE3, 0x16FF0...0x16FF1, 0x17000...0x187F7,
    0x18800...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB,
    0x1AFFD...0x1AFFE, 0x1B000...0x1B122, 0x1B150...0x1B152, 0x1B164...0x1B167,
    0x1B170...0x1B2FB, 0x1F200...0x1F200, 0x1F202...0x1F202, 0x1F210...0x1F219,
    0x1F21B...0x1F22E, 0x1F230...0x1F231, 0x1F237...0x1F237, 0x1F23B...0x1F23B,
    0x1F240...0x1F248, 0x1F260...0x1F265, 0x20000...0x3FFFD,
  ]

  static func isWide(_ v: UInt32) -> Bool {
    guard v >= wideRanges[0].lowerBound else { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      if v < wideRanges[middle].lowerBound {
        high = middle - 1
      } else if v > wideRanges[middle].upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}
