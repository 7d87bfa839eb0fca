import ArgumentParser
import ChatCheckCore
import ChatCheckSystem
import ChatCheckUI

#if canImport(Glibc)
  import Glibc
#endif

/// `chatcheck kiosk`: an unattended terminal in a counselling centre
/// (see deploy/kiosk/README.md).
struct KioskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kiosk",
    abstract: "Run unattended: wiped after every visitor, no way out to a shell.",
    discussion: """
      Ctrl-C, Ctrl-Z and Ctrl-\\ do nothing. After --idle-timeout seconds without input a \
      countdown asks whether the person is still there, then everything is wiped. F12 or \
      Esc Esc wipes at once. Staff leave with Ctrl-X and the PIN (see 'kiosk set-pin'); \
      without a PIN file only SIGTERM or SIGHUP end kiosk mode.

      Examples:
        sudo chatcheck kiosk --staff-pin-file /etc/chatcheck/staff-pin \\
          --local /etc/chatcheck/local.yaml --lang de --region DE
        sudo chatcheck kiosk check --staff-pin-file /etc/chatcheck/staff-pin
      """,
    subcommands: [SetPINCommand.self, KioskCheckCommand.self]
  )

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: ArgumentHelp("Seconds without input before the countdown.", valueName: "SECONDS"))
  var idleTimeout: Double = 120

  @Option(name: .long, help: ArgumentHelp("Seconds the countdown runs before everything is wiped.", valueName: "SECONDS"))
  var countdown: Double = 20

  @Option(name: .long, help: ArgumentHelp("The file written by 'chatcheck kiosk set-pin'.", valueName: "FILE"))
  var staffPinFile: String?

  @Option(name: .long, help: ArgumentHelp("YAML with the centre's own contact: name, phone, address, hours, languages.", valueName: "FILE"))
  var local: String?

  func validate() throws {
    guard idleTimeout >= 1, idleTimeout <= 86_400 else {
      throw ValidationError("--idle-timeout must be between 1 and 86400 seconds")
    }
    guard countdown >= 1, countdown <= 600 else {
      throw ValidationError("--countdown must be between 1 and 600 seconds")
    }
  }

  func run() throws(ChatCheckError) {
    let session = try common.session()
    var pin: StaffPIN?
    if let staffPinFile {
      pin = try PINFile.read(staffPinFile)
    }
    let contact = try local.map { path throws(ChatCheckError) in
      let text = try FileSystem.readText(path, kind: .localContact)
      return try ChatCheckError.reporting { () throws(InputError) in try LocalContact.parse(text, file: TerminalText.escape(path)) }
    }
    // Before the terminal description is first read.
    TerminalDriver.trustSystemTerminfoOnly()
    if let reason = TerminalDriver.unavailableReason() {
      throw ChatCheckError(.usage, "kiosk mode needs a terminal: \(reason)")
    }
    guard let driver = TerminalDriver(kiosk: true, wantColors: session.color) else {
      throw ChatCheckError(.usage, "kiosk mode needs a terminal that can move the cursor (TERM=\(Environment.value("TERM") ?? ""))")
    }
    let settings = KioskSettings(
      idleTimeout: idleTimeout, countdown: countdown, pin: pin, local: contact, earlierPINFailures: PINFailureRecord.read())
    var state = AppState(
      content: session.content, kiosk: settings, language: session.language, region: session.region,
      askRegion: session.regionGuessed, size: driver.size)
    state.qrEncoder = QRCodes.encoder
    state.clock = SystemClock.clock
    state.messageDelay = AppState.standardMessageDelay
    state.allLanguages = session.allLanguages
    let ending = driver.run(&state)
    // Whatever ends the kiosk, the next person sees nothing of this one.
    driver.closeAndWipe()
    if case .endOfInput = ending {
      throw ChatCheckError(.dataError, "the terminal's input ended")
    }
  }
}

/// `chatcheck kiosk set-pin`: stores the salted hash of a staff PIN.
struct SetPINCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set-pin",
    abstract: "Store the hash of a staff PIN (4 to 12 digits, read from standard input).",
    // swift-argument-parser builds a command's usage line from its own
    // options only, so the parent's --staff-pin-file is named here.
    usage: "chatcheck kiosk set-pin --staff-pin-file <FILE> [--force]",
    discussion: """
      --staff-pin-file FILE names where the hash is written; it is the kiosk's own \
      option, so it may come after 'set-pin' or before it. On a terminal the PIN is \
      asked twice, without echo; otherwise one line is read.

      Examples:
        sudo chatcheck kiosk set-pin --staff-pin-file /etc/chatcheck/staff-pin
        sudo chatcheck kiosk --staff-pin-file /etc/chatcheck/staff-pin set-pin
      """)

  /// `--staff-pin-file` belongs to `kiosk`, so that `chatcheck kiosk
  /// set-pin --staff-pin-file FILE` and `chatcheck kiosk --staff-pin-file
  /// FILE` name the same file.
  @ParentCommand var kiosk: KioskCommand

  @Flag(name: .long, help: "Replace a file that holds something other than a PIN hash (never a link, device, FIFO or folder).")
  var force = false

  func run() throws(ChatCheckError) {
    guard let staffPinFile = kiosk.staffPinFile else {
      throw ChatCheckError(.usage, "set-pin needs --staff-pin-file FILE: where to write the PIN's hash")
    }
    // Before the PIN is typed: is the path one that may be replaced?
    try PINFile.requireReplaceable(staffPinFile, force: force)
    let interactive = isatty(0) != 0
    var pin = try readPIN(prompt: "PIN (4 to 12 digits): ", interactive: interactive)
    // On a terminal a PIN that is not 4 to 12 digits is asked again.
    for _ in 0..<2 where interactive && !StaffPIN.isValid(pin) {
      pin = try readPIN(prompt: "A PIN is 4 to 12 digits. PIN: ", interactive: true)
    }
    guard StaffPIN.isValid(pin) else {
      throw ChatCheckError(.usage, "a PIN is 4 to 12 digits")
    }
    if interactive {
      guard try readPIN(prompt: "PIN again: ", interactive: true) == pin else {
        throw ChatCheckError(.usage, "the two PINs differ; nothing was written")
      }
    }
    guard let hash = StaffPIN.make(pin: pin) else {
      throw ChatCheckError(.internalError, "the system's crypt(3) cannot make a yescrypt hash")
    }
    try PINFile.write(hash.line, to: staffPinFile, force: force)
    // A status, not output: a closed standard output does not turn a
    // written PIN file into a failure.
    Output.raw("PIN hash written to \(staffPinFile)\n")
  }

  /// One line from stdin; on a terminal without echo.
  private func readPIN(prompt: String, interactive: Bool) throws(ChatCheckError) -> String {
    var saved = termios()
    if interactive {
      Output.raw(prompt)
      tcgetattr(0, &saved)
      var quiet = saved
      quiet.c_lflag &= ~tcflag_t(ECHO)
      tcsetattr(0, TCSANOW, &quiet)
    }
    let line = LineReader.next()
    if interactive {
      tcsetattr(0, TCSANOW, &saved)
      Output.raw("\n")
    }
    guard let line else { throw ChatCheckError(.usage, "no PIN on standard input") }
    return line.trimmingCharacters(in: .whitespaces)
  }
}
