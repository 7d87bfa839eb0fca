import ChatCheckCore
import ChatCheckEmbedded
import ChatCheckUI

/// Where content comes from: the built-in copy, or `--content DIR`.
enum ContentSource {
  /// The files of `folder`, or the embedded YAML files when it is nil (the
  /// catalogs are not embedded: the template is made without them).
  static func files(folder: String?) throws(ChatCheckError) -> (files: [ContentFile], name: String) {
    guard let folder else {
      let files = EmbeddedContent.files.map {
        ContentFile(relativePath: $0.path, displayPath: "Content/\($0.path)", text: $0.text)
      }
      return (files, "Content")
    }
    let root = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    guard FileSystem.isDirectory(root) else {
      let exists = FileSystem.kind(root) != nil
      throw ChatCheckError(.noInput, "--content \(TerminalText.escape(folder)): \(exists ? "is not a folder" : "no such folder")")
    }
    var files: [ContentFile] = []
    var total = 0
    for relative in try FileSystem.files(under: root) {
      let display = "\(root)/\(relative)"
      guard ContentLayout.isContentFile(relative) else { continue }
      let text = try FileSystem.readInside(root, relative, kind: .contentFile)
      total += text.utf8.count
      if total > InputLimits.contentFolderBytes {
        throw ChatCheckError(.dataError, "--content \(TerminalText.escape(folder)): more than \(InputLimits.contentFolderBytes) bytes of YAML and catalogs; a content folder may have at most \(InputLimits.contentFolderBytes)")
      }
      files.append(ContentFile(relativePath: relative, displayPath: TerminalText.escape(display), text: text))
    }
    return (files, root)
  }

  /// Lint of the built-in content: the build read the sources and their
  /// catalogs with the loader (stopping on any error) and kept the model
  /// and the loader's findings; lint proves its rules on that model in
  /// every language, which is exactly what the program shows, and reports
  /// the findings with its own.
  static func builtInLint(today: CivilDate) throws(ChatCheckError) -> LintReport {
    do {
      let content = try Content.unarchived(EmbeddedContent.archive)
      let findings = try Diagnostic.unarchived(EmbeddedContent.loaderFindings)
      return Linter.lint(content, loaderDiagnostics: findings, today: today)
    } catch {
      throw ChatCheckError(.internalError, "the built-in content cannot be read: \(error)")
    }
  }

  /// Loads the content for one language, which `choose` picks from the
  /// languages offered and the default (or throws). The built-in content
  /// decodes only that language's texts, so a start costs the same however
  /// many languages there are; `--content DIR` reads them all.
  static func load(
    folder: String?, choosing choose: ([String], String) throws(ChatCheckError) -> String
  ) throws(ChatCheckError) -> (content: Content, language: String) {
    if folder == nil {
      // Checked when the binary was built: no YAML to read at start.
      let offered: (languages: [String], defaultLanguage: String)
      do {
        offered = try Content.archivedLanguages(EmbeddedContent.archive)
      } catch {
        throw ChatCheckError(.internalError, "the built-in content cannot be read: \(error)")
      }
      let language = try choose(offered.languages, offered.defaultLanguage)
      do {
        return (try Content.unarchived(EmbeddedContent.archive, languages: [language]), language)
      } catch {
        throw ChatCheckError(.internalError, "the built-in content cannot be read: \(error)")
      }
    }
    let (files, name) = try files(folder: folder)
    let result = ContentLoader.load(files, folderName: name, requiring: FrontEndStrings.all, keepingTexts: false)
    guard let content = result.content else {
      throw ChatCheckError(.dataError, result.errors.map { "\($0.location): \($0.message)" })
    }
    return (content, try choose(content.languages, content.defaultLanguage))
  }

  /// Every language of the built-in content, for a session that switches
  /// language (F3); nil with `--content DIR`, which has them all already.
  static func allLanguages(folder: String?) -> (@Sendable () -> Content?)? {
    guard folder == nil else { return nil }
    return { try? Content.unarchived(EmbeddedContent.archive) }
  }
}
