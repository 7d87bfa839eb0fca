/// The result of loading a content folder: the content (nil when any error
/// was found) and every diagnostic.
public struct LoadResult: Sendable {
  public var content: Content?
  public var diagnostics: [Diagnostic]
  /// Every translatable text read, in reading order (for the template).
  public var texts: [SourceText] = []

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// Reads and checks a content folder's files. Every structural problem is
/// reported with its place; path analysis and invariants are `Linter`'s.
public enum ContentLoader {
  /// Loads `files` (every file of the folder). `folderName` names the
  /// folder in diagnostics about missing files; `requiring` are the UI
  /// strings the front ends that will show it need.
  /// `catalogs: false` reads only the languages the YAML holds (for the
  /// translation template, which must not depend on the translations).
  /// `keepingTexts: false` leaves `LoadResult.texts` empty, for a load
  /// that makes no template (lint of 100,000 questions would keep 400,000).
  public static func load(
    _ files: [ContentFile], folderName: String, requiring: RequiredStrings = RendererStrings.required,
    catalogs: Bool = true, keepingTexts: Bool = true
  ) -> LoadResult {
    let log = DiagnosticLog()
    let session = LoaderSession(files: files, folder: folderName, log: log, requiring: requiring)
    session.catalogsWanted = catalogs
    session.texts.keepsTexts = keepingTexts
    let content = session.run()
    return LoadResult(content: log.hasErrors ? nil : content, diagnostics: log.sorted, texts: session.texts.texts)
  }
}

/// One load: file lookup plus the references collected while reading, which
/// are checked once everything is read.
final class LoaderSession {
  let files: [String: ContentFile]
  let folder: String
  let log: DiagnosticLog
  let requiring: RequiredStrings
  /// The translatable texts read so far, and the catalogs.
  let texts = TextLog()
  /// Whether `translated_languages` are read from their catalogs.
  var catalogsWanted = true

  init(files: [ContentFile], folder: String, log: DiagnosticLog, requiring: RequiredStrings) {
    var byPath: [String: ContentFile] = [:]
    for file in files { byPath[file.relativePath] = file }
    self.files = byPath
    self.folder = folder
    self.log = log
    self.requiring = requiring
  }

  func displayPath(_ relative: String) -> String {
    files[relative]?.displayPath ?? (folder.isEmpty ? relative : "\(folder)/\(relative)")
  }

  /// Parses a required file; reports it missing.
  /// With `streaming`, the items of the list under that top-level key go
  /// to `each` as they are read, and the document keeps it empty
  /// (`YAMLParser.ItemStream`).
  func document(
    _ relative: String, streaming key: String? = nil, _ each: @escaping (YAMLReader, Node) -> Void = { _, _ in }
  ) -> (YAMLReader, Node)? {
    let reader = YAMLReader(file: displayPath(relative), log: log, texts: texts)
    guard let file = files[relative] else {
      log.error(SourceLocation(file: reader.file, line: 1, column: 1), "the file is missing")
      return nil
    }
    let stream = key.map { YAMLParser.ItemStream(key: $0) { node in each(reader, node) } }
    guard let node = reader.parse(file.text, streaming: stream) else { return nil }
    return (reader, node)
  }

  /// Facts named in `sets:`.
  var factUses: [(fact: String, location: SourceLocation)] = []
  /// Every `next:` that names a question.
  var nextUses: [(target: String, location: SourceLocation)] = []
  /// Every parsed condition with its source, for fact checks.
  var conditionUses: [(condition: Condition, reader: YAMLReader, node: Node, what: String)] = []
  /// Topics and roles named by cards, resources and invariants.
  var topicUses: [(topic: String, location: SourceLocation)] = []
  var roleUses: [(role: String, location: SourceLocation)] = []
  /// Resource ids seen so far, unique across all regions.
  var resourceIDs: Set<String> = []
  /// False when questions.yaml could not be read at all (so graph checks
  /// would only repeat that error).
  var questionsRead = false

  func run() -> Content? {
    guard let manifest = readManifest() else { return nil }
    let languages = manifest.sourceLanguages
    let questions = readQuestions(languages: languages)
    let cards = readCards(languages: languages)
    let strings = readStrings(languages: languages, hasStories: !manifest.stories.isEmpty)
    var regions: [String: Region] = [:]
    for code in manifest.regions {
      if let region = readRegion(code, languages: languages) { regions[code] = region }
    }
    let stories = readStories(manifest.stories, languages: languages)
    reportUnusedFiles(regions: manifest.regions, stories: manifest.stories.map(\.0))
    reportUnusedTranslations(translated: manifest.translation.translated)

    let content = Content(
      languages: manifest.languages, defaultLanguage: manifest.defaultLanguage, languageInfo: manifest.translation,
      regionCodes: manifest.regions, fallbackRegion: manifest.fallbackRegion,
      start: manifest.start.value, staleAfterDays: manifest.staleAfterDays, cardBudget: manifest.cardBudget,
      facts: manifest.facts, topics: manifest.topics.map(\.0), roles: manifest.roles.map(\.0),
      questions: questions, cards: cards, regions: regions, strings: strings,
      invariants: manifest.invariants, manifestLocation: manifest.location, stories: stories)
    ContentChecks(content: content, session: self, manifest: manifest).run()
    return content
  }

  /// Parses a `when:`; a missing one means "always". Syntax errors and
  /// undeclared facts are checked later with the fact list, so here only
  /// syntax is reported.
  func readCondition(_ node: Node?, _ r: YAMLReader, _ what: String) -> Condition {
    guard let node, let text = r.string(node, what) else { return .always }
    do {
      let condition = try ConditionParser.parse(text)
      conditionUses.append((condition, r, node, what))
      return condition
    } catch {
      log.error(r.location(node, offset: error.offset), "\(what): \(error.message)")
      return .always
    }
  }
}
