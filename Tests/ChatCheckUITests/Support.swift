import ChatCheckCore
import ChatCheckUI
import Foundation
import Testing

enum UIFixtures {
  static let content: Content = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Content")
    return load(root, display: "Content")
  }()

  static let fixture: Content = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/valid")
    return load(root, display: "valid")
  }()

  static func load(_ folder: URL, display: String) -> Content {
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
    var files: [ContentFile] = []
    for case let url as URL in walker where url.pathExtension == "yaml" {
      let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
      files.append(ContentFile(relativePath: relative, displayPath: "\(display)/\(relative)", text: try! String(contentsOf: url, encoding: .utf8)))
    }
    let result = ContentLoader.load(files, folderName: display)
    precondition(result.content != nil, "\(result.diagnostics)")
    return result.content!
  }

  static func state(_ content: Content = content, language: String = "de", size: Size = Size(columns: 80, rows: 24), mode: AppState.Mode = .interactive) -> AppState {
    AppState(content: content, mode: mode, language: language, region: "DE", size: size)
  }
}

/// Golden text snapshots of screens. A missing snapshot, or RECORD_SNAPSHOTS
/// set, records the screen and fails the test, so every new golden is reviewed.
enum Snapshot {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

  static func check(_ screen: Screen, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = folder.appendingPathComponent("\(name).txt")
    // Frame the screen so trailing blank rows and the size are visible.
    let framed = "+" + String(repeating: "-", count: screen.size.columns) + "+\n"
      + screen.lines.map { "|" + $0 + String(repeating: " ", count: max(0, screen.size.columns - DisplayWidth.of($0))) + "|" }.joined(separator: "\n")
      + "\n+" + String(repeating: "-", count: screen.size.columns) + "+\n"
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    if !record, let expected = try? String(contentsOf: url, encoding: .utf8) {
      #expect(framed == expected, "screen differs from Snapshots/\(name).txt:\n\(framed)", sourceLocation: sourceLocation)
      return
    }
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? framed.write(to: url, atomically: true, encoding: .utf8)
    Issue.record("recorded Snapshots/\(name).txt; review it and run the tests again", sourceLocation: sourceLocation)
  }
}
