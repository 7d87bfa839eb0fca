/// What the manifest says about the content's languages besides their
/// codes: each one's name in itself (for the language list), which are
/// translated from catalogs, and which no counsellor who speaks them has
/// checked yet (the screens say so in that language).
public struct LanguageInfo: Sendable, Equatable {
  /// Code → the language's name in that language ("Français").
  public var names: [String: String]
  /// Languages whose texts come from `i18n/CODE.po`.
  public var translated: [String]
  /// Languages not yet checked by a counsellor who speaks them.
  public var unreviewed: [String]

  public init(names: [String: String] = [:], translated: [String] = [], unreviewed: [String] = []) {
    self.names = names
    self.translated = translated
    self.unreviewed = unreviewed
  }

  /// The name of `language` in itself, or its code when none is declared.
  public func name(_ language: String) -> String { names[language] ?? language }
}
