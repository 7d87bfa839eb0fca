import ChatCheckCore
import ChatCheckUI
import Foundation
import ChatCheckTestSupport
import Testing

@testable import ChatCheckCLI

/// Scripted answers as the command line reports their problems: Core finds
/// them (structured), `InputErrorText` words them, in one place.
@Suite("Scripted answers")
struct ScriptedAnswersTests {
  let content = Fixtures.valid()

  func replay(_ flags: [String], partial: Bool = false) throws(ChatCheckError) -> Interview {
    try ChatCheckError.reporting { () throws(InputError) in
      var given: [ScriptedAnswer] = []
      for flag in flags { given.append(try ScriptedAnswers.parseFlag(flag)) }
      return try ScriptedAnswers.replay(given, content: content, presetFacts: [], partial: partial)
    }
  }

  func parseFile(_ text: String, name: String) throws(ChatCheckError) -> [ScriptedAnswer] {
    try ChatCheckError.reporting { () throws(InputError) in try ScriptedAnswers.parseFile(text, name: name) }
  }

  func failure(_ flags: [String], partial: Bool = false) -> ChatCheckError? {
    do {
      _ = try replay(flags, partial: partial)
      return nil
    } catch {
      return error
    }
  }

  @Test func completeAnswersReachTheResult() throws {
    let interview = try replay(["contact=stranger", "happened=webcam,money", "feeling=ok"])
    #expect(interview.isFinished)
    #expect(interview.facts == ["contact.unknown", "request.webcam", "payment.demanded"])
  }

  @Test func unknownQuestionOrOptionIsAUsageError() {
    let question = failure(["contakt=stranger"])
    #expect(question?.status == .usage)
    #expect(question?.lines.first?.contains("unknown question 'contakt' (did you mean 'contact'?)") == true)
    let option = failure(["contact=alien"])
    #expect(option?.status == .usage)
    #expect(option?.lines == ["--answer 'contact=alien': question 'contact' has no option 'alien'; valid options: stranger, known"])
  }

  @Test func missingAnswerNamesTheQuestionAndItsOptions() {
    let error = failure(["contact=stranger"])
    #expect(error?.status == .dataError)
    #expect(error?.lines == ["question 'happened' has no answer (after contact=stranger); valid options: webcam, recorded, money"])
  }

  @Test func partialStopsAtTheFirstGap() throws {
    let interview = try replay(["contact=stranger"], partial: true)
    #expect(!interview.isFinished)
    #expect(interview.facts == ["contact.unknown"])
  }

  @Test func answersOffThePathAreDataErrors() {
    let error = failure(["contact=stranger", "happened=webcam", "feeling=ok", "feeling=bad"])
    #expect(error?.status == .dataError)
    #expect(error?.lines.first?.contains("answered twice") == true)
    let gap = failure(["contact=stranger", "feeling=ok"], partial: true)
    #expect(gap?.lines == ["--answer 'feeling=ok': question 'feeling' is not on the path (the answers stop at 'happened', which has none); remove it"])
  }

  @Test func singleChoiceTakesOneOption() {
    let error = failure(["contact=stranger,known", "happened=webcam", "feeling=ok"])
    #expect(error?.status == .dataError)
    #expect(error?.lines.first?.contains("takes exactly one option") == true)
  }

  @Test func malformedFlagsAreUsageErrors() {
    for flag in ["contact", "=x", "contact=", "contact=a,,b"] {
      #expect(throws: InputError(.usage, [.malformedAnswer(.flag(flag))])) { try ScriptedAnswers.parseFlag(flag) }
    }
  }

  @Test func answersFileEntriesCarryTheirPlace() throws {
    let answers = try ScriptedAnswers.parseFile("contact: stranger\nhappened: [webcam, money]\nfeeling: ok\n", name: "a.yaml")
    #expect(answers.map(\.origin) == [.place("a.yaml:1:1"), .place("a.yaml:2:1"), .place("a.yaml:3:1")])
    #expect(answers[1].options == ["webcam", "money"])
    let json = try ScriptedAnswers.parseFile(#"{"contact": "known", "happened": ["recorded"], "feeling": "bad"}"#, name: "a.json")
    #expect(json.map(\.question) == ["contact", "happened", "feeling"])
  }

  @Test func malformedAnswersFilesAreLocatedDataErrors() {
    let cases = [
      ("contact: [stranger\n", "a.yaml:1:19: YAML syntax"),
      ("- contact\n", "a.yaml:1:1: an answers file must map"),
      ("contact: {a: b}\n", "a.yaml:1:10: question 'contact': the answer must be"),
      ("", "a.yaml:1:1: the file is empty"),
    ]
    for (text, prefix) in cases {
      do {
        _ = try parseFile(text, name: "a.yaml")
        Issue.record("no error for \(text)")
      } catch {
        #expect(error.status == .dataError)
        #expect(error.lines.first?.hasPrefix(prefix) == true, "\(error.lines)")
      }
    }
  }

  /// An option error points at the option itself, not at the question.
  @Test func optionErrorsPointAtTheValue() throws {
    let given = try ScriptedAnswers.parseFile("contact: strangr\nhappened: [webcam,\n  monye]\n", name: "a.yaml")
    do {
      _ = try ChatCheckError.reporting { () throws(InputError) in
        try ScriptedAnswers.replay(given, content: content, presetFacts: [], partial: true)
      }
      Issue.record("no error")
    } catch {
      #expect(error.lines.contains { $0.hasPrefix("a.yaml:1:10: question 'contact' has no option 'strangr'") }, "\(error.lines)")
      #expect(error.lines.contains { $0.hasPrefix("a.yaml:3:3: question 'happened' has no option 'monye'") }, "\(error.lines)")
    }
  }

  /// An id a script made up is shown escaped, never sent to the terminal.
  @Test func madeUpIdsAreShownEscaped() {
    let line = InputErrorText.line(.unknownDecision(.place("f:1:1"), story: "s", decision: "nope\u{1B}]52;c;", decisions: ["a"]))
    #expect(line.contains("no decision 'nope\\u{1B}]52;c;'"), "\(line)")
    #expect(!line.contains("\u{1B}"))
    #expect(!InputErrorText.line(.unknownStory("x\u{7}", stories: ["a"])).contains("\u{7}"))
  }
}
