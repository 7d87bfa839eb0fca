/// The gettext template (`.pot`) of a content folder: one entry per
/// translatable text, its context as `msgctxt` and its text in the source
/// language as `msgid`. Translators' tools (Poedit, Weblate) open it, and
/// `msgmerge` marks a translation fuzzy when its source text changed.
public enum TranslationTemplate {
  /// The language translations are made from.
  public static let sourceLanguage = "en"

  /// The template of `texts`; each entry names the file and line it
  /// comes from.
  public static func pot(_ texts: [SourceText], source: String = sourceLanguage) -> String {
    var out = "# ChatCheck's texts, for translation. Made from Content/ by Content/i18n/update; do not edit.\n"
    out += "msgid \"\"\nmsgstr \"\"\n"
    out += "\"Project-Id-Version: ChatCheck\\n\"\n"
    out += "\"MIME-Version: 1.0\\n\"\n"
    out += "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    out += "\"Content-Transfer-Encoding: 8bit\\n\"\n"
    for entry in texts {
      out += "\n#: \(entry.location.file):\(entry.location.line)\n"
      out += "msgctxt \(quoted(entry.context))\n"
      out += "msgid \(quoted(entry.text.text(source)))\n"
      out += "msgstr \"\"\n"
    }
    return out
  }

  /// Contexts used by more than one text: each must be unique, or a
  /// translation could land on the wrong text.
  public static func duplicateContexts(_ texts: [SourceText]) -> [String] {
    var seen: Set<String> = []
    var twice: [String] = []
    for entry in texts where !seen.insert(entry.context).inserted && !twice.contains(entry.context) {
      twice.append(entry.context)
    }
    return twice
  }

  /// `text` as a PO string: in quotes, with `\`, `"`, newlines and tabs
  /// escaped.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for character in text {
      switch character {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.append(character)
      }
    }
    return out + "\""
  }
}
