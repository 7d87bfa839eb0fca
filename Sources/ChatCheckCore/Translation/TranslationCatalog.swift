/// One language's translations, read from its gettext catalog
/// (`i18n/LANG.po`): each entry's context (`msgctxt`, the text's stable
/// id), the source text it was translated from (`msgid`), the translation
/// (`msgstr`), and whether a translator or `msgmerge` marked it fuzzy.
/// Obsolete entries (`#~`), previous source texts (`#|`) and comments are
/// skipped; plural forms are not used by ChatCheck and are reported.
public struct TranslationCatalog: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var context: String
    public var source: String
    public var translation: String
    public var fuzzy: Bool
    /// The line of the entry's `msgctxt` (or `msgid`) in the catalog.
    public var line: Int
  }

  public struct SyntaxError: Error, Equatable {
    public var line: Int
    public var message: String
  }

  public var language: String
  /// The file, as diagnostics name it.
  public var file: String
  /// Entries by context.
  public var entries: [String: Entry]

  /// Parses the text of a PO file. Entries without a context (the header)
  /// are skipped; a context given twice is an error.
  public static func parse(_ text: String, language: String, file: String) throws(SyntaxError) -> TranslationCatalog {
    var parser = CatalogParser()
    var lineNumber = 0
    // "\r\n" is one Character in Swift: split on every line break, so a
    // catalog saved with Windows line endings reads the same; a leading
    // byte-order mark is dropped.
    let body = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
    for line in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      try parser.take(line, at: lineNumber)
    }
    try parser.finish()
    return TranslationCatalog(language: language, file: file, entries: parser.entries)
  }
}

/// The line-by-line state of `TranslationCatalog.parse`.
private struct CatalogParser {
  enum Field { case context, source, translation }

  var entries: [String: TranslationCatalog.Entry] = [:]
  var context: String?
  var source: String?
  var translation: String?
  var fuzzy = false
  var field: Field?
  var startLine = 0

  mutating func take(_ line: Substring, at number: Int) throws(TranslationCatalog.SyntaxError) {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    if trimmed.isEmpty {
      try flush()
      return
    }
    if trimmed.hasPrefix("#") {
      // A comment starts the next entry when a translation was read.
      if translation != nil { try flush() }
      if trimmed.hasPrefix("#,") && trimmed.split(separator: ",").contains(where: { String($0).trimmingCharacters(in: .whitespaces) == "fuzzy" }) {
        fuzzy = true
      }
      return
    }
    if trimmed.hasPrefix("\"") {
      guard let field else { throw .init(line: number, message: "a continued string with no msgctxt, msgid or msgstr before it") }
      let text = try Self.unquote(trimmed, at: number)
      switch field {
      case .context: context! += text
      case .source: source! += text
      case .translation: translation! += text
      }
      return
    }
    let keyword = trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "\"" }
    let rest = trimmed.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
    switch keyword {
    case "msgctxt":
      if translation != nil { try flush() }
      guard context == nil, source == nil else { throw .init(line: number, message: "msgctxt must come first in an entry") }
      startLine = number
      context = try Self.unquote(rest, at: number)
      field = .context
    case "msgid":
      if translation != nil { try flush() }
      guard source == nil else { throw .init(line: number, message: "a second msgid in one entry") }
      if context == nil { startLine = number }
      source = try Self.unquote(rest, at: number)
      field = .source
    case "msgstr":
      guard source != nil, translation == nil else { throw .init(line: number, message: "msgstr without its msgid") }
      translation = try Self.unquote(rest, at: number)
      field = .translation
    case "msgid_plural", "msgstr[0]", "msgstr[1]", "msgstr[2]":
      throw .init(line: number, message: "plural forms are not used by ChatCheck's texts")
    default:
      throw .init(line: number, message: "expected msgctxt, msgid, msgstr, a quoted string or a comment, found '\(keyword.prefix(20))'")
    }
  }

  mutating func finish() throws(TranslationCatalog.SyntaxError) { try flush() }

  mutating func flush() throws(TranslationCatalog.SyntaxError) {
    defer {
      context = nil
      source = nil
      translation = nil
      fuzzy = false
      field = nil
    }
    guard context != nil || source != nil else { return }
    guard let source, let translation else {
      throw .init(line: startLine, message: "an entry without its \(source == nil ? "msgid" : "msgstr")")
    }
    guard let context else { return }  // the header, or a text ChatCheck does not key
    guard entries[context] == nil else {
      throw .init(line: startLine, message: "msgctxt \"\(context.prefix(60))\" is given twice")
    }
    entries[context] = .init(context: context, source: source, translation: translation, fuzzy: fuzzy, line: startLine)
  }

  /// The text of a PO string: `"…"` with `\\`, `\"`, `\n`, `\t` escapes.
  static func unquote(_ s: Substring, at line: Int) throws(TranslationCatalog.SyntaxError) -> String {
    let body = s.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
    guard body.count >= 2, body.first == "\"", body.last == "\"" else {
      throw .init(line: line, message: "expected a string in double quotes")
    }
    var out = ""
    var escaped = false
    for character in body.dropFirst().dropLast() {
      if escaped {
        switch character {
        case "n": out += "\n"
        case "t": out += "\t"
        case "\\", "\"": out.append(character)
        default: throw .init(line: line, message: "unknown escape '\\\(character)'")
        }
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "\"" {
        throw .init(line: line, message: "a double quote inside a string must be written \\\"")
      } else {
        out.append(character)
      }
    }
    if escaped { throw .init(line: line, message: "a string ends in a lone backslash") }
    return out
  }
}
