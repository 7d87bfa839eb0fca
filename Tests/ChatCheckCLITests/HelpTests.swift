import ChatCheckCLI
import Testing

/// Every command's help at 80 columns: the example commands stay whole
/// shell lines that can be pasted.
@Suite("Help at 80 columns")
struct HelpTests {
  /// The lines after "Examples:" up to the next blank line.
  static func examples(_ text: String) -> [String] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = lines.firstIndex(of: "Examples:") else { return [] }
    return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
  }

  @Test func everyExampleIsAWholeShellLineAt80Columns() {
    let helps = ChatCheckMain.helpMessages(columns: 80)
    #expect(Set(helps.map(\.command)).isSuperset(of: ["", "answer", "learn", "lint", "graph", "paths", "kiosk", "kiosk check", "kiosk set-pin"]))
    for (command, help, discussion) in helps {
      let overview = help.components(separatedBy: "\nUSAGE:")[0]
      let written = Self.examples(discussion)
      let shown = Self.examples(overview)
      // Every indented line of the discussion is an example, under "Examples:".
      let indented = discussion.split(separator: "\n").map(String.init).filter { $0.hasPrefix(" ") }
      #expect(indented == written, "'\(command)': example lines outside the Examples block")
      // Shown exactly as written: nothing was wrapped.
      #expect(shown == written, "'\(command)' help at 80 columns:\n\(shown.joined(separator: "\n"))")
      for (index, line) in shown.enumerated() {
        #expect(line.count <= 80, "'\(command)': \(line)")
        let continues = index + 1 < shown.count && shown[index + 1].hasPrefix("    ")
        if line.hasPrefix("    ") {
          #expect(index > 0 && shown[index - 1].hasSuffix(" \\"), "'\(command)': a continuation after a line without ' \\': \(line)")
        } else {
          #expect(line.hasPrefix("  ") && !line.hasPrefix("   "), "'\(command)': an example starts two spaces in: \(line)")
        }
        #expect(line.hasSuffix(" \\") == continues, "'\(command)': ' \\' ends exactly the lines that continue: \(line)")
      }
    }
  }

  /// The PIN file belongs to `kiosk`; the subcommands that need it name it.
  @Test func kioskSubcommandsNameThePINFileInTheirUsage() {
    let helps = Dictionary(uniqueKeysWithValues: ChatCheckMain.helpMessages(columns: 80).map { ($0.command, $0.help) })
    #expect(helps["kiosk set-pin"]?.contains("USAGE: chatcheck kiosk set-pin --staff-pin-file <FILE> [--force]\n") == true)
    #expect(helps["kiosk check"]?.contains("USAGE: chatcheck kiosk check [--staff-pin-file <FILE>] [--local <FILE>]\n") == true)
  }
}
