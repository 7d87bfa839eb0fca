import ChatCheckUI
import Foundation
import Testing

@testable import ChatCheckCLI

/// The colour pairs reach 4.5:1 (WCAG AA) on paper; `Tests/Contrast`
/// measures them in a real xterm.
@Suite("Colour pairs")
struct ColorPairTests {
  /// xterm's default colours 0–15.
  static let xterm: [UInt32] = [
    0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
    0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
  ]
  /// The Linux console's VGA palette.
  static let vga: [UInt32] = [
    0x000000, 0xAA0000, 0x00AA00, 0xAA5500, 0x0000AA, 0xAA00AA, 0x00AAAA, 0xAAAAAA,
    0x555555, 0xFF5555, 0x55FF55, 0xFFFF55, 0x5555FF, 0xFF55FF, 0x55FFFF, 0xFFFFFF,
  ]

  static func luminance(_ rgb: UInt32) -> Double {
    func linear(_ value: UInt32) -> Double {
      let c = Double(value & 0xFF) / 255
      return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb)
  }

  static func ratio(_ a: UInt32, _ b: UInt32) -> Double {
    let (la, lb) = (luminance(a), luminance(b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
  }

  /// Bold shows colours 0–7 in their bright shade (xterm's default, and
  /// the console).
  static func shown(_ pair: ColorPair, bold: Bool, in palette: [UInt32]) -> (text: UInt32, background: UInt32) {
    (palette[Int(pair.foreground) + (bold ? 8 : 0)], palette[Int(pair.background)])
  }

  @Test(arguments: ColorPair.all)
  func everyPairReachesAAInXtermAndOnTheConsole(pair: ColorPair) {
    let weights: [Bool] = pair.weight == .styled ? [false, true] : [pair.weight == .bold]
    for palette in [Self.xterm, Self.vga] {
      for bold in weights {
        let colours = Self.shown(pair, bold: bold, in: palette)
        let value = Self.ratio(colours.text, colours.background)
        #expect(value >= 4.5, "pair \(pair.number), bold \(bold): \(value)")
      }
    }
  }

  @Test(arguments: ColorPair.all)
  func darkTextIsNeverBold(pair: ColorPair) {
    for palette in [Self.xterm, Self.vga] {
      let colours = Self.shown(pair, bold: false, in: palette)
      if Self.luminance(colours.text) < Self.luminance(colours.background) {
        #expect(pair.weight == .plain, "pair \(pair.number)")
      }
    }
  }

  @Test func pairsAreNumberedOnceAndEveryColouredRoleHasOne() {
    #expect(ColorPair.all.map(\.number) == Array(1...Int16(ColorPair.all.count)))
    for role in [Style.Role.header, .selected, .emergency, .notice, .qr, .box] {
      #expect(ColorPair.of(role) != nil)
    }
    #expect(ColorPair.notice.isBold(.normal) && ColorPair.emergency.isBold(.normal))
    #expect(!ColorPair.selected.isBold(Style(.selected, bold: true)))
  }

  /// The quick-exit line reaches the terminal as bold yellow on black.
  @Test(.enabled(if: TerminalTests.enabled))
  func noticeIsDrawnBoldYellowOnBlack() throws {
    let tmux = try Tmux("\(Binary.path) --lang en", environment: ["TERM": "xterm"])
    _ = try tmux.wait(for: "Quick exit:")
    let styled = try tmux.run(["capture-pane", "-t", tmux.session, "-p", "-e"])
    let line = try #require(styled.split(separator: "\n").first { $0.contains("Quick exit:") })
    #expect(line.contains("\u{1B}[1m\u{1B}[33m\u{1B}[40mQuick exit:"), "\(line.debugDescription)")
  }
}
