/// Trimming without Foundation: the project's one copy.
extension String {
  func leftPadded(to width: Int, with pad: Character = "0") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }

  /// Whether every character is in `set` (what trimming it leaves is
  /// empty), found at the first character that is not, without copying.
  public func isBlank(_ set: CharacterSetLite) -> Bool {
    allSatisfy(set.contains)
  }

  /// The text without `set`'s characters at either end.
  public func trimmingCharacters(in set: CharacterSetLite) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}

/// A tiny character class, so the core needs no Foundation for trimming.
public enum CharacterSetLite: Sendable {
  case whitespaces, whitespacesAndNewlines

  public func contains(_ c: Character) -> Bool {
    switch self {
    case .whitespaces: return c == " " || c == "\t"
    case .whitespacesAndNewlines: return c.isWhitespace || c == "\u{FEFF}"
    }
  }
}
