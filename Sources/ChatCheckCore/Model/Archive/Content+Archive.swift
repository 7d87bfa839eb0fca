/// The checked content as one string: written at build time, after the
/// loader and lint found no error, and read at start instead of the YAML.
/// Positional (`ArchiveWriter`/`ArchiveReader`): each type writes its
/// fields in a fixed order in `write(to:)` and reads them back in the same
/// order in `init(from:)`, beside it; a test round-trips every fixture.
extension Content {
  /// The content in the archive format: the languages, then each
  /// language's texts as one block (its byte length first, so a start that
  /// does not need it steps over it at once), then the model, whose
  /// localized texts point into the blocks.
  public func archived() -> String {
    var body = ArchiveWriter()
    body.languages = languages
    write(to: &body)
    var w = ArchiveWriter()
    w.strings(languages)
    w.string(defaultLanguage)
    w.int(body.tables.count)
    for language in body.tables.keys.sorted() {
      var block = ArchiveWriter()
      block.strings(body.tables[language]!)
      w.string(language)
      w.int(block.text.utf8.count)
      w.text += block.text
    }
    return w.text + body.text
  }

  /// Content read back from `archived()`. With `languages`, only their
  /// texts are decoded (the others are skipped unread), so a start costs
  /// the same however many languages the archive holds; `loadedLanguages`
  /// then says which it has.
  public static func unarchived(_ archive: String, languages: [String]? = nil) throws -> Content {
    var text = archive
    return try text.withUTF8 { bytes throws(Malformed) -> Content in
      var r = ArchiveReader(bytes)
      r.languages = languages
      try r.readTables()
      let content = try Content(from: &r)
      guard r.isAtEnd else { throw r.fail("bytes after the end") }
      return content
    }
  }

  /// The languages an archive offers and its default, read from its
  /// first bytes only (to choose the one language a start decodes).
  public static func archivedLanguages(_ archive: String) throws -> (languages: [String], defaultLanguage: String) {
    var text = archive
    var languages: [String] = []
    var defaultLanguage = ""
    try text.withUTF8 { bytes throws -> Void in
      var r = ArchiveReader(bytes)
      languages = try r.strings()
      defaultLanguage = try r.string()
    }
    return (languages, defaultLanguage)
  }

  convenience init(from r: inout ArchiveReader) throws(Malformed) {
    let languages = try r.strings()
    let defaultLanguage = try r.string()
    let languageInfo = LanguageInfo(
      names: try r.dictionary { (r: inout ArchiveReader) throws(Malformed) in try r.string() },
      translated: try r.strings(), unreviewed: try r.strings())
    let regionCodes = try r.strings()
    let fallbackRegion = try r.string()
    let start = try r.string()
    let staleAfterDays = try r.int()
    let cardBudget = try r.optional { (r: inout ArchiveReader) throws(Malformed) in try r.int() }
    let facts: [FactDeclaration] = try r.list()
    let topics = try r.strings()
    let roles = try r.strings()
    let questions: [Question] = try r.list()
    let cards: [AdviceCard] = try r.list()
    var regions: [String: Region] = [:]
    for region in try r.list(Region.self) { regions[region.code] = region }
    let strings: [String: LocalizedText] = try r.dictionary()
    let invariants: [Invariant] = try r.list()
    let manifestLocation: SourceLocation = try r.read()
    let stories: [LearnStory] = try r.list()
    self.init(
      languages: languages, defaultLanguage: defaultLanguage, languageInfo: languageInfo,
      loadedLanguages: r.languages.map { wanted in languages.filter(wanted.contains) }, regionCodes: regionCodes,
      fallbackRegion: fallbackRegion, start: start, staleAfterDays: staleAfterDays, cardBudget: cardBudget,
      facts: facts, topics: topics, roles: roles, questions: questions, cards: cards, regions: regions,
      strings: strings, invariants: invariants, manifestLocation: manifestLocation, stories: stories)
  }

  /// Regions are written in the order of their codes and keyed by their
  /// code when read back.
  func write(to w: inout ArchiveWriter) {
    w.strings(languages)
    w.string(defaultLanguage)
    w.dictionary(languageInfo.names) { $0.string($1) }
    w.strings(languageInfo.translated)
    w.strings(languageInfo.unreviewed)
    w.strings(regionCodes)
    w.string(fallbackRegion)
    w.string(start)
    w.int(staleAfterDays)
    w.optional(cardBudget) { $0.int($1) }
    w.list(facts)
    w.strings(topics)
    w.strings(roles)
    w.list(questions)
    w.list(cards)
    w.list(regions.keys.sorted().map { regions[$0]! })
    w.dictionary(strings)
    w.list(invariants)
    w.write(manifestLocation)
    w.list(stories)
  }
}

extension ArchiveReader {
  /// The header and the language blocks: the wanted languages' texts are
  /// decoded, every other block is stepped over by its length.
  mutating func readTables() throws(Malformed) {
    _ = try strings()
    _ = try string()
    let count = try int()
    guard count >= 0, count <= bytes.count - index else { throw fail("a table list past the end") }
    for _ in 0..<count {
      let language = try string()
      let length = try int()
      guard length >= 0, length <= bytes.count - index else { throw fail("a table past the end") }
      if languages?.contains(language) ?? true {
        let end = index + length
        tables[language] = try strings()
        guard index == end else { throw fail("a table of the wrong length") }
      } else {
        index += length
      }
    }
  }
}

extension SourceLocation: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    file = try r.string()
    line = try r.int()
    column = try r.int()
  }

  func write(to w: inout ArchiveWriter) {
    w.string(file)
    w.int(line)
    w.int(column)
  }
}

/// A universal text has no translations. A text in every language of the
/// content is one slot of the language blocks ("a" and the slot); any
/// other (a fixture's partial text) carries its languages itself ("e").
/// A language not decoded is left out.
extension LocalizedText: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    let universal = try r.optionalString()
    switch try r.flag() {
    case 0x61:  // "a": a slot of the tables (every language)
      self = try r.tableSlot(universal: universal)
    case 0x65:  // "e": its own languages, written here
      let all = try r.dictionary { (r: inout ArchiveReader) throws(Malformed) in try r.string() }
      self.init(translations: r.languages.map { wanted in all.filter { wanted.contains($0.key) } } ?? all)
      self.universal = universal
    default:
      throw r.fail("not a localized text")
    }
  }

  func write(to w: inout ArchiveWriter) {
    w.optionalString(universal)
    let mark = w.text.endIndex
    w.text += "a"
    if !w.tableSlot(translations) {
      w.text.replaceSubrange(mark..., with: "e")
      w.dictionary(translations) { $0.string($1) }
    }
  }
}
