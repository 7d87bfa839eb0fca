/// Cutting a line to a width, the same way for every renderer.
public enum ResultWording {
  /// `text` cut to `width` columns, ending in "…" when cut.
  public static func fit(_ text: String, width: Int) -> String {
    guard DisplayWidth.of(text) > width, width > 1 else { return text }
    var out = ""
    var used = 0
    for character in text {
      let w = DisplayWidth.of(character)
      if used + w > width - 1 { break }
      out.append(character)
      used += w
    }
    return out + "…"
  }

  /// `text` cut to `width` columns after a whole word (when a space falls
  /// in its second half), ending in " …" when cut: for prose such as the
  /// "because" line.
  public static func fitWords(_ text: String, width: Int) -> String {
    guard DisplayWidth.of(text) > width, width > 2 else { return fit(text, width: width) }
    var out = ""
    var used = 0
    var lastSpace: String.Index?
    for character in text {
      let w = DisplayWidth.of(character)
      if used + w > width - 2 { break }
      if character == " " { lastSpace = out.endIndex }
      out.append(character)
      used += w
    }
    if let lastSpace, out.distance(from: out.startIndex, to: lastSpace) > width / 2 { out = String(out[..<lastSpace]) }
    return out + " …"
  }
}
