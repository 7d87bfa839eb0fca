/// Word wrapping by display columns.
public enum TextWrap {
  /// Splits `text` into lines of at most `width` columns. Existing line
  /// breaks are kept; a word longer than the width is broken after a "/"
  /// or "-" (so links stay readable), else at a grapheme. A no-break
  /// space (U+00A0) keeps its neighbours together.
  public static func lines(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var result: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var word = Substring(word)
        var wordWidth = DisplayWidth.of(word)
        if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
          line += " " + word
          lineWidth += 1 + wordWidth
          continue
        }
        if lineWidth > 0 {
          result.append(line)
          line = ""
          lineWidth = 0
        }
        while wordWidth > width {
          // A long word (a link) breaks after a "/" or "-" where it can,
          // else at a character.
          var head = ""
          var headWidth = 0
          var index = word.startIndex
          var lastBreak: (index: Substring.Index, head: String, width: Int)?
          while index < word.endIndex {
            let w = DisplayWidth.of(word[index])
            if headWidth + w > width && headWidth > 0 { break }
            head.append(word[index])
            headWidth += w
            index = word.index(after: index)
            if "/-".contains(head.last!) && index < word.endIndex { lastBreak = (index, head, headWidth) }
          }
          if index < word.endIndex, let cut = lastBreak, cut.width * 2 >= width {
            (index, head) = (cut.index, cut.head)
          }
          result.append(head)
          word = word[index...]
          wordWidth = DisplayWidth.of(word)
        }
        line = String(word)
        lineWidth = wordWidth
      }
      result.append(line)
    }
    return result
  }

  /// `lines(_:width:)` with the first line prefixed by `first` and the rest
  /// by `rest` (for list items and indented blocks).
  public static func lines(_ text: String, width: Int, first: String, rest: String) -> [String] {
    let inner = width - max(DisplayWidth.of(first), DisplayWidth.of(rest))
    return lines(text, width: inner).enumerated().map { index, line in
      (index == 0 ? first : rest) + line
    }
  }
}
