import Foundation
import Testing

/// deploy/kiosk/README.md followed literally: every `chatcheck` command in
/// its shell blocks runs as written against the real binary, in the
/// README's order, with the files under /etc/chatcheck in a folder of the
/// test's own (and without sudo: the test owns these files).
@Suite("The kiosk README's commands", .enabled(if: TerminalTests.enabled), .serialized)
struct KioskReadmeTests {
  static let readme = Binary.packageRoot.appendingPathComponent("deploy/kiosk/README.md")

  /// The commands of the README's `sh` blocks, each a list of words:
  /// comments dropped, lines ending in " \" joined with the next.
  static func commands() throws -> [[String]] {
    let text = try String(contentsOf: readme, encoding: .utf8)
    var commands: [[String]] = []
    var inShell = false
    var pending = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inShell = !inShell && line == "```sh"
        continue
      }
      guard inShell, !line.hasPrefix("#") else { continue }
      var code = String(line)
      if let comment = code.range(of: " #") { code = String(code[..<comment.lowerBound]) }
      if code.hasSuffix(" \\") {
        pending += code.dropLast(2) + " "
        continue
      }
      let words = (pending + code).split(separator: " ").map(String.init)
      pending = ""
      if !words.isEmpty { commands.append(words) }
    }
    return commands
  }

  /// The arguments of a command that runs chatcheck (`sudo` and `sudo -u
  /// USER` left out), or nil.
  static func chatcheckArguments(_ words: [String]) -> [String]? {
    var rest = words[...]
    if rest.first == "sudo" {
      rest = rest.dropFirst()
      if rest.first == "-u" { rest = rest.dropFirst(2) }
    }
    guard rest.first == "chatcheck" else { return nil }
    return Array(rest.dropFirst())
  }

  @Test func everyChatCheckCommandWorksAsWritten() throws {
    let folder = NSTemporaryDirectory() + "kiosk-readme-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    try FileManager.default.copyItem(
      atPath: Binary.packageRoot.appendingPathComponent("deploy/kiosk/local.example.yaml").path, toPath: folder + "/local.yaml")
    var seen: Set<String> = []
    for words in try Self.commands() {
      guard let written = Self.chatcheckArguments(words) else { continue }
      let arguments = written.map {
        $0.replacingOccurrences(of: "/etc/chatcheck/staff-pin", with: folder + "/staff-pin")
          .replacingOccurrences(of: "/etc/chatcheck/local.yaml", with: folder + "/local.yaml")
      }
      let line = words.joined(separator: " ")
      if arguments.starts(with: ["kiosk", "set-pin"]) {
        let run = try Binary.run(arguments, stdin: "2468\n")
        #expect(run.status == 0, "\(line): \(run.stderr)")
        seen.insert("set-pin")
      } else if arguments.first == "kiosk" && arguments.contains("check") {
        let run = try Binary.run(arguments)
        #expect(run.status == 0 && run.stdout.hasPrefix("ok: "), "\(line): \(run.stderr)")
        seen.insert("check")
      } else if arguments.first == "kiosk" {
        // The README says staff leave with Ctrl-X and the PIN: that needs
        // the PIN file.
        #expect(arguments.contains("--staff-pin-file"), "\(line): Ctrl-X cannot end a kiosk without a PIN file")
        let status = folder + "/status"
        let tmux = try Tmux(Tmux.withStty(([Binary.path] + arguments).joined(separator: " "), file: status))
        try tmux.wait(for: "Beratungsstelle Beispiel")
        try tmux.send("C-x")
        try tmux.wait(until: "the PIN box") { $0.contains("Nur für Mitarbeitende") || $0.contains("Staff only") }
        try tmux.send("2", "4", "6", "8", "Enter")
        // The shell around it writes the exit status when the kiosk ends.
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: status) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.2)
        #expect((try? String(contentsOfFile: status, encoding: .utf8))?.hasPrefix("exit=0") == true, "\(line): Ctrl-X and the PIN end it")
        seen.insert("kiosk")
      } else {
        Issue.record("\(line): a chatcheck command this test does not run; teach it how")
      }
    }
    #expect(seen == ["set-pin", "check", "kiosk"], "the README sets the PIN, checks the files and tries the kiosk")
  }
}
