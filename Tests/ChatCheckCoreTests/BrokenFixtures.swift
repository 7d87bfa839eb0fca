import ChatCheckCore
import Foundation
import Testing

/// One case of `Tests/Fixtures/broken.json`: the valid fixture with one
/// defect, and every line lint must print for it.
struct BrokenFixture: Decodable, Sendable, CustomTestStringConvertible {
  struct Edit: Decodable, Sendable {
    var file: String
    var replace: String
    var with: String
  }

  var name: String
  var edits: [Edit]?
  var remove: [String]?
  var empty: [String]?
  var strict: Bool?
  var expected: [String]

  var testDescription: String { name }

  /// `files` with the edits applied, then files removed or emptied. Each
  /// replaced text must occur exactly once, so an edit cannot silently
  /// miss or hit the wrong place after the valid fixture changes.
  func applied(to files: [ContentFile]) throws -> [ContentFile] {
    var files = files
    for edit in edits ?? [] {
      let index = try #require(files.firstIndex { $0.relativePath == edit.file }, "\(name): no file \(edit.file)")
      let parts = files[index].text.components(separatedBy: edit.replace)
      try #require(parts.count == 2, "\(name): \(edit.file) holds \(parts.count - 1) times: \(edit.replace)")
      files[index].text = parts.joined(separator: edit.with)
    }
    for file in remove ?? [] {
      try #require(files.contains { $0.relativePath == file }, "\(name): no file \(file) to remove")
      files.removeAll { $0.relativePath == file }
    }
    for file in empty ?? [] {
      let index = try #require(files.firstIndex { $0.relativePath == file }, "\(name): no file \(file) to empty")
      files[index].text = ""
    }
    return files
  }
}

/// The table of broken fixtures and the day they are linted as of.
struct BrokenFixtureTable: Decodable, Sendable {
  var today: String
  var cases: [BrokenFixture]

  /// The table, or why it cannot be read (a test reports that).
  static let loaded = Result {
    try JSONDecoder().decode(BrokenFixtureTable.self, from: Data(contentsOf: Fixtures.root.appendingPathComponent("broken.json")))
  }

  static var cases: [BrokenFixture] { (try? loaded.get())?.cases ?? [] }
}
