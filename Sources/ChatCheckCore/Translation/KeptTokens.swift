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
    dropped(tokens(source), in: translation)
  }

  /// As `dropped(from:in:)`, with the source's tokens already known.
  public static func dropped(_ wanted: [String], in translation: String) -> [String] {
    guard !wanted.isEmpty else { return [] }
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
  /// tried first, then an e-mail address, a placeholder and a number. One
  /// pass over the text's scalars: an e-mail address is tried only where a
  /// run of the characters it may start with begins.
  public static func tokens(_ text: String) -> [String] {
    let s = Array(text.unicodeScalars)
    let hasAt = s.contains("@")
    var out: [String] = []
    var i = 0
    while i < s.count {
      let startsRun = i == 0 || !isEmailLeft(s[i - 1])
      if let end = url(s, i) ?? (hasAt && startsRun ? email(s, i) : nil) ?? placeholder(s, i) {
        out.append(trimmedEnd(s[i..<end]))
        i = end
      } else if let end = number(s, i) {
        var digits = String.UnicodeScalarView()
        for scalar in s[i..<end] where scalar != " " { digits.append(scalar) }
        out.append(String(digits))
        i = end
      } else {
        i += 1
      }
    }
    return out
  }

  private static func isWord(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" }
    return c.properties.isAlphabetic || c.properties.numericType != nil
  }
  private static func isEmailLeft(_ c: Unicode.Scalar) -> Bool { isWord(c) || c == "." || c == "+" || c == "-" }
  private static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
  private static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

  private static let schemes: [[Unicode.Scalar]] = [Array("http://".unicodeScalars), Array("https://".unicodeScalars)]

  private static func url(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    guard s[i] == "h" else { return nil }
    for scheme in schemes where i + scheme.count <= s.count && s[i..<(i + scheme.count)].elementsEqual(scheme) {
      var j = i + scheme.count
      guard j < s.count, !isSpace(s[j]) else { return nil }
      while j < s.count, !isSpace(s[j]) { j += 1 }
      return j
    }
    return nil
  }

  private static func email(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    var j = i
    while j < s.count, isEmailLeft(s[j]) { j += 1 }
    guard j > i, j < s.count, s[j] == "@" else { return nil }
    var k = j + 1
    while k < s.count, isWord(s[k]) || s[k] == "-" { k += 1 }
    guard k > j + 1, k < s.count, s[k] == "." else { return nil }
    var m = k + 1
    while m < s.count, isWord(s[m]) || s[m] == "." { m += 1 }
    return m > k + 1 ? m : nil
  }

  private static func placeholder(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    let name: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || $0 == "_" }
    let role: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || $0 == "-" }
    guard s[i] == "{" else { return nil }
    var j = i + 1
    while j < s.count, name(s[j]) { j += 1 }
    guard j > i + 1, j < s.count else { return nil }
    if s[j] == ":" {
      var k = j + 1
      while k < s.count, role(s[k]) { k += 1 }
      if k > j + 1, k < s.count, s[k] == "}" { return k + 1 }
    }
    return s[j] == "}" ? j + 1 : nil
  }

  /// A digit, digits or spaces, and a digit: at least three characters.
  private static func number(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    guard isDigit(s[i]) else { return nil }
    var j = i + 1
    // Only a plain space joins digit groups: amounts are written "1,000",
    // "1 000" (no-break) or "1.000" by language, and each keeps its last
    // group ("000") as a token of its own either way.
    while j < s.count, isDigit(s[j]) || s[j] == " " { j += 1 }
    while j > i + 1, s[j - 1] == " " { j -= 1 }
    return j - i >= 3 ? j : nil
  }

  /// A token without the punctuation a sentence puts after it.
  private static func trimmedEnd(_ token: ArraySlice<Unicode.Scalar>) -> String {
    var end = token.endIndex
    while end > token.startIndex, ".,;:)»“”\"'".unicodeScalars.contains(token[end - 1]) { end -= 1 }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: token[token.startIndex..<end])
    return String(out)
  }
}
