import ChatCheckCore
import ChatCheckUI
import Foundation

/// Fixture folders read into `ContentFile`s and loaded as the program
/// loads content (with every front end's strings required), shared by
/// every test target.
public enum Fixtures {
  /// `Tests/Fixtures`.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")
  public static let packageRoot = root.deletingLastPathComponent().deletingLastPathComponent()

  public static func files(_ folder: URL, display: String) -> [ContentFile] {
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
    var files: [ContentFile] = []
    for case let url as URL in walker {
      let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
      // What the program reads: the YAML, and the translation catalogs.
      guard ContentLayout.isContentFile(relative), !relative.hasSuffix(".yml") else { continue }
      files.append(ContentFile(
        relativePath: relative, displayPath: "\(display)/\(relative)",
        text: try! String(contentsOf: url, encoding: .utf8)))
    }
    return files.sorted { $0.relativePath < $1.relativePath }
  }

  /// The languages a test sweeps: all eight of the shipped content; under
  /// a sanitizer (`CHATCHECK_SANITIZER`, set by `.ci/run`'s sanitizer
  /// passes, which look for memory and thread errors, not for content)
  /// German, English and one translated language.
  public static let sweptLanguages: [String] =
    ProcessInfo.processInfo.environment["CHATCHECK_SANITIZER"] != nil
    ? ["de", "en", "uk"] : ["de", "en", "fr", "it", "tr", "uk", "ru", "pl"]

  public static func validFiles() -> [ContentFile] {
    files(root.appendingPathComponent("valid"), display: "valid")
  }

  public static func valid() -> Content {
    let result = ContentLoader.load(validFiles(), folderName: "valid", requiring: FrontEndStrings.all)
    precondition(result.content != nil, "\(result.diagnostics)")
    return result.content!
  }

  public static func shipped() -> Content {
    let folder = packageRoot.appendingPathComponent("Content")
    let result = ContentLoader.load(files(folder, display: "Content"), folderName: "Content", requiring: FrontEndStrings.all)
    precondition(result.content != nil, "\(result.diagnostics)")
    return result.content!
  }

  /// The frozen copy of the shipped content the screen tests use.
  public static func screens() -> Content {
    load(files(root.appendingPathComponent("screens"), display: "screens"), folder: "screens")
  }

  /// The screens fixture with its learning story and the learning mode's
  /// strings, as the screen tests compose it (Tests/Fixtures/learn).
  public static func learn() -> Content {
    let learn = root.appendingPathComponent("learn")
    let fragment = try! String(contentsOf: learn.appendingPathComponent("ui-learn.fragment"), encoding: .utf8)
    var all = files(root.appendingPathComponent("screens"), display: "learn").map { file in
      var file = file
      if file.relativePath == "chatcheck.yaml" { file.text += "\nstories: [video-call]\n" }
      if file.relativePath == "ui.yaml" { file.text += "\n" + fragment }
      return file
    }
    all += files(learn.appendingPathComponent("learn"), display: "learn/learn").map { file in
      var file = file
      file.relativePath = "learn/" + file.relativePath
      return file
    }
    return load(all, folder: "learn")
  }

  public static func load(_ files: [ContentFile], folder: String) -> Content {
    let result = ContentLoader.load(files, folderName: folder, requiring: FrontEndStrings.all)
    precondition(result.content != nil, "\(result.diagnostics)")
    return result.content!
  }

  /// `files` in German and English only: no catalogs, and a manifest
  /// that names no translated language (for a test that changes a source
  /// text, which would leave every catalog behind it).
  public static func sourceLanguagesOnly(_ files: [ContentFile]) -> [ContentFile] {
    files.filter { !$0.relativePath.hasPrefix(ContentLayout.catalogFolder + "/") }.map { file in
      guard file.relativePath == ContentLayout.manifest else { return file }
      var copy = file
      copy.text = file.text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
        if line.hasPrefix("languages:") { return "languages: [de, en]" }
        if line.hasPrefix("translated_languages:") || line.hasPrefix("unreviewed_languages:") { return nil }
        if line.hasPrefix("language_names:") { return "language_names: {de: \"Deutsch\", en: \"English\"}" }
        return String(line)
      }.joined(separator: "\n")
      return copy
    }
  }

  /// The valid fixture's `questions.yaml` text.
  public static var validQuestions: String { validFiles().first { $0.relativePath == "questions.yaml" }!.text }

  /// The valid fixture loaded with `questions` as its `questions.yaml`.
  public static func loadValid(questions: String) -> LoadResult {
    let files = validFiles().map { file -> ContentFile in
      guard file.relativePath == "questions.yaml" else { return file }
      var copy = file
      copy.text = questions
      return copy
    }
    return ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all)
  }

  /// `files` with `text` replaced in one of them.
  public static func replacing(_ old: String, with new: String, in file: String, _ files: [ContentFile]) -> [ContentFile] {
    files.map { f in
      guard f.relativePath == file else { return f }
      precondition(f.text.contains(old), "\(file) lacks \(old)")
      var copy = f
      copy.text = f.text.replacingOccurrences(of: old, with: new)
      return copy
    }
  }
}
