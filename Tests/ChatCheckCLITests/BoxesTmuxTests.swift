import Foundation
import Testing

/// The boxes on a real terminal: quick exit by click with a box open,
/// confirmations answered by click, the help box on a small window, the
/// kiosk without a PIN file, and every QR code at 80×24.
@Suite("Boxes in tmux", .enabled(if: TerminalTests.enabled), .serialized)
struct BoxesTmuxTests {
  let binary = Binary.path

  /// Clicks the footer's quick-exit hint.
  func clickQuickExit(_ tmux: Tmux) throws {
    let hint = try tmux.place(of: "F12/Esc Esc")
    try tmux.click(column: hint.column + 1, row: hint.row)
  }

  @Test func oneClickOnQuickExitLeavesWithTheHelpBoxOpen() throws {
    let file = NSTemporaryDirectory() + "boxes-\(UUID().uuidString)"
    let tmux = try Tmux(Tmux.withStty("\(binary) --lang en --region DE", file: file))
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing this check for?")
    try tmux.send("?")
    try tmux.wait(for: "Press any key to close")
    try clickQuickExit(tmux)
    _ = try tmux.waitForExit()
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("exit=0"))
    #expect(!(try tmux.screen()).contains("Who are you doing"), "the screen is wiped")
  }

  @Test func oneClickOnQuickExitWipesTheKioskWithTheCountdownOpen() throws {
    let file = NSTemporaryDirectory() + "boxes-\(UUID().uuidString)"
    let tmux = try Tmux(Tmux.withStty("\(binary) kiosk --lang de --region DE --idle-timeout 1 --countdown 30", file: file))
    try tmux.send("Enter")
    try tmux.send("1")
    try tmux.send("Enter")
    try tmux.wait(for: "Bist du unter 18?")
    try tmux.wait(for: "Bist du noch da?")
    try clickQuickExit(tmux)
    try tmux.wait(until: "the welcome screen is back") { $0.contains("Jemand erpresst dich") && !$0.contains("Bist du noch da?") }
    // The answers are gone: starting again asks the first question.
    try tmux.send("Enter")
    try tmux.wait(for: "Für wen machst du diesen Check?")
  }

  @Test func confirmationsAreAnsweredByClickingYesOrNo() throws {
    let file = NSTemporaryDirectory() + "boxes-\(UUID().uuidString)"
    let tmux = try Tmux(Tmux.withStty("\(binary) --lang en --region DE", file: file))
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing this check for?")
    try tmux.send("q")
    let no = try tmux.place(of: "[ No ]")
    try tmux.click(column: no.column + 2, row: no.row)
    try tmux.waitUntilGone("[ No ]")
    #expect(try tmux.exitStatus() == nil, "No keeps the check going")
    try tmux.send("q")
    // Clicks closer than a double-click are one; a person reads first.
    Thread.sleep(forTimeInterval: 0.6)
    let yes = try tmux.place(of: "[ Yes ]")
    try tmux.click(column: yes.column + 2, row: yes.row)
    _ = try tmux.waitForExit()
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("exit=0"))
  }

  @Test func theHelpBoxAt40x12SaysWhyAndScrollsToTheKeys() throws {
    let tmux = try Tmux("\(binary) --lang en --region DE", columns: 40, rows: 12)
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing")
    try tmux.send("?")
    // The question's own button says "Why we ask" too: wait for the box's text.
    // A capture can fall between two lines of one frame: wait for both.
    try tmux.wait(until: "the box gives the reason first and says there is more below") {
      $0.contains("Parents, friends") && $0.contains("↓")
    }
    for _ in 0..<12 { try tmux.send("Down") }
    let scrolled = try tmux.wait(for: "F12 or Esc twice")
    #expect(scrolled.contains("Why we ask"), "the arrows scroll the box")
  }

  @Test func aKioskWithoutAPINFileSaysHowItIsStopped() throws {
    let tmux = try Tmux("\(binary) kiosk --lang de --region DE")
    try tmux.wait(for: "Jemand erpresst dich")
    try tmux.send("C-x")
    let box = try tmux.wait(for: "keine PIN gesetzt")
    #expect(box.contains("systemctl stop"))
    try tmux.send("Enter")
    try tmux.waitUntilGone("keine PIN gesetzt")
    #expect(try tmux.exitStatus() == nil, "the kiosk keeps running")
  }

  /// The review's m6: at 80×24 every code of a UK parent's result fits,
  /// and each scans to its link.
  @Test(.needs(.qrencode, .zbar))
  func everyQRCodeFitsAt80x24AndScans() throws {
    _ = try Tool.qrencode.require()
    let zbarimg = try Tool.zbar.require()
    let tmux = try Tmux("\(binary) --lang en --region GB")
    try tmux.send("Enter")
    try tmux.wait(for: "Who are you doing this check for?")
    // A parent of a child under 18, threatened with pictures, asked for money.
    for key in ["2", "Enter", "1", "Enter", "1", "Enter", "2", "Enter", "1", "Enter", "1", "Enter", "1", "Enter", "4", "Enter"] {
      try tmux.send(key)
      Thread.sleep(forTimeInterval: 0.05)
    }
    try tmux.wait(for: "Your next steps")
    try tmux.send("t")
    // A code is scanned only once its frame is complete.
    let first = try tmux.settled(tmux.wait(until: "the first code is drawn") { $0.contains("█") })
    // "1/N  NSPCC": the first of N links.
    let after = try #require(first.range(of: "1/")).upperBound
    let count = try #require(Int(first[after...].prefix { $0.isNumber }))
    #expect(count >= 4, "the review's four UK links")
    var screen = first
    for index in 1...count {
      #expect(!screen.contains("too small"), "code \(index) of \(count):\n\(screen)")
      let (url, decoded) = try QRCodeTmuxTests.scan(screen, zbarimg: zbarimg)
      #expect(decoded == url, "code \(index) scans to its link")
      if index < count {
        try tmux.send("n")
        screen = try tmux.settled(tmux.wait(until: "code \(index + 1) is drawn") { $0.contains("\(index + 1)/\(count) ") && $0.contains("█") })
      }
    }
  }
}
