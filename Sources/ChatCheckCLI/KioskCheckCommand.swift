import ArgumentParser
import ChatCheckCore

/// `chatcheck kiosk check`: validates a kiosk's configuration (the PIN
/// file and the centre's contact) and exits, without starting the kiosk.
struct KioskCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a kiosk's PIN file and local contact, then exit (0, or 65/66 with the error).",
    // The options are the kiosk's: swift-argument-parser builds a
    // command's usage line from its own options only, so they are named here.
    usage: "chatcheck kiosk check [--staff-pin-file <FILE>] [--local <FILE>]",
    discussion: """
      The files are named with the kiosk's own options, after 'check' or before it. \
      A PIN file that only root may read needs sudo.

      Examples:
        sudo chatcheck kiosk check --staff-pin-file /etc/chatcheck/staff-pin \\
          --local /etc/chatcheck/local.yaml
        chatcheck kiosk --local local.yaml check
      """)

  @ParentCommand var kiosk: KioskCommand

  func run() throws(ChatCheckError) {
    var checked: [String] = []
    if let staffPinFile = kiosk.staffPinFile {
      _ = try PINFile.read(staffPinFile)
      checked.append("PIN file \(TerminalText.escape(staffPinFile))")
    }
    if let local = kiosk.local {
      let text = try FileSystem.readText(local, kind: .localContact)
      let contact = try ChatCheckError.reporting { () throws(InputError) in try LocalContact.parse(text, file: TerminalText.escape(local)) }
      checked.append("local contact \(TerminalText.escape(contact.summary))")
    }
    guard !checked.isEmpty else {
      throw ChatCheckError(.usage, "kiosk check needs --staff-pin-file FILE, --local FILE or both")
    }
    Output.write("ok: " + checked.joined(separator: "; ") + "\n")
  }
}
