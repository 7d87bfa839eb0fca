/// Text in every declared language, or one text for all languages (for
/// names such as "Take It Down" that are never translated).
public struct LocalizedText: Hashable, Sendable, Codable {
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

extension LocalizedText {
  /// A flat list `["=" + universal, or "-"; then lang, text, lang, text…]`:
  /// the most common value of the built-in content, so it is kept cheap
  /// to read.
  public init(from decoder: Decoder) throws {
    var list = try decoder.unkeyedContainer()
    let first = try list.decode(String.self)
    var translations: [String: String] = [:]
    while !list.isAtEnd {
      let language = try list.decode(String.self)
      translations[language] = try list.decode(String.self)
    }
    self.translations = translations
    self.universal = first.hasPrefix("=") ? String(first.dropFirst()) : nil
  }

  public func encode(to encoder: Encoder) throws {
    var list = encoder.unkeyedContainer()
    try list.encode(universal.map { "=" + $0 } ?? "-")
    for language in translations.keys.sorted() {
      try list.encode(language)
      try list.encode(translations[language]!)
    }
  }
}
