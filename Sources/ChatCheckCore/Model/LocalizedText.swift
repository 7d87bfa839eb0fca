/// Text in every declared language, or one text for all languages (for
/// names such as "Take It Down" that are never translated).
public struct LocalizedText: Hashable, Sendable {
  /// One language's text.
  struct Entry: Hashable, Sendable {
    var language: String
    var text: String
  }

  /// The texts, sorted by language code. A text has one per language of
  /// the content (a start decodes one), so a short sorted list is smaller
  /// and quicker to read than a dictionary, and equal texts stay equal.
  private(set) var entries: [Entry]
  /// Set when the YAML gave one plain string for all languages.
  public var universal: String?

  /// Language code → text.
  public var translations: [String: String] {
    get { Dictionary(uniqueKeysWithValues: entries.map { ($0.language, $0.text) }) }
    set { entries = newValue.map { Entry(language: $0.key, text: $0.value) }.sorted { $0.language < $1.language } }
  }

  public init(translations: [String: String]) {
    self.entries = []
    self.universal = nil
    self.translations = translations
  }

  public init(universal: String) {
    self.entries = []
    self.universal = universal
  }

  /// Texts already sorted by language, each language once.
  init(sorted entries: [Entry]) {
    self.entries = entries
    self.universal = nil
  }

  /// No text yet, with room for `capacity` languages.
  init(capacity: Int) {
    self.entries = []
    self.entries.reserveCapacity(capacity)
    self.universal = nil
  }

  /// The text written for exactly `language`, if any.
  public func translation(_ language: String) -> String? {
    for entry in entries where entry.language == language { return entry.text }
    return nil
  }

  /// Sets the text for `language`, keeping the order.
  mutating func set(_ language: String, _ text: String) {
    if let index = entries.firstIndex(where: { $0.language >= language }) {
      if entries[index].language == language {
        entries[index].text = text
      } else {
        entries.insert(Entry(language: language, text: text), at: index)
      }
    } else {
      entries.append(Entry(language: language, text: text))
    }
  }

  /// The text for `language`; empty only if the content is broken (which
  /// the loader reports as a missing translation).
  public func text(_ language: String) -> String {
    if let universal { return Spelling.adjust(universal, for: language) }
    if let exact = translation(language) { return exact }
    guard let dash = language.firstIndex(of: "-") else { return "" }
    return Spelling.adjust(translation(String(language[..<dash])) ?? "", for: language)
  }
}
