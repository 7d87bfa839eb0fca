/// One translatable text as the loader read it: where it stands, in words
/// a translator can follow ("the title of card 'webcam' for reader
/// 'parent'"), and its texts per language. The context is the text's
/// stable id in the translation catalogs (`msgctxt`).
public struct SourceText: Sendable, Equatable {
  public var context: String
  public var text: LocalizedText
  public var location: SourceLocation

  public init(context: String, text: LocalizedText, location: SourceLocation) {
    self.context = context
    self.text = text
    self.location = location
  }
}

/// The texts a load read, in reading order, and the catalogs that
/// translate them into the languages the YAML does not hold.
final class TextLog {
  var texts: [SourceText] = []
  /// Whether `texts` are kept: only the translation template needs them.
  var keepsTexts = true
  /// The catalogs of the manifest's `translated_languages` that could be
  /// read; each text read takes its translation from them.
  var catalogs: [TranslationCatalog] = []
  /// Contexts a text was looked up by (the same in every catalog).
  var used: Set<String> = []
}
