import Foundation
import Testing

/// The broken fixtures of `Tests/Fixtures/broken.json` (the valid fixture
/// with one defect each), written to a temporary folder for the binary.
struct BrokenFixture: Decodable, Sendable, CustomTestStringConvertible {
  struct Edit: Decodable, Sendable {
    var file: String
    var replace: String
    var with: String
  }

  struct Table: Decodable, Sendable {
    var today: String
    var cases: [BrokenFixture]
  }

  var name: String
  var edits: [Edit]?
  var remove: [String]?
  var empty: [String]?
  var strict: Bool?
  var expected: [String]

  var testDescription: String { name }

  /// The table, or why it cannot be read (a test reports that).
  static let table = Result {
    try JSONDecoder().decode(Table.self, from: Data(contentsOf: Binary.fixtures.appendingPathComponent("broken.json")))
  }

  static var all: [BrokenFixture] { (try? table.get())?.cases ?? [] }

  static func named(_ name: String) throws -> BrokenFixture {
    try #require(try table.get().cases.first { $0.name == name }, "no broken fixture '\(name)'")
  }

  /// The `lint` arguments the expected lines hold for.
  var lintArguments: [String] {
    get throws { ["--today", try Self.table.get().today] + (strict == true ? ["--strict"] : []) }
  }

  /// A new temporary folder holding the valid fixture with this defect;
  /// the caller removes it.
  func write() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chatcheck-broken-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Binary.fixtures.appendingPathComponent("valid"), to: folder)
    do {
      for edit in edits ?? [] {
        let url = folder.appendingPathComponent(edit.file)
        let parts = try String(contentsOf: url, encoding: .utf8).components(separatedBy: edit.replace)
        try #require(parts.count == 2, "\(name): \(edit.file) holds \(parts.count - 1) times: \(edit.replace)")
        try parts.joined(separator: edit.with).write(to: url, atomically: true, encoding: .utf8)
      }
      for file in remove ?? [] { try FileManager.default.removeItem(at: folder.appendingPathComponent(file)) }
      for file in empty ?? [] { try "".write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8) }
    } catch {
      try? FileManager.default.removeItem(at: folder)
      throw error
    }
    return folder
  }
}
