import ChatCheckCore
import ChatCheckSystem
import Foundation
import Testing

/// Saving the handout: never over a file or through a link, owner-only,
/// nothing half-written left behind.
@Suite("Handout file")
struct HandoutFileTests {
  func folder() throws -> String {
    let dir = NSTemporaryDirectory() + "handout-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func writesOwnerOnlyAndNeverOverwrites() throws {
    let dir = try folder()
    let path = dir + "/steps.md"
    #expect(HandoutFile.write("first", to: path) == nil)
    let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
    #expect(mode == 0o600)
    #expect(HandoutFile.write("second", to: path) == .exists)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
  }

  @Test func refusesToWriteThroughALink() throws {
    let dir = try folder()
    let target = dir + "/target.txt"
    try "keep".write(toFile: target, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir + "/link.md", withDestinationPath: target)
    #expect(HandoutFile.write("evil", to: dir + "/link.md") == .exists)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
    // A dangling link is refused too, and creates nothing.
    try FileManager.default.createSymbolicLink(atPath: dir + "/dangling.md", withDestinationPath: dir + "/nowhere")
    #expect(HandoutFile.write("x", to: dir + "/dangling.md") == .exists)
    #expect(!FileManager.default.fileExists(atPath: dir + "/nowhere"))
  }

  @Test func namesTheProblem() throws {
    let dir = try folder()
    #expect(HandoutFile.write("x", to: dir) == .isFolder)
    #expect(HandoutFile.write("x", to: dir + "/") == .isFolder)
    #expect(HandoutFile.write("x", to: "/nonexistent-\(UUID().uuidString)/a.md") == .noFolder)
    if getuid() != 0 { #expect(HandoutFile.write("x", to: "/proc/a.md") != nil) }
    #expect(HandoutFile.write("x", to: "/dev/full/a.md") != nil)
  }

  @Test func offersAFreeNameAndExpandsTheHomeFolder() {
    #expect(HandoutName.nextName(after: "chatcheck-next-steps.md") == "chatcheck-next-steps-2.md")
    #expect(HandoutName.nextName(after: "chatcheck-next-steps-2.md") == "chatcheck-next-steps-3.md")
    #expect(HandoutName.nextName(after: "notes") == "notes-2")
    #expect(HandoutName.nextName(after: "dir.v1/notes") == "dir.v1/notes-2")
    #expect(HandoutName.expand("~/steps.md", home: "/home/ana") == "/home/ana/steps.md")
    #expect(HandoutName.expand("~", home: "/home/ana") == "/home/ana")
    #expect(HandoutName.expand("~bob/x", home: "/home/ana") == "~bob/x")
    #expect(HandoutName.expand("x.md", home: nil) == "x.md")
  }
}
