/// Filling a text's other languages from the translation catalogs, with
/// the checks a translation must pass: it exists, it was made from the
/// current source text, nobody marked it fuzzy, it keeps every number,
/// address and placeholder of its source, and it is safe for a terminal.
extension YAMLReader {
  /// `place` is the text's place in the YAML, where a missing entry is
  /// reported when its catalog has no line for it.
  func translate(_ translations: inout LocalizedText, _ what: String, _ log: TextLog, at place: SourceLocation) {
    log.used.insert(what)
    let source = translations.translation(TranslationTemplate.sourceLanguage) ?? ""
    let kept = KeptTokens.tokens(source)
    for catalog in log.catalogs {
      guard let entry = catalog.entries[what], !entry.translation.isBlank(.whitespacesAndNewlines) else {
        let entryPlace = catalog.entries[what].map { SourceLocation(file: catalog.file, line: $0.line, column: 1) }
        self.log.error(
          entryPlace ?? place,
          "\(what): no '\(catalog.language)' translation in \(catalog.file); run Content/i18n/update, then translate it")
        continue
      }
      let place = SourceLocation(file: catalog.file, line: entry.line, column: 1)
      translations.set(catalog.language, entry.translation)
      if entry.source != source {
        self.log.error(place, "\(what): translated from an older '\(TranslationTemplate.sourceLanguage)' text; run Content/i18n/update, then translate it again")
      } else if entry.fuzzy {
        self.log.error(place, "\(what): the '\(catalog.language)' translation is marked fuzzy (its source text changed); check it, then remove the fuzzy flag")
      }
      let dropped = KeptTokens.dropped(kept, in: entry.translation)
      if !dropped.isEmpty {
        self.log.error(place, "\(what): the '\(catalog.language)' translation drops \(dropped.map { "'\($0)'" }.joined(separator: ", ")) of its source text; keep numbers, addresses and {placeholders} as they are")
      }
      if let (scalar, kind) = TerminalText.firstProblem(in: entry.translation, allowNewlines: true) {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        self.log.error(place, "\(what): the '\(catalog.language)' translation contains the invisible or control character \(code) (\(kind)); remove it")
      }
    }
  }
}
