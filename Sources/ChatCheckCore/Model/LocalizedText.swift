/// Text in every declared language, or one text for all languages (for
/// names such as "Take It Down" that are never translated).
public struct LocalizedText: Hashable, Sendable {
  /// Language code → text.
  public var translations: [String: String]
  /// Set when the YAML gave one plain string for all languages.
  public var universal: String?

  public init(translations: [String: String]) {
    self.translations = translations
    self.universal = nil
  }

  public init(universal: String) {
    self.translations = [:]
    self.universal = universal
  }

  /// The text for `language`; empty only if the content is broken (which
  /// the loader reports as a missing translation).
  public func text(_ language: String) -> String {
    if let universal { return Spelling.adjust(universal, for: language) }
    if let exact = translations[language] { return exact }
    guard let dash = language.firstIndex(of: "-") else { return "" }
    return Spelling.adjust(translations[String(language[..<dash])] ?? "", for: language)
  }
}

