/// Everything a user reads, loaded and checked: questions, advice, UI
/// strings and per-region resources. Immutable and shared by reference.
public final class Content: Sendable {
  /// Every language offered, in the manifest's order.
  public let languages: [String]
  /// The languages whose texts this copy holds: all of them, unless it was
  /// read from the archive for one session's language.
  public let loadedLanguages: [String]
  /// Names, catalogs and review state of the languages.
  public let languageInfo: LanguageInfo
  public let defaultLanguage: String
  /// Region codes in declared order; the fallback is one of them.
  public let regionCodes: [String]
  public let fallbackRegion: String
  public let start: String
  public let staleAfterDays: Int
  /// The most cards one result may show; nil: no limit.
  public let cardBudget: Int?
  public let facts: [FactDeclaration]
  public let topics: [String]
  public let roles: [String]
  public let questions: [Question]
  public let cards: [AdviceCard]
  public let regions: [String: Region]
  public let strings: [String: LocalizedText]
  public let invariants: [Invariant]
  /// The manifest's place, for diagnostics about the whole content.
  public let manifestLocation: SourceLocation
  /// Learning stories, in the order they are offered.
  public let stories: [LearnStory]

  private let questionIndex: [String: Int]
  private let factIndex: [String: Int]
  /// Region → role → its resources in file order.
  private let roleIndex: [String: [String: [Resource]]]

  public init(
    languages: [String], defaultLanguage: String, languageInfo: LanguageInfo = LanguageInfo(),
    loadedLanguages: [String]? = nil, regionCodes: [String],
    fallbackRegion: String, start: String, staleAfterDays: Int, cardBudget: Int?,
    facts: [FactDeclaration], topics: [String], roles: [String],
    questions: [Question], cards: [AdviceCard], regions: [String: Region],
    strings: [String: LocalizedText], invariants: [Invariant],
    manifestLocation: SourceLocation, stories: [LearnStory] = []
  ) {
    self.stories = stories
    self.languages = languages
    self.languageInfo = languageInfo
    self.loadedLanguages = loadedLanguages ?? languages
    self.defaultLanguage = defaultLanguage
    self.regionCodes = regionCodes
    self.fallbackRegion = fallbackRegion
    self.start = start
    self.staleAfterDays = staleAfterDays
    self.cardBudget = cardBudget
    self.facts = facts
    self.topics = topics
    self.roles = roles
    self.questions = questions
    self.cards = cards
    self.regions = regions
    self.strings = strings
    self.invariants = invariants
    self.manifestLocation = manifestLocation
    var qi: [String: Int] = [:]
    for (i, q) in questions.enumerated() where qi[q.id] == nil { qi[q.id] = i }
    questionIndex = qi
    var fi: [String: Int] = [:]
    for (i, f) in facts.enumerated() where fi[f.id] == nil { fi[f.id] = i }
    factIndex = fi
    var ri: [String: [String: [Resource]]] = [:]
    for (code, region) in regions {
      for resource in region.resources {
        for role in resource.roles { ri[code, default: [:]][role, default: []].append(resource) }
      }
    }
    roleIndex = ri
  }

  public func question(_ id: String) -> Question? {
    questionIndex[id].map { questions[$0] }
  }

  public func story(_ id: String) -> LearnStory? { stories.first { $0.id == id } }

  public func indexOfQuestion(_ id: String) -> Int? { questionIndex[id] }

  public func fact(_ id: String) -> FactDeclaration? {
    factIndex[id].map { facts[$0] }
  }

  /// A UI string in `language`, or the key itself if it is missing.
  public func string(_ key: String, _ language: String) -> String {
    strings[key]?.text(language) ?? key
  }

  /// Resources of `region` with `role` that serve the person affected's
  /// age, falling back to the fallback region when the region has none.
  public func resources(role: String, region: String, minor: Bool) -> [Resource] {
    let own = (roleIndex[region]?[role] ?? []).filter { $0.ages.serves(minor: minor) }
    if !own.isEmpty || region == fallbackRegion { return own }
    return (roleIndex[fallbackRegion]?[role] ?? []).filter { $0.ages.serves(minor: minor) && $0.offeredAsFallback }
  }
}

extension Content: Equatable {
  /// Field by field: equal when every field given to `init` is equal (the
  /// lookup indexes follow from those fields).
  public static func == (a: Content, b: Content) -> Bool {
    a === b
      || (a.languages == b.languages && a.defaultLanguage == b.defaultLanguage
        && a.languageInfo == b.languageInfo && a.loadedLanguages == b.loadedLanguages
        && a.regionCodes == b.regionCodes && a.fallbackRegion == b.fallbackRegion
        && a.start == b.start && a.staleAfterDays == b.staleAfterDays && a.cardBudget == b.cardBudget
        && a.facts == b.facts && a.topics == b.topics && a.roles == b.roles
        && a.questions == b.questions && a.cards == b.cards && a.regions == b.regions
        && a.strings == b.strings && a.invariants == b.invariants
        && a.manifestLocation == b.manifestLocation && a.stories == b.stories)
  }
}
