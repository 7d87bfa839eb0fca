import ChatCheckCore
import ChatCheckUI
import Testing
import ChatCheckTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Text that reaches a terminal (security review N19): invisible and
/// unassigned characters are refused, and widths match the C library's.
@Suite("Unicode in texts")
struct UnicodeTests {
  @Test(arguments: [0x034F, 0x180B, 0x17B4, 0x17B5, 0xFE0F, 0xE0100, 0xFDD0, 0xFFFF, 0x10FFFF, 0x0378, 0xE0080, 0x3164, 0x200B])
  func invisibleAndUnassignedCharactersAreRefused(code: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(code))
    let problem = TerminalText.firstProblem(in: "Hilfe" + String(Character(scalar)) + "telefon", allowNewlines: true)
    #expect(problem?.scalar == scalar, "U+\(String(code, radix: 16))")
  }

  @Test func combiningMarksNeedALetterBeforeThem() {
    #expect(TerminalText.firstProblem(in: "e\u{301}cole, Gru\u{308}ße", allowNewlines: true) == nil)
    #expect(TerminalText.firstProblem(in: "\u{301}Hilfe", allowNewlines: true)?.kind == "a combining mark without a letter before it")
    #expect(TerminalText.firstProblem(in: "Hilfe \u{20DD}", allowNewlines: true)?.scalar == "\u{20DD}")
    #expect(TerminalText.firstProblem(in: "Hilfe\n\u{301}", allowNewlines: true) != nil)
    // Ordinary scripts pass.
    for text in ["Nummer gegen Kummer", "Прокуратура", "خط المساعدة", "電話相談", "Yardım hattı", "Telefon zaufania 🙂"] {
      #expect(TerminalText.firstProblem(in: text, allowNewlines: true) == nil, "\(text)")
    }
  }

  @Test func theLoaderNamesTheCharacterAndWhereItIs() {
    let files = Fixtures.replacing(
      "en: \"How did the contact start?\"", with: "en: \"How did the contact\u{034F} start?\"", in: "questions.yaml", Fixtures.validFiles())
    let messages = ContentLoader.load(files, folderName: "Content", requiring: FrontEndStrings.all).diagnostics.map(\.description)
    #expect(messages.contains { $0.contains("questions.yaml:3:") && $0.contains("U+034F (an invisible character)") }, "\(messages)")
  }

  /// Every character the C library knows is as wide here as `wcwidth`
  /// says (emoji shown as pictures are two columns either way).
  @Test func widthsMatchTheCLibrary() throws {
    // This thread only: other tests run beside this one.
    let locale = try #require(newlocale(Int32(1) << LC_CTYPE, "C.UTF-8", nil), "the C.UTF-8 locale")
    let previous = uselocale(locale)
    defer {
      uselocale(previous)
      freelocale(locale)
    }
    typealias WidthFunction = @convention(c) (Int32) -> Int32
    let symbol = try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth"))
    let wcwidth = unsafeBitCast(symbol, to: WidthFunction.self)
    var mismatches: [String] = []
    for code in UInt32(0xA0)...UInt32(0x3FFFF) {
      guard let scalar = Unicode.Scalar(code) else { continue }
      let expected = wcwidth(Int32(code))
      guard expected >= 1, !scalar.properties.isEmojiPresentation else { continue }
      let category = scalar.properties.generalCategory
      if category == .nonspacingMark || category == .enclosingMark || category == .format { continue }
      let ours = DisplayWidth.of(Character(scalar))
      if ours != Int(expected) { mismatches.append("U+\(String(code, radix: 16, uppercase: true)): \(ours) vs \(expected)") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count): \(mismatches.prefix(20))")
  }
}
