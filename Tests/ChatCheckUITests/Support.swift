import ChatCheckCore
import ChatCheckUI
import Foundation
import Testing

enum UIFixtures {
  /// A frozen copy of the shipped content (Tests/Fixtures/screens), so that
  /// content edits do not break the screen tests.
  static let content: Content = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/screens")
    return load(root, display: "screens")
  }()

  static let fixture: Content = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/valid")
    return load(root, display: "valid")
  }()

  /// The screens fixture with one frozen learning story and the learning
  /// mode's strings (Tests/Fixtures/learn).
  static let learnContent: Content = {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
    let learn = fixtures.appendingPathComponent("learn")
    let fragment = try! String(contentsOf: learn.appendingPathComponent("ui-learn.fragment"), encoding: .utf8)
    let story = try! String(contentsOf: learn.appendingPathComponent("learn/video-call.yaml"), encoding: .utf8)
    var files = read(fixtures.appendingPathComponent("screens"), display: "learn").map { file in
      var file = file
      if file.relativePath == "chatcheck.yaml" { file.text += "\nstories: [video-call]\n" }
      if file.relativePath == "ui.yaml" { file.text += "\n" + fragment }
      return file
    }
    files.append(ContentFile(relativePath: "learn/video-call.yaml", displayPath: "learn/learn/video-call.yaml", text: story))
    let result = ContentLoader.load(files, folderName: "learn", requiring: FrontEndStrings.all)
    precondition(result.content != nil, "\(result.diagnostics)")
    return result.content!
  }()

  static func read(_ folder: URL, display: String) -> [ContentFile] {
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
    var files: [ContentFile] = []
    for case let url as URL in walker where url.pathExtension == "yaml" {
      let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
      files.append(ContentFile(relativePath: relative, displayPath: "\(display)/\(relative)", text: try! String(contentsOf: url, encoding: .utf8)))
    }
    return files
  }

  static func load(_ folder: URL, display: String) -> Content {
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
    var files: [ContentFile] = []
    for case let url as URL in walker where url.pathExtension == "yaml" {
      let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
      files.append(ContentFile(relativePath: relative, displayPath: "\(display)/\(relative)", text: try! String(contentsOf: url, encoding: .utf8)))
    }
    let result = ContentLoader.load(files, folderName: display, requiring: FrontEndStrings.all)
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

/// Sends keys; fails on an unexpected effect.
func press(_ state: inout AppState, _ keys: [Key], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  for key in keys {
    let effects = state.update(.key(key))
    #expect(effects.isEmpty, "\(key) gave \(effects)", sourceLocation: sourceLocation)
  }
}

/// Clicks the first hotspot whose row shows `text`.
@discardableResult
func click(_ state: inout AppState, on text: String) -> [Effect] {
  // Like a mouse user: turn the wheel until the text is on screen.
  for _ in 0..<10 where !AppView.render(state).text.contains(text) {
    _ = state.update(.wheel(1))
  }
  let screen = AppView.render(state)
  guard let row = screen.lines.firstIndex(where: { $0.contains(text) }),
    let range = screen.lines[row].range(of: text)
  else {
    Issue.record("nothing shows '\(text)':\n\(screen.text)")
    return []
  }
  // The column where the text starts, counted in display cells.
  let column = DisplayWidth.of(screen.lines[row][..<range.lowerBound]) + 1
  guard screen.action(atRow: row, column: column) != nil else {
    Issue.record("'\(text)' is not clickable:\n\(screen.text)")
    return []
  }
  return state.update(.click(row: row, column: column))
}
