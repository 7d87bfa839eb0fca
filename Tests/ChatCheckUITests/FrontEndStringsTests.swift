import ChatCheckCore
import ChatCheckUI
import Foundation
import Testing

/// Each front end declares the strings it needs, and the declarations
/// cannot drift from the code: every string key written in a front end's
/// sources is in its own list (or among the result's strings it shows).
@Suite("Front ends declare their strings")
struct FrontEndStringsTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  /// The string keys written literally in the Swift files under `folder`
  /// (those not under `excluding`).
  static func keys(in folder: String, excluding: String? = nil) throws -> Set<String> {
    try scan(folder, excluding: excluding).keys
  }

  /// The literal keys, and the prefixes of keys built in code
  /// (`"channel.\(kind)"`), in the Swift files under `folder` except the
  /// declarations themselves.
  static func scan(_ folder: String, excluding: String? = nil) throws -> (keys: Set<String>, prefixes: Set<String>) {
    let root = sources.appendingPathComponent(folder)
    let walker = try #require(FileManager.default.enumerator(atPath: root.path))
    let pattern = try Regex(#""((?:ui|learn|plain|result|channel|hours)\.[a-z_.]*[a-z_])""#)
    let built = try Regex(#""((?:ui|learn|plain|result|channel|hours)\.[a-z_.]*)\\\("#)
    var keys: Set<String> = []
    var prefixes: Set<String> = []
    for case let path as String in walker where path.hasSuffix(".swift") {
      if let excluding, path.hasPrefix(excluding) { continue }
      if ["FrontEndStrings.swift", "Loading/ContentFile.swift"].contains(where: { path.hasSuffix($0) }) { continue }
      let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
      for match in text.matches(of: pattern) {
        if let key = match.output[1].substring { keys.insert(String(key)) }
      }
      for match in text.matches(of: built) {
        if let prefix = match.output[1].substring { prefixes.insert(String(prefix)) }
      }
    }
    return (keys, prefixes)
  }

  static let renderers = RendererStrings.required.all.union(RendererStrings.hours + RendererStrings.languages)

  @Test func theScreensDeclareEveryKeyTheyUse() throws {
    let used = try Self.keys(in: "ChatCheckUI", excluding: "Plain/")
    #expect(used.count > 50)
    let missing = used.subtracting(ScreenStrings.required.all).subtracting(Self.renderers)
    #expect(missing.isEmpty, "used by the screens, not declared: \(missing.sorted())")
  }

  @Test func plainModeDeclaresEveryKeyItUses() throws {
    let used = try Self.keys(in: "ChatCheckUI/Plain")
    #expect(used.count > 10)
    let missing = used.subtracting(PlainStrings.required.all).subtracting(Self.renderers)
    #expect(missing.isEmpty, "used by plain mode, not declared: \(missing.sorted())")
  }

  @Test func coresRenderersDeclareEveryKeyTheyUse() throws {
    let used = try Self.keys(in: "ChatCheckCore", excluding: "Loading/")
    #expect(used.count > 10)
    let missing = used.subtracting(Self.renderers)
    #expect(missing.isEmpty, "used by Core's renderers, not declared: \(missing.sorted())")
  }

  /// A declared key nobody uses is a string translators keep for nothing.
  @Test func everyDeclaredKeyIsUsedSomewhere() throws {
    let scans = try [Self.scan("ChatCheckUI"), Self.scan("ChatCheckCore"), Self.scan("ChatCheckCLI")]
    let used = scans.reduce(Set<String>()) { $0.union($1.keys) }
    let prefixes = scans.reduce(Set<String>()) { $0.union($1.prefixes) }
    #expect(prefixes.contains("channel."))
    let unused = FrontEndStrings.all.all.subtracting(used).filter { key in !prefixes.contains { key.hasPrefix($0) } }
    #expect(unused.isEmpty, "declared, never written in the code: \(unused.sorted())")
  }
}
