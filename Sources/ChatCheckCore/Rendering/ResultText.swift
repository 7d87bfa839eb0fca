/// The result as plain text, wrapped to a width (80 by default): the
/// lines of the `ResultDocument` under a title.
public enum ResultText {
  /// `width: nil` writes one paragraph per line and no underline: for
  /// screen readers and braille lines, which wrap themselves.
  public static func render(_ result: AdviceResult, content: Content, width: Int? = 80) -> String {
    let document = ResultDocument(result, content: content)
    var lines = [document.words.title]
    if let width { lines.append(String(repeating: "=", count: min(width, DisplayWidth.of(document.words.title)))) }
    // Without a width (a screen reader, a handout) every reason is listed.
    lines += document.lines(width: width ?? Int.max / 4, breakLinks: false, allReasons: width == nil).lines.map(\.text)
    return lines.joined(separator: "\n") + "\n"
  }
}
