/// Reading the manifest (`chatcheck.yaml`): the languages, the regions,
/// the limits, the declared facts, topics, roles and stories, and the
/// invariants (`LoaderSession+Invariants`).
extension LoaderSession {
  /// What the manifest declares, checked, with the places later checks
  /// point at.
  struct Manifest {
    /// Every language offered, in the manifest's order.
    var languages: [String]
    /// The languages the YAML files hold (the others come from catalogs).
    var sourceLanguages: [String]
    var translation: LanguageInfo
    var defaultLanguage: String
    var regions: [String]
    var fallbackRegion: String
    var start: (value: String, location: SourceLocation)
    var staleAfterDays: Int
    var cardBudget: Int?
    var facts: [FactDeclaration]
    var topics: [(String, SourceLocation)]
    var roles: [(String, SourceLocation)]
    var invariants: [Invariant]
    /// Learning stories in the order the welcome screen lists them.
    var stories: [(String, SourceLocation)]
    var location: SourceLocation
  }

  static let manifestKeys = [
    "format", "languages", "default_language", "regions", "fallback_region", "start",
    "stale_after_days", "card_budget", "facts", "topics", "roles", "invariants", "stories",
    "translated_languages", "unreviewed_languages", "language_names",
  ]
  static let requiredManifestKeys = ["format", "languages", "regions", "fallback_region", "start", "facts", "topics", "roles"]

  /// The manifest; nil when it is missing or declares no language or no
  /// start (nothing else can be checked without them).
  func readManifest() -> Manifest? {
    guard let (r, root) = document(ContentLayout.manifest),
      let m = r.mapping(root, "the manifest", allowed: Self.manifestKeys, required: Self.requiredManifestKeys)
    else { return nil }
    if let node = m["format"], let format = r.string(node, "format"), format != "1" {
      log.error(r.location(node), "format '\(format)' is not supported; this ChatCheck reads format 1")
    }
    guard var (languages, defaultLanguage) = readLanguages(m, r, root: root) else { return nil }
    let (sourceLanguages, info) = readTranslations(m, r, languages: languages)
    if !catalogsWanted {
      // Without catalogs only the YAML's own languages exist (an error
      // already says when there are none).
      guard let first = sourceLanguages.first else { return nil }
      languages = sourceLanguages
      if !languages.contains(defaultLanguage) { defaultLanguage = first }
    }
    let (regions, fallbackRegion) = readRegions(m, r)
    let staleAfterDays = readCount(m["stale_after_days"], r, "stale_after_days", of: "days") ?? 365
    let cardBudget = readCount(m["card_budget"], r, "card_budget", of: "cards")
    let facts = readFacts(m["facts"], r, languages: sourceLanguages)
    let topics = readUniqueIDs(m["topics"], r, "topics", "topic")
    let roles = readUniqueIDs(m["roles"], r, "roles", "resource role")
    let stories = readUniqueIDs(m["stories"], r, "stories", "story")
    let invariants = readInvariants(m["invariants"], r)
    guard let startNode = m["start"], let start = r.identifier(startNode, "start") else { return nil }
    return Manifest(
      languages: languages, sourceLanguages: sourceLanguages, translation: info, defaultLanguage: defaultLanguage, regions: regions, fallbackRegion: fallbackRegion,
      start: (start, r.location(startNode)), staleAfterDays: staleAfterDays, cardBudget: cardBudget,
      facts: facts, topics: topics, roles: roles, invariants: invariants, stories: stories, location: r.location(root))
  }

  /// The content's languages (two-letter lower-case codes) and the default
  /// one (the first unless `default_language` names another); nil when
  /// none is valid.
  private func readLanguages(_ m: Fields, _ r: YAMLReader, root: Node) -> ([String], String)? {
    var codes: [String] = []
    for (code, node) in r.identifiers(m["languages"], "languages") {
      if code.count != 2 || !code.allSatisfy({ $0.isLowercase }) {
        log.error(r.location(node), "language '\(code)' must be a two-letter lower-case code such as 'de'")
      } else if codes.contains(code) {
        log.error(r.location(node), "language '\(code)' is listed twice")
      } else {
        codes.append(code)
      }
    }
    guard let first = codes.first else {
      log.error(r.location(root), "declare at least one language")
      return nil
    }
    guard let node = m["default_language"], let code = r.identifier(node, "default_language") else { return (codes, first) }
    guard codes.contains(code) else {
      log.error(r.location(node), "default_language '\(code)' is not one of the languages (\(codes.joined(separator: ", ")))")
      return (codes, first)
    }
    return (codes, code)
  }

  /// The region codes (two upper-case letters or `INT`) and the fallback
  /// region (the first unless `fallback_region` names another).
  private func readRegions(_ m: Fields, _ r: YAMLReader) -> ([String], String) {
    var codes: [String] = []
    for (code, node) in r.identifiers(m["regions"], "regions") {
      if !(code.count == 2 || code == "INT") || !code.allSatisfy({ $0.isUppercase }) {
        log.error(r.location(node), "region '\(code)' must be a two-letter upper-case country code or INT")
      } else if codes.contains(code) {
        log.error(r.location(node), "region '\(code)' is listed twice")
      } else {
        codes.append(code)
      }
    }
    let first = codes.first ?? "INT"
    guard let node = m["fallback_region"], let code = r.identifier(node, "fallback_region") else { return (codes, first) }
    guard codes.contains(code) else {
      log.error(r.location(node), "fallback_region '\(code)' is not one of the regions")
      return (codes, first)
    }
    return (codes, code)
  }

  /// A whole number above 0; `unit` names what it counts, for the message.
  private func readCount(_ node: Node?, _ r: YAMLReader, _ key: String, of unit: String) -> Int? {
    guard let node, let text = r.string(node, key) else { return nil }
    if let count = Int(text), count > 0 { return count }
    log.error(r.location(node), "\(key) must be a whole number of \(unit) above 0, found '\(text)'")
    return nil
  }

  /// The declared facts, each with a label in every language.
  private func readFacts(_ node: Node?, _ r: YAMLReader, languages: [String]) -> [FactDeclaration] {
    var facts: [FactDeclaration] = []
    var ids: Set<String> = []
    for item in r.list(node, "facts") ?? [] {
      guard let f = r.mapping(item, r.peekID(item).map { "fact '\($0)'" } ?? "a fact", allowed: ["id", "label"], required: ["id", "label"]),
        let id = r.identifier(f["id"], "a fact's id"),
        let label = r.localized(f["label"], "the label of fact '\(id)'", languages: languages)
      else { continue }
      if !ids.insert(id).inserted {
        log.error(r.location(f["id"]!), "duplicate fact id '\(id)'")
        continue
      }
      facts.append(FactDeclaration(id: id, label: label, location: r.location(item)))
    }
    return facts
  }

  /// A list of ids under `key`, each once (a repeat is reported as a
  /// duplicate `what`), with their places.
  private func readUniqueIDs(_ node: Node?, _ r: YAMLReader, _ key: String, _ what: String) -> [(String, SourceLocation)] {
    var result: [(String, SourceLocation)] = []
    var ids: Set<String> = []
    for (id, item) in r.identifiers(node, key) {
      if ids.insert(id).inserted {
        result.append((id, r.location(item)))
      } else {
        log.error(r.location(item), "duplicate \(what) '\(id)'")
      }
    }
    return result
  }
}
