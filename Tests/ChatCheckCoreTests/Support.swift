import ChatCheckCore
import Foundation

/// Test helpers: fixture folders read into `ContentFile`s.
enum Fixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let packageRoot = root.deletingLastPathComponent().deletingLastPathComponent()

  static func files(_ folder: URL, display: String) -> [ContentFile] {
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
    var files: [ContentFile] = []
    for case let url as URL in walker where url.pathExtension == "yaml" {
      let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
      files.append(ContentFile(
        relativePath: relative, displayPath: "\(display)/\(relative)",
        text: try! String(contentsOf: url, encoding: .utf8)))
    }
    return files.sorted { $0.relativePath < $1.relativePath }
  }

  static func validFiles() -> [ContentFile] {
    files(root.appendingPathComponent("valid"), display: "valid")
  }

  static func valid() -> Content {
    let result = ContentLoader.load(validFiles(), folderName: "valid")
    precondition(result.content != nil, "\(result.diagnostics)")
    return result.content!
  }

  static func shipped() -> Content {
    let folder = packageRoot.appendingPathComponent("Content")
    let result = ContentLoader.load(files(folder, display: "Content"), folderName: "Content")
    precondition(result.content != nil, "\(result.diagnostics)")
    return result.content!
  }

  /// `files` with `text` replaced in one of them.
  static func replacing(_ old: String, with new: String, in file: String, _ files: [ContentFile]) -> [ContentFile] {
    files.map { f in
      guard f.relativePath == file else { return f }
      precondition(f.text.contains(old), "\(file) lacks \(old)")
      var copy = f
      copy.text = f.text.replacingOccurrences(of: old, with: new)
      return copy
    }
  }
}
