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

  private static func isWide(_ v: UInt32) -> Bool {
    (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v)
      || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
      || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
  }
}
