/// Reads one YAML file into located nodes (`YAMLParser`) and offers typed accessors
/// that report problems to a shared log instead of throwing, so a whole
/// file is checked in one pass. Each accessor's `what` names the thing in
/// messages; it is built only when a message needs it.
struct YAMLReader {
  let file: String
  let log: DiagnosticLog
  /// Where the translatable texts read are recorded, if anywhere.
  var texts: TextLog? = nil

  /// Parses `text`. Syntax errors and empty files are reported; the result
  /// is then nil. `stream` takes the items of one list as they are read
  /// (`YAMLParser.ItemStream`).
  func parse(_ text: String, streaming stream: YAMLParser.ItemStream? = nil) -> Node? {
    if text.isBlank(.whitespacesAndNewlines) {
      log.error(SourceLocation(file: file, line: 1, column: 1), "the file is empty")
      return nil
    }
    do {
      guard let node = try YAMLParser.parse(text, streaming: stream) else {
        log.error(SourceLocation(file: file, line: 1, column: 1), "the file holds no YAML document (only comments?)")
        return nil
      }
      return node
    } catch {
      log.error(SourceLocation(file: file, line: error.line, column: error.column), "YAML syntax: \(error.message)")
      return nil
    }
  }

  func location(_ node: Node) -> SourceLocation {
    guard let mark = node.mark else { return SourceLocation(file: file, line: 1, column: 1) }
    return SourceLocation(file: file, line: mark.line, column: mark.column)
  }

  /// The location of character `offset` inside a scalar (for conditions).
  func location(_ node: Node, offset: Int) -> SourceLocation {
    var loc = location(node)
    if case .scalar(let scalar) = node {
      let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
      loc.column += offset + (quoted ? 1 : 0)
    }
    return loc
  }

  static func kind(_ node: Node) -> String {
    switch node {
    case .scalar: return "a single value"
    case .mapping: return "a mapping (key: value lines)"
    case .sequence: return "a list"
    }
  }

  /// A mapping's entries by key. Reports a wrong type, duplicate keys,
  /// unknown keys (naming the allowed ones) and missing required keys.
  func mapping(
    _ node: Node, _ what: @autoclosure () -> String, allowed: [String], required: [String] = []
  ) -> Fields? {
    guard case .mapping(let mapping) = node else {
      log.error(location(node), "\(what()) must be a mapping (key: value lines), found \(Self.kind(node))")
      return nil
    }
    var entries = Fields(over: mapping)
    var misspelled: Set<String> = []
    for (pair, (keyNode, _)) in mapping.enumerated() {
      guard case .scalar(let key) = keyNode else {
        log.error(location(keyNode), "\(what()): keys must be plain words")
        continue
      }
      if entries[key.string] != nil {
        log.error(location(keyNode), "\(what()): duplicate key '\(key.string)'")
        continue
      }
      if !allowed.contains(key.string) {
        if let near = allowed.min(by: { Suggestion.distance($0, key.string) < Suggestion.distance($1, key.string) }),
          Suggestion.distance(near, key.string) <= max(1, key.string.count / 3)
        {
          misspelled.insert(near)
        }
        log.error(
          location(keyNode),
          "\(what()): unknown key '\(key.string)'\(Suggestion.didYouMean(key.string, allowed)); allowed: \(allowed.joined(separator: ", "))")
        continue
      }
      entries.accept(pair: pair)
    }
    for key in required where entries[key] == nil && !misspelled.contains(key) {
      log.error(location(node), "\(what()): missing required key '\(key)'")
    }
    return entries
  }

  /// The `id:` of a mapping, if it has a plain one, for naming the thing
  /// in messages before it is fully read.
  func peekID(_ node: Node) -> String? {
    guard case .mapping(let mapping) = node else { return nil }
    for (key, value) in mapping {
      if case .scalar(let k) = key, k.string == "id", case .scalar(let v) = value { return v.string }
    }
    return nil
  }

