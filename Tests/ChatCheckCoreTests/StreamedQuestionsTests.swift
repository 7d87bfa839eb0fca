import ChatCheckCore
import ChatCheckUI
import Testing
import ChatCheckTestSupport

/// The questions are read one by one while the parser reads the file (no
/// tree of the whole file); what they report must be exactly what reading
/// the whole file first reported.
@Suite("Questions read as the parser reaches them")
struct StreamedQuestionsTests {
  static let header = "questions:\n"

  func load(_ questions: String) -> LoadResult { Fixtures.loadValid(questions: questions) }

  static var valid: String { Fixtures.validQuestions }

  /// A broken question at the top, and a file that ends in a syntax
  /// error: only the syntax error is reported, and nothing the questions
  /// added before it (texts, `next` targets) is left behind.
  @Test func aFileThatDoesNotParseReportsOnlyItsSyntaxError() {
    let broken = Self.valid.replacingOccurrences(
      of: Self.header, with: Self.header + "  - {id: first, text: x, help: y, options: [{id: a, label: z, next: nowhere}], colour: red}\n")
    let loaded = load(broken + "  - id: [unfinished\n")
    #expect(loaded.errors.count == 1, "\(loaded.errors)")
    #expect(loaded.errors.first?.message.hasPrefix("YAML syntax:") == true)
    #expect(!loaded.texts.contains { $0.location.file.hasSuffix("questions.yaml") })
    // The same questions without the syntax error report their problems.
    let messages = load(broken).errors.map(\.message)
    #expect(messages.contains { $0.contains("unknown key 'colour'") })
    #expect(messages.contains { $0.contains("nowhere") })
  }

  /// More problems than are listed: the file's own problem (an unknown
  /// top-level key after the list) is still among those kept, as when the
  /// whole file was read before its questions.
  @Test func theFilesOwnProblemsAreKeptWhenTheQuestionsHaveTooMany() {
    var text = Self.valid
    for i in 0..<(InputLimits.diagnostics + 50) {
      text += "  - {id: extra\(i), text: x, help: y, options: [{id: a, label: z, next: result}], colour: red}\n"
    }
    text += "questons: []\n"
    let diagnostics = load(text).diagnostics
    #expect(diagnostics.contains { $0.message.contains("unknown key 'questons'") }, "the file's own problem is listed")
    #expect(diagnostics.contains { $0.message.contains("more problems from here on") })
    #expect(diagnostics.filter { $0.message.contains("unknown key 'colour'") }.count == InputLimits.diagnostics - 1)
  }

  /// A load that makes no template keeps no texts, and reports the same.
  @Test func aLoadWithoutTextsReportsTheSame() {
    let files = Fixtures.validFiles()
    let kept = ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all)
    let lean = ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all, keepingTexts: false)
    #expect(!kept.texts.isEmpty && lean.texts.isEmpty)
    #expect(lean.content == kept.content && lean.diagnostics.map(\.description) == kept.diagnostics.map(\.description))
  }

  /// Only the first `questions:` list is read; a second one is reported
  /// as a duplicate key and its questions are not looked at.
  @Test func aSecondQuestionsListIsReportedNotRead() {
    let errors = load(Self.valid + "questions:\n  - {id: second, colour: red}\n").errors.map(\.message)
    #expect(errors.count == 1, "\(errors)")
    #expect(errors.first?.contains("duplicate key 'questions'") == true)
  }

  /// An alias in a later question may repeat an anchored part of an
  /// earlier one, which is no longer kept in a tree.
  @Test func aLaterQuestionMayUseAnEarlierQuestionsAnchor() {
    let anchored = Self.valid.replacingOccurrences(
      of: #"help: {de: "Fremde sind ein Warnzeichen.", en: "Strangers are a warning sign."}"#,
      with: #"help: &strangers {de: "Fremde sind ein Warnzeichen.", en: "Strangers are a warning sign."}"#)
    #expect(anchored != Self.valid)
    let reused = anchored.replacingOccurrences(
      of: #"help: {de: "Wähle alles, was passt.", en: "Choose everything that fits."}"#, with: "help: *strangers")
    #expect(reused != anchored)
    let loaded = load(reused)
    #expect(loaded.errors.isEmpty, "\(loaded.errors)")
    #expect(loaded.content?.questions.first { $0.id == "happened" }?.help.text("en") == "Strangers are a warning sign.")
  }

  /// A `questions` list that is not at the top (inside another key) is
  /// an ordinary value: reported as an unknown key, its items unread.
  @Test func onlyTheTopLevelListIsRead() {
    let errors = load(Self.valid + "other:\n  questions:\n    - {id: inner, colour: red}\n").errors.map(\.message)
    #expect(errors.count == 1, "\(errors)")
    #expect(errors.first?.contains("unknown key 'other'") == true)
  }
}
