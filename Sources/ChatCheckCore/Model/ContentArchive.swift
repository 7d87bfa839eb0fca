/// The checked content as one string (`CompactCoding`): written at build
/// time, after the loader and lint found no error, and read at start
/// instead of the YAML.
extension Content {
  /// Everything `Content.init` takes.
  struct Archive: Codable {
    var languages: [String]
    var defaultLanguage: String
    var regionCodes: [String]
    var fallbackRegion: String
    var start: String
    var staleAfterDays: Int
    var cardBudget: Int?
    var facts: [FactDeclaration]
    var topics: [String]
    var roles: [String]
    var questions: [Question]
    var cards: [AdviceCard]
    var regions: [String: Region]
    var strings: [String: LocalizedText]
    var invariants: [Invariant]
    var manifestLocation: SourceLocation
    var stories: [LearnStory]
  }

  /// The content in the compact format.
  public func archived() throws -> String {
    try CompactCoding.encode(Archive(
      languages: languages, defaultLanguage: defaultLanguage, regionCodes: regionCodes,
      fallbackRegion: fallbackRegion, start: start, staleAfterDays: staleAfterDays, cardBudget: cardBudget,
      facts: facts, topics: topics, roles: roles, questions: questions, cards: cards, regions: regions,
      strings: strings, invariants: invariants, manifestLocation: manifestLocation, stories: stories))
  }

  /// Content read back from `archived()`.
  public static func unarchived(_ text: String) throws -> Content {
    let a = try CompactCoding.decode(Archive.self, from: text)
    return Content(
      languages: a.languages, defaultLanguage: a.defaultLanguage, regionCodes: a.regionCodes,
      fallbackRegion: a.fallbackRegion, start: a.start, staleAfterDays: a.staleAfterDays, cardBudget: a.cardBudget,
      facts: a.facts, topics: a.topics, roles: a.roles, questions: a.questions, cards: a.cards, regions: a.regions,
      strings: a.strings, invariants: a.invariants, manifestLocation: a.manifestLocation, stories: a.stories)
  }
}
