/// Pieces of a result that every renderer words the same way: channels
/// with their kind in words, and the one-line "because".
public enum ResultWording {
  /// "Because you said: …" in at most `width` columns: the first fact's
  /// label, then "…" when there are more (the handout lists them all).
  public static func because(_ chosen: ChosenCard, _ language: String, _ content: Content, width: Int) -> String? {
    guard let first = chosen.because.first else { return nil }
    let label = content.fact(first)?.label.text(language) ?? first
    let line = "\(content.string("result.because", language)): \(label)" + (chosen.because.count > 1 ? " …" : "")
    return fitWords(line, width: width)
  }

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
