import Foundation
import Testing
import ChatCheckTestSupport

/// The lean runtime: what the binary loads, and content checked at build
/// time.
@Suite("Runtime and build-time content")
struct RuntimeTests {
  @Test(.needs(.ldd))
  func theBinaryLoadsNoFoundationAndNoICU() throws {
    let ldd = try Binary.run([Binary.path], executable: try Tool.ldd.require())
    #expect(ldd.status == 0)
    #expect(ldd.stdout.contains("libyaml"), "YAML comes from the system's libyaml")
    for library in ["libFoundation.so", "libFoundationInternationalization", "lib_FoundationICU", "libicu"] {
      #expect(!ldd.stdout.contains(library), "\(library) is not loaded:\n\(ldd.stdout)")
    }
  }

  /// The build-time tool is built with the tests, beside the test bundle.
  @Test func aContentErrorFailsTheBuildWithItsPlace() throws {
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let tool = try #require(
      ["ContentEmbedder-tool", "ContentEmbedder"].map { products.appendingPathComponent($0).path }
        .first { FileManager.default.isExecutableFile(atPath: $0) },
      "the content embedder is built beside \(products.path)")
    let out = NSTemporaryDirectory() + "embedded-\(UUID().uuidString).swift"
    let folder = try BrokenFixture.named("yaml-syntax").write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try Binary.run([folder.path, out], executable: tool)
    #expect(run.status == 65)
    #expect(run.stderr.contains("Content/questions.yaml:4:4: error: YAML syntax: did not find expected '-' indicator"))
    #expect(!FileManager.default.fileExists(atPath: out), "nothing is written")
    let valid = try Binary.run([Binary.fixtures.appendingPathComponent("valid").path, out], executable: tool)
    #expect(valid.status == 0, "\(valid.stderr)")
    let source = try String(contentsOfFile: out, encoding: .utf8)
    #expect(source.contains("let embeddedContentArchive: String = "))
  }
}
