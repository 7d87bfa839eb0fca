import Foundation
import Testing
import ChatCheckTestSupport

/// `ChatCheckCore` is pure Swift: it imports libyaml's module and nothing
/// of the system, and calls no file, clock, environment or crypt function.
/// Those live in `ChatCheckSystem`; the library product builds without
/// libcrypt.
@Suite("Core is pure")
struct CorePurityTests {
  static let folder = Fixtures.packageRoot.appendingPathComponent("Sources/ChatCheckCore")

  static var sources: [(name: String, text: String)] {
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
    return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.map {
      ($0.lastPathComponent, try! String(contentsOf: $0, encoding: .utf8))
    }.sorted { $0.name < $1.name }
  }

  @Test func coreImportsOnlyLibyaml() {
    let files = Self.sources
    #expect(files.count > 50)
    for file in files {
      for line in file.text.split(separator: "\n") {
        let words = line.split(separator: " ")
        guard let i = words.firstIndex(where: { $0 == "import" }), words[..<i].allSatisfy({ $0.hasPrefix("@") }),
          i + 1 < words.count
        else { continue }
        #expect(words[i + 1] == "CYaml", "\(file.name): \(line)")
      }
    }
  }

  /// No call that reads or writes the system: neither the C library's
  /// (in case a module brought them in) nor the standard library's own
  /// input, output, clocks and arguments.
  @Test func coreCallsNoSystemFunction() throws {
    // libyaml's header brings the C library's stdio, stdlib and string
    // functions into reach: every one that reads, writes, waits, signals,
    // draws randomness or starts a process is named here.
    let calls = [
      "open", "openat", "fopen", "fdopen", "freopen", "fclose", "fread", "fwrite", "fgets", "fputs", "fprintf", "printf",
      "puts", "putchar", "getchar", "getline", "fflush", "remove", "rename", "unlink", "mkstemp", "tmpfile", "fsync",
      "stat", "lstat", "time", "clock", "clock_gettime", "gettimeofday", "localtime_r", "getenv", "setenv", "putenv",
      "system", "popen", "rand", "srand", "random", "getpid", "kill", "raise", "signal", "sleep", "usleep",
      "crypt_rn", "crypt_gensalt_rn", "yaml_parser_set_input_file", "yaml_emitter_set_output_file",
      "readLine", "print", "exit", "abort",
    ]
    let call = try Regex("(^|[^A-Za-z0-9_.])(" + calls.joined(separator: "|") + ")\\(")
    let name = try Regex(
      "\\b(environ|ProcessInfo|FileManager|CommandLine|ContinuousClock|SuspendingClock|SystemRandomNumberGenerator)\\b|\\bDate\\(\\)")
    for file in Self.sources {
      for line in file.text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
        #expect(line.firstMatch(of: call) == nil && line.firstMatch(of: name) == nil, "\(file.name): \(line)")
      }
    }
  }

  @Test func thePackageGivesCoreNoSystemLibraryButLibyaml() throws {
    let manifest = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
    let line = try #require(manifest.split(separator: "\n").first { $0.contains(".target(name: \"ChatCheckCore\"") })
    #expect(line.contains("dependencies: [\"CYaml\"]"), "\(line)")
  }
}
