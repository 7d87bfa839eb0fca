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
    // Every byte PO syntax looks at is ASCII, so a line is read as UTF-8
    // bytes (a catalog of 600 kB in a few milliseconds) unless a character
    // in it joins its neighbour (a combining mark after a quote is part of
    // that character, not a quote); such a line is read as Characters.
    // Every line break ends a line ("\r\n" as one), so a catalog saved with
    // Windows line endings reads the same; a leading byte-order mark is
    // dropped.
    var text = text
    let failure: SyntaxError? = text.withUTF8 { bytes in
      var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var lineNumber = 0
      while start <= bytes.count {
        let (end, next) = Self.lineEnd(in: bytes, from: start)
        lineNumber += 1
        let line = bytes[start..<end]
        do throws(SyntaxError) {
          if TerminalText.hasOneScalarPerCharacter(utf8: line) {
            try parser.take(line, at: lineNumber)
          } else {
            let text = String(decoding: line, as: UTF8.self)
            try parser.take(Substring(text), at: lineNumber)
          }
        } catch {
          return error
        }
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

  /// Reads one line, as UTF-8 bytes or as Characters (`CatalogUnit`).
  mutating func take<Line: BidirectionalCollection>(_ line: Line, at number: Int) throws(TranslationCatalog.SyntaxError)
  where Line.Element: CatalogUnit, Line.SubSequence: BidirectionalCollection {
    typealias U = Line.Element
    let trimmed = line.drop { $0 == U.space || $0 == U.tab }
    guard let first = trimmed.first else {
      try flush()
      return
    }
    if first == U.hash {
      // A comment starts the next entry when a translation was read.
      if translation != nil { try flush() }
      if trimmed.starts(with: [U.hash, U.comma])
        && U.text(trimmed).split(separator: ",").contains(where: {
          String($0).trimmingCharacters(in: .whitespaces) == "fuzzy"
        })
      {
        fuzzy = true
      }
      return
    }
    if first == U.quote {
      guard let field else { throw .init(line: number, message: "a continued string with no msgctxt, msgid or msgstr before it") }
      let text = try Self.unquote(trimmed, at: number)
      switch field {
      case .context: context! += text
      case .source: source! += text
      case .translation: translation! += text
      }
      return
    }
    let keywordUnits = trimmed.prefix { $0 != U.space && $0 != U.tab && $0 != U.quote }
    let rest = trimmed.dropFirst(keywordUnits.count).drop { $0 == U.space || $0 == U.tab }
    let keyword = U.text(keywordUnits)
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
  static func unquote<Units: BidirectionalCollection>(_ s: Units, at line: Int) throws(TranslationCatalog.SyntaxError) -> String
  where Units.Element: CatalogUnit {
    typealias U = Units.Element
    var end = s.endIndex
    while end > s.startIndex, case let last = s[s.index(before: end)], last == U.space || last == U.tab { end = s.index(before: end) }
    let body = s[s.startIndex..<end]
    guard body.count >= 2, body.first == U.quote, body.last == U.quote else {
      throw .init(line: line, message: "expected a string in double quotes")
    }
    var out: [U] = []
    var escaped = false
    let inner = body.dropFirst().dropLast()
    var i = inner.startIndex
    while i < inner.endIndex {
      let unit = inner[i]
      if escaped {
        switch unit {
        case U.letterN: out.append(U.newline)
        case U.letterT: out.append(U.tab)
        case U.backslash, U.quote: out.append(unit)
        default:
          let character = U.text(inner[i...]).first.map(String.init) ?? ""
          throw .init(line: line, message: "unknown escape '\\\(character)'")
        }
        escaped = false
      } else if unit == U.backslash {
        escaped = true
      } else if unit == U.quote {
        throw .init(line: line, message: "a double quote inside a string must be written \\\"")
      } else {
        out.append(unit)
      }
      i = inner.index(after: i)
    }
    if escaped { throw .init(line: line, message: "a string ends in a lone backslash") }
    return U.text(out)
  }
}

/// What the catalog parser reads a line as: UTF-8 bytes, or Characters
/// where a character of the line joins its neighbour.
protocol CatalogUnit: Equatable {
  static var space: Self { get }
  static var tab: Self { get }
  static var newline: Self { get }
  static var quote: Self { get }
  static var backslash: Self { get }
  static var hash: Self { get }
  static var comma: Self { get }
  static var letterN: Self { get }
  static var letterT: Self { get }
  /// The text of `units`.
  static func text<C: Collection>(_ units: C) -> String where C.Element == Self
}

extension UInt8: CatalogUnit {
  static var space: UInt8 { 0x20 }
  static var tab: UInt8 { 0x09 }
  static var newline: UInt8 { 0x0A }
  static var quote: UInt8 { UInt8(ascii: "\"") }
  static var backslash: UInt8 { UInt8(ascii: "\\") }
  static var hash: UInt8 { UInt8(ascii: "#") }
  static var comma: UInt8 { UInt8(ascii: ",") }
  static var letterN: UInt8 { UInt8(ascii: "n") }
  static var letterT: UInt8 { UInt8(ascii: "t") }
  static func text<C: Collection>(_ units: C) -> String where C.Element == UInt8 { String(decoding: units, as: UTF8.self) }
}

extension Character: CatalogUnit {
  static var space: Character { " " }
  static var tab: Character { "\t" }
  static var newline: Character { "\n" }
  static var quote: Character { "\"" }
  static var backslash: Character { "\\" }
  static var hash: Character { "#" }
  static var comma: Character { "," }
  static var letterN: Character { "n" }
  static var letterT: Character { "t" }
  static func text<C: Collection>(_ units: C) -> String where C.Element == Character { String(units) }
}
