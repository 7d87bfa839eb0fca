/// What a translation must keep of its source text exactly: web
/// addresses, e-mail addresses, `{placeholders}` (including
/// `{line:ROLE}`) and numbers of three or more characters (phone
/// numbers, hours, ages; inner spaces ignored, so "0800 111 0 333" and
/// "08001110333" are the same number). A translation may move them, not
/// drop or change them.
public enum KeptTokens {
  /// The tokens of `source` that `translation` has fewer of, each once,
  /// in the order they first appear in the source.
  public static func dropped(from source: String, in translation: String) -> [String] {
    let wanted = tokens(source)
    var have: [String: Int] = [:]
    for token in tokens(translation) { have[token, default: 0] += 1 }
    var need: [String: Int] = [:]
    for token in wanted { need[token, default: 0] += 1 }
    var out: [String] = []
    for token in wanted where need[token]! > have[token, default: 0] && !out.contains(token) {
      out.append(token)
    }
    return out
  }

  /// The tokens of `text`, left to right; at each place a web address is
  /// tried first, then an e-mail address, a placeholder and a number.
  public static func tokens(_ text: String) -> [String] {
    let chars = Array(text)
    var out: [String] = []
    var i = 0
    while i < chars.count {
      if let end = url(chars, i) ?? email(chars, i) ?? placeholder(chars, i) {
        out.append(trimmedEnd(chars[i..<end]))
        i = end
      } else if let end = number(chars, i) {
        out.append(String(chars[i..<end].filter { $0 != " " }))
        i = end
      } else {
        i += 1
      }
    }
    return out
  }

  private static func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
  private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

  private static func url(_ chars: [Character], _ i: Int) -> Int? {
    for scheme in ["http://", "https://"] {
      let s = Array(scheme)
      guard i + s.count <= chars.count, Array(chars[i..<(i + s.count)]) == s else { continue }
      var j = i + s.count
      guard j < chars.count, !chars[j].isWhitespace else { return nil }
      while j < chars.count, !chars[j].isWhitespace { j += 1 }
      return j
    }
    return nil
  }

  private static func email(_ chars: [Character], _ i: Int) -> Int? {
    var j = i
    while j < chars.count, isWord(chars[j]) || ".+-".contains(chars[j]) { j += 1 }
    guard j > i, j < chars.count, chars[j] == "@" else { return nil }
    var k = j + 1
    while k < chars.count, isWord(chars[k]) || chars[k] == "-" { k += 1 }
    guard k > j + 1, k < chars.count, chars[k] == "." else { return nil }
    var m = k + 1
    while m < chars.count, isWord(chars[m]) || chars[m] == "." { m += 1 }
    return m > k + 1 ? m : nil
  }

  private static func placeholder(_ chars: [Character], _ i: Int) -> Int? {
    let name: (Character) -> Bool = { ("a"..."z").contains($0) || $0 == "_" }
    let role: (Character) -> Bool = { ("a"..."z").contains($0) || $0 == "-" }
    guard chars[i] == "{" else { return nil }
    var j = i + 1
    while j < chars.count, name(chars[j]) { j += 1 }
    guard j > i + 1, j < chars.count else { return nil }
    if chars[j] == ":" {
      var k = j + 1
      while k < chars.count, role(chars[k]) { k += 1 }
      if k > j + 1, k < chars.count, chars[k] == "}" { return k + 1 }
    }
    return chars[j] == "}" ? j + 1 : nil
  }

  /// A digit, digits or spaces, and a digit: at least three characters.
  private static func number(_ chars: [Character], _ i: Int) -> Int? {
    guard isDigit(chars[i]) else { return nil }
    var j = i + 1
    while j < chars.count, isDigit(chars[j]) || chars[j] == " " { j += 1 }
    while j > i + 1, chars[j - 1] == " " { j -= 1 }
    return j - i >= 3 ? j : nil
  }

  /// A token without the punctuation a sentence puts after it.
  private static func trimmedEnd(_ token: ArraySlice<Character>) -> String {
    var end = token.endIndex
    while end > token.startIndex, ".,;:)»“”\"'".contains(token[end - 1]) { end -= 1 }
    return String(token[token.startIndex..<end])
  }
}
