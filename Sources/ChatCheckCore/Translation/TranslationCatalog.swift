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
    // Read as UTF-8 bytes: every byte PO syntax looks at is ASCII, and a
    // catalog of 600 kB reads in a few milliseconds this way. Every line
    // break ends a line ("\r\n" as one), so a catalog saved with Windows
    // line endings reads the same; a leading byte-order mark is dropped.
    var text = text
    let failure: SyntaxError? = text.withUTF8 { bytes in
      var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var lineNumber = 0
      while start <= bytes.count {
        let (end, next) = Self.lineEnd(in: bytes, from: start)
        lineNumber += 1
        do throws(SyntaxError) { try parser.take(bytes[start..<end], at: lineNumber) } catch { return error }
        start = next
      }
      return nil
    }
    if let failure { throw failure }
    try parser.finish()
    return TranslationCatalog(language: language, file: file, entries: parser.entries)
  }

  /// Where the line starting at `start` ends, and where the next one
  /// starts (past `bytes.count` after the last line): at LF, VT, FF, CR,
  /// CR LF, NEL, LS or PS, the line breaks `Character.isNewline` knows.
  static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, next: Int) {
    var i = start
    while i < bytes.count {
      switch bytes[i] {
      case 0x0A, 0x0B, 0x0C: return (i, i + 1)
      case 0x0D: return (i, i + 1 < bytes.count && bytes[i + 1] == 0x0A ? i + 2 : i + 1)
      case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0x85: return (i, i + 2)
      case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9): return (i, i + 3)
      default: i += 1
      }
    }
    return (bytes.count, bytes.count + 1)
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

  mutating func take(_ line: Slice<UnsafeBufferPointer<UInt8>>, at number: Int) throws(TranslationCatalog.SyntaxError) {
    let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }
    guard let first = trimmed.first else {
      try flush()
      return
    }
    if first == UInt8(ascii: "#") {
      // A comment starts the next entry when a translation was read.
      if translation != nil { try flush() }
      if trimmed.starts(with: [UInt8(ascii: "#"), UInt8(ascii: ",")])
        && String(decoding: trimmed, as: UTF8.self).split(separator: ",").contains(where: {
          String($0).trimmingCharacters(in: .whitespaces) == "fuzzy"
        })
      {
        fuzzy = true
      }
      return
    }
    if first == UInt8(ascii: "\"") {
      guard let field else { throw .init(line: number, message: "a continued string with no msgctxt, msgid or msgstr before it") }
      let text = try Self.unquote(trimmed, at: number)
      switch field {
      case .context: context! += text
      case .source: source! += text
      case .translation: translation! += text
      }
      return
    }
    let keywordBytes = trimmed.prefix { $0 != 0x20 && $0 != 0x09 && $0 != UInt8(ascii: "\"") }
    let rest = trimmed.dropFirst(keywordBytes.count).drop { $0 == 0x20 || $0 == 0x09 }
    let keyword = String(decoding: keywordBytes, as: UTF8.self)
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
  static func unquote(_ s: Slice<UnsafeBufferPointer<UInt8>>, at line: Int) throws(TranslationCatalog.SyntaxError) -> String {
    var end = s.endIndex
    while end > s.startIndex && (s[end - 1] == 0x20 || s[end - 1] == 0x09) { end -= 1 }
    let quote = UInt8(ascii: "\"")
    guard end - s.startIndex >= 2, s[s.startIndex] == quote, s[end - 1] == quote else {
      throw .init(line: line, message: "expected a string in double quotes")
    }
    var out: [UInt8] = []
    out.reserveCapacity(end - s.startIndex)
    var escaped = false
    var i = s.startIndex + 1
    while i < end - 1 {
      let byte = s[i]
      if escaped {
        switch byte {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "\\"), quote: out.append(byte)
        default:
          let character = String(decoding: s[i..<(end - 1)], as: UTF8.self).first.map(String.init) ?? ""
          throw .init(line: line, message: "unknown escape '\\\(character)'")
        }
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == quote {
        throw .init(line: line, message: "a double quote inside a string must be written \\\"")
      } else {
        out.append(byte)
      }
      i += 1
    }
    if escaped { throw .init(line: line, message: "a string ends in a lone backslash") }
    return String(decoding: out, as: UTF8.self)
  }
}