  /// A scalar's text, checked for control characters.
  func string(_ node: Node?, _ what: @autoclosure () -> String) -> String? {
    guard let node else { return nil }
    guard case .scalar(let scalar) = node else {
      log.error(location(node), "\(what()) must be a single value, found \(Self.kind(node))")
      return nil
    }
    checkText(scalar.string, at: node, what())
    return scalar.string
  }

  /// A scalar that must look like an identifier (ids, facts, topics…).
  func identifier(_ node: Node?, _ what: @autoclosure () -> String) -> String? {
    guard let value = string(node, what()), let node else { return nil }
    // ASCII letters, digits and "_.-", checked on the bytes.
    let ok = !value.isEmpty && value.utf8.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
        return true
      default:
        return false
      }
    }
    if !ok {
      log.error(location(node), "\(what()) '\(value)' may only use letters, digits, '_', '.' and '-'")
      return nil
    }
    return value
  }

  /// A list of nodes; a single value is reported as a wrong type.
  func list(_ node: Node?, _ what: @autoclosure () -> String) -> [Node]? {
    guard let node else { return nil }
    guard case .sequence(let sequence) = node else {
      log.error(location(node), "\(what()) must be a list (lines starting with '- '), found \(Self.kind(node))")
      return nil
    }
    return sequence.items
  }

  func identifiers(_ node: Node?, _ what: @autoclosure () -> String) -> [(String, Node)] {
    guard let items = list(node, what()) else { return [] }
    return items.compactMap { item in identifier(item, "an entry of \(what())").map { ($0, item) } }
  }

  /// Text in every language: a mapping of language → text, or one plain
  /// string when `universalAllowed`. Missing and unknown languages are
  /// reported.
  func localized(
    _ node: Node?, _ what: @autoclosure () -> String, languages: [String], universalAllowed: Bool = true
  ) -> LocalizedText? {
    guard let node else { return nil }
    switch node {
    case .scalar:
      guard let text = string(node, what()) else { return nil }
      if !universalAllowed {
        log.error(location(node), "\(what()) needs a text for each language (\(languages.joined(separator: ", "))), found one text for all")
      }
      if text.isBlank(.whitespaces) {
        log.error(location(node), "\(what()) is empty")
      }
      return LocalizedText(universal: text)
    case .mapping:
      guard let entries = mapping(node, what(), allowed: languages) else { return nil }
      var translations = LocalizedText(capacity: languages.count)
      for language in languages {
        guard let value = entries[language] else {
          log.error(location(node), "\(what()): missing translation for '\(language)'")
          continue
        }
        if let text = string(value, "\(what()) (\(language))") {
          if text.isBlank(.whitespacesAndNewlines) {
            log.error(location(value), "\(what()) (\(language)) is empty")
          }
          translations.set(language, text)
        }
      }
      // `what` is the text's context in the catalogs, built only when
      // there are catalogs or the texts are kept (for the template).
      guard let texts, texts.keepsTexts || !texts.catalogs.isEmpty else { return translations }
      let context = what()
      if !texts.catalogs.isEmpty { translate(&translations, context, texts, at: location(node)) }
      if texts.keepsTexts { texts.texts.append(SourceText(context: context, text: translations, location: location(node))) }
      return translations
    case .sequence:
      log.error(location(node), "\(what()) must be a text or a mapping of language to text, found a list")
      return nil
    }
  }

  /// Reports characters that must not reach a terminal (judged by Unicode
  /// category: controls other than line breaks and tabs, format
  /// characters such as bidi controls and zero widths, private use,
  /// surrogates, line and paragraph separators, invisible fillers).
  func checkText(_ text: String, at node: Node, _ what: @autoclosure () -> String) {
    if let (scalar, kind) = TerminalText.firstProblem(in: text, allowNewlines: true) {
      let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
      log.error(location(node), "\(what()) contains the invisible or control character \(code) (\(kind)); remove it")
    }
  }
}
