/// Regional spelling: text for a language variant such as `de-CH` is the
/// base language's text, adjusted.
public enum Spelling {
  /// The language to look texts up in: `de-CH` for German in Switzerland
  /// (Swiss German writing has no "ß"), else the language itself.
  public static func variant(language: String, region: String) -> String {
    language == "de" && region == "CH" ? "de-CH" : language
  }

  /// The colon the code puts after a label ("Call: 116 111"): French
  /// writes a no-break space before it ("Appel : 147").
  public static func colon(_ language: String) -> String {
    language == "fr" || language.hasPrefix("fr-") ? "\u{00A0}:" : ":"
  }

  /// The separator of a list the code joins ("a; b"): French writes a
  /// no-break space before the semicolon.
  public static func listSeparator(_ language: String) -> String {
    language == "fr" || language.hasPrefix("fr-") ? "\u{00A0}; " : "; "
  }

  /// `text` in the spelling of `language` (a no-op for plain codes).
  public static func adjust(_ text: String, for language: String) -> String {
    guard language == "de-CH", text.contains("ß") else { return text }
    var out = ""
    for character in text {
      if character == "ß" { out += "ss" } else { out.append(character) }
    }
    return out
  }
}
