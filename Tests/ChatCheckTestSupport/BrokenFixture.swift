import ChatCheckCore
import Foundation

/// One case of `Tests/Fixtures/broken.json`: the valid fixture with one
/// defect, and every line lint must print for it.
public struct BrokenFixture: Decodable, Sendable, CustomStringConvertible {
  public struct Edit: Decodable, Sendable {
    public var file: String
    public var replace: String
    public var with: String
  }

  /// The table and the day its cases are linted as of.
  public struct Table: Decodable, Sendable {
    public var today: String
    public var cases: [BrokenFixture]
  }

  /// A case that does not fit the valid fixture any more.
  public struct Mismatch: Error, CustomStringConvertible {
    public var description: String
  }

  public var name: String
  public var edits: [Edit]?
  public var remove: [String]?
  public var empty: [String]?
  public var strict: Bool?
  public var expected: [String]

  public var description: String { name }

  /// The table, or why it cannot be read (a test reports that).
  public static let table = Result {
    try JSONDecoder().decode(Table.self, from: Data(contentsOf: Fixtures.root.appendingPathComponent("broken.json")))
  }

  public static var all: [BrokenFixture] { (try? table.get())?.cases ?? [] }

  public static func named(_ name: String) throws -> BrokenFixture {
    guard let found = try table.get().cases.first(where: { $0.name == name }) else {
      throw Mismatch(description: "no broken fixture '\(name)'")
    }
    return found
  }

  /// The `lint` arguments the expected lines hold for.
  public var lintArguments: [String] {
    get throws { ["--today", try Self.table.get().today] + (strict == true ? ["--strict"] : []) }
  }

  /// `text` with this case's edit of `file` applied. Each replaced text
  /// must occur exactly once, so an edit cannot silently miss or hit the
  /// wrong place after the valid fixture changes.
  func edited(_ text: String, _ edit: Edit) throws -> String {
    let parts = text.components(separatedBy: edit.replace)
    guard parts.count == 2 else {
      throw Mismatch(description: "\(name): \(edit.file) holds \(parts.count - 1) times: \(edit.replace)")
    }
    return parts.joined(separator: edit.with)
  }

  /// `files` with the edits applied, then files removed or emptied.
  public func applied(to files: [ContentFile]) throws -> [ContentFile] {
    var files = files
    for edit in edits ?? [] {
      guard let index = files.firstIndex(where: { $0.relativePath == edit.file }) else {
        throw Mismatch(description: "\(name): no file \(edit.file)")
      }
      files[index].text = try edited(files[index].text, edit)
    }
    for file in remove ?? [] {
      guard files.contains(where: { $0.relativePath == file }) else { throw Mismatch(description: "\(name): no file \(file) to remove") }
      files.removeAll { $0.relativePath == file }
    }
    for file in empty ?? [] {
      guard let index = files.firstIndex(where: { $0.relativePath == file }) else {
        throw Mismatch(description: "\(name): no file \(file) to empty")
      }
      files[index].text = ""
    }
    return files
  }

  /// A new temporary folder holding the valid fixture with this defect,
  /// for the binary; the caller removes it.
  public func write() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chatcheck-broken-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("valid"), to: folder)
    do {
      for edit in edits ?? [] {
        let url = folder.appendingPathComponent(edit.file)
        try edited(try String(contentsOf: url, encoding: .utf8), edit).write(to: url, atomically: true, encoding: .utf8)
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
