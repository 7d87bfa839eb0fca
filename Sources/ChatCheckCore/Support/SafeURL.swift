/// Which URLs content may hold: `http://` or `https://`, a host, and only
/// the characters RFC 3986 allows outside quotes, so that a link can never
/// end early in Markdown (`<…>`), HTML or a terminal. Spaces, quotes, `<`,
/// `>`, backquotes, backslashes and braces are refused; percent-encode
/// them.
public enum SafeURL {
  static let allowed: Set<Character> = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&()*+,;=%")

  /// Whether `text` is such a URL.
  public static func isSafe(_ text: String) -> Bool {
    let rest: Substring
    if text.hasPrefix("https://") {
      rest = text.dropFirst(8)
    } else if text.hasPrefix("http://") {
      rest = text.dropFirst(7)
    } else {
      return false
    }
    guard let first = rest.first, first != "/", first != "?", first != "#" else { return false }
    return text.allSatisfy { allowed.contains($0) }
  }

  /// The first character that makes `text` unsafe, for an error message.
  public static func firstUnsafe(_ text: String) -> Character? {
    text.first { !allowed.contains($0) }
  }
}

extension SafeURL {
  /// "has a space at character 24; …" — what is wrong, for lint.
  public static func problem(_ text: String) -> String {
    if let bad = firstUnsafe(text), let index = text.firstIndex(of: bad) {
      let position = text.distance(from: text.startIndex, to: index) + 1
      let shown = bad == " " ? "a space" : "'\(bad.unicodeScalars.map { $0.isASCII && $0.value >= 0x21 ? String($0) : "U+\(String($0.value, radix: 16, uppercase: true))" }.joined())'"
      return "has \(shown) at character \(position): a URL may hold only letters, digits and -._~:/?#[]@!$&()*+,;=% (percent-encode the rest)"
    }
    return "needs a host after http:// or https://"
  }
}
