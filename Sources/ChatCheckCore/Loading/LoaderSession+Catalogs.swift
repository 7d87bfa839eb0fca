/// Reading the manifest's translation keys and the catalogs they name:
/// `translated_languages` come from `i18n/CODE.po` (each text keyed by
/// its context, translated from its English text); `unreviewed_languages`
/// are not yet checked by a counsellor who speaks them; `language_names`
/// gives each language's name in itself.
extension LoaderSession {
  /// The languages the YAML holds, and the manifest's language facts. The
  /// catalogs that can be read are put where every text read finds them.
  func readTranslations(_ m: Fields, _ r: YAMLReader, languages: [String]) -> ([String], LanguageInfo) {
    var info = LanguageInfo()
    let source = TranslationTemplate.sourceLanguage
    for (code, node) in r.identifiers(m["translated_languages"], "translated_languages") {
      if !languages.contains(code) {
        log.error(r.location(node), "translated language '\(code)' is not one of the languages (\(languages.joined(separator: ", ")))")
      } else if code == source {
        log.error(r.location(node), "'\(source)' cannot be translated from a catalog: catalogs are translated from it")
      } else if !info.translated.contains(code) {
        info.translated.append(code)
      }
    }
    if !info.translated.isEmpty && !languages.contains(source), let node = m["translated_languages"] {
      log.error(r.location(node), "translated languages need '\(source)' among the languages: catalogs are translated from it")
    }
    for (code, node) in r.identifiers(m["unreviewed_languages"], "unreviewed_languages") {
      if !languages.contains(code) {
        log.error(r.location(node), "unreviewed language '\(code)' is not one of the languages (\(languages.joined(separator: ", ")))")
      } else if !info.unreviewed.contains(code) {
        info.unreviewed.append(code)
      }
    }
    if let node = m["language_names"], let names = r.mapping(node, "language_names", allowed: languages, required: languages) {
      for (code, value) in names {
        guard let name = r.string(value, "the name of language '\(code)'") else { continue }
        r.checkText(name, at: value, "the name of language '\(code)'")
        info.names[code] = name
      }
    }
    let sourceLanguages = languages.filter { !info.translated.contains($0) }
    if catalogsWanted { texts.catalogs = info.translated.compactMap(readCatalog) }
    return (sourceLanguages, info)
  }

  /// The catalog of `language`, or nil (reported) when it is missing or
  /// not a valid catalog.
  private func readCatalog(_ language: String) -> TranslationCatalog? {
    let relative = ContentLayout.catalogFile(language)
    let display = displayPath(relative)
    guard let file = files[relative] else {
      log.error(SourceLocation(file: display, line: 1, column: 1), "the file is missing ('\(language)' is one of the translated_languages); run Content/i18n/update to start it")
      return nil
    }
    do {
      return try TranslationCatalog.parse(file.text, language: language, file: display)
    } catch {
      log.error(SourceLocation(file: display, line: error.line, column: 1), "catalog syntax: \(error.message)")
      return nil
    }
  }

  /// Catalog entries no text uses (a catalog not merged since a text was
  /// removed or renamed), and catalogs of languages not translated.
  func reportUnusedTranslations(translated: [String]) {
    for catalog in texts.catalogs {
      let unused = catalog.entries.values.filter { !texts.used.contains($0.context) }.sorted { $0.line < $1.line }
      for entry in unused.prefix(20) {
        log.warning(
          SourceLocation(file: catalog.file, line: entry.line, column: 1),
          "no text has the context \"\(entry.context)\"; run Content/i18n/update to mark it obsolete")
      }
    }
    let read = Set(translated.map(ContentLayout.catalogFile))
    for (path, file) in files.sorted(by: { $0.key < $1.key })
    where path.hasPrefix(ContentLayout.catalogFolder + "/") && path.hasSuffix(".po") && !read.contains(path) && catalogsWanted {
      log.warning(
        SourceLocation(file: file.displayPath, line: 1, column: 1),
        "this catalog is not read: its language is not one of the manifest's translated_languages")
    }
  }
}
