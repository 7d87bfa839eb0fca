import ChatCheckCore
import ChatCheckUI
import Foundation
import Testing
import ChatCheckTestSupport

@Suite("Renderers")
struct RenderingTests {
  let content = Fixtures.valid()

  func result(_ language: String = "en") throws -> AdviceResult {
    var interview = Interview(content: content)
    try interview.answer(["stranger"])
    try interview.answer(["recorded", "money"])
    try interview.answer(["bad"])
    return interview.result(language: language, region: "DE")
  }

  @Test func jsonHasTheDocumentedShape() throws {
    let text = ResultJSON.render(try result())
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    #expect(object["schema"] as? String == "chatcheck/result@2")
    #expect(object["reader"] as? String == "self")
    #expect(object["language"] as? String == "en")
    #expect(object["region"] as? String == "DE")
    let answers = object["answers"] as! [[String: Any]]
    #expect(answers[0]["option"] as? String == "stranger")
    #expect(answers[1]["options"] as? [String] == ["recorded", "money"])
    #expect(object["facts"] as? [String] == ["contact.unknown", "images.exist", "payment.demanded", "user.distress"])
    let advice = object["advice"] as! [[String: Any]]
    #expect(advice.map { $0["priority"] as! String } == ["crisis", "urgent", "urgent", "standard", "info"])
    let crisis = advice[0]
    #expect(Set(crisis.keys) == ["id", "topic", "priority", "reader", "title", "text", "steps", "because", "resources"])
    #expect(crisis["reader"] as? String == "self")
    #expect(advice.dropFirst().allSatisfy { $0["reader"] as? String == "any" })
    // The summary: at most three items, each pointing at a card; the
    // crisis card's step first.
    let summary = object["summary"] as! [[String: Any]]
    #expect(summary.map { $0["card"] as! String } == ["crisis", "warning"])
    #expect(summary[0]["text"] as? String == "Call a crisis line.")
    let ids = Set(advice.map { $0["id"] as! String })
    #expect(summary.allSatisfy { ids.contains($0["card"] as! String) })
    let resource = (crisis["resources"] as! [[String: Any]])[0]
    #expect(resource["phone"] == nil && resource["url"] == nil, "every way to reach it is a channel")
    #expect(resource["hours"] == nil && resource["verified"] == nil, "optional fields are omitted, not empty")
    #expect(resource["channels"] as? [[String: String]] == [["kind": "web", "value": "https://www.befrienders.org"]])
    #expect(resource["ages"] as? String == "all")
    #expect(resource["source"] as? String == "https://www.befrienders.org")
    // Keys in the documented order.
    #expect(text.range(of: "\"schema\"")!.lowerBound < text.range(of: "\"advice\"")!.lowerBound)
  }

  @Test func markdownIsAChecklistWithAResourceTable() throws {
    let md = ResultMarkdown.render(try result("de"), content: content)
    #expect(md.hasPrefix("# Deine nächsten Schritte\n"))
    #expect(md.contains("- [ ] Nichts überweisen.\n"))
    #expect(md.contains("> **Jetzt sofort**\n>\n> 1. Ruf eine Krisenlinie an.\n> 2. Achte auf Warnzeichen.\n"))
    #expect(md.contains("| Name | So erreichst du sie | Zeiten |\n|---|---|---|\n| Befrienders Worldwide | Web: <https://www.befrienders.org> |  |"))
    // The emergency number once, under the summary, not in a calm card's table.
    #expect(md.contains("> 2. Achte auf Warnzeichen.\n\n**Im Notfall: 110 (Polizei-Notruf)**\n"))
    #expect(!md.contains("| Polizei-Notruf |"))
  }

  @Test func textWrapsAt80ColumnsAndNamesTheRegion() throws {
    let text = ResultText.render(try result("de"), content: content)
    #expect(text.contains("Region: Deutschland"))
    #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 80 })
    let narrow = ResultText.render(try result("de"), content: content, width: 30)
    // Only a channel with a URL, which is never broken, may be longer
    // than the width.
    let long = narrow.split(separator: "\n").filter { DisplayWidth.of($0) > 30 }
    #expect(!long.isEmpty && long.allSatisfy { $0.contains(": https://") }, "\(long)")
    #expect(text.contains("     Web: https://www.befrienders.org\n"), "the channel's kind in words")
    #expect(text.contains("\n\nIm Notfall: 110 (Polizei-Notruf)\n\n"), "the emergency number under the summary")
    #expect(!text.contains("Anruf: 110"), "and not again under a calm card")
    #expect(text.hasPrefix("Deine nächsten Schritte\n=======================\nJetzt sofort:\n  1. Ruf eine Krisenlinie an.\n"))
  }

  @Test func wrapCountsColumnsNotBytes() {
    #expect(TextWrap.lines("Grüße aus Köln an alle", width: 10) == ["Grüße aus", "Köln an", "alle"])
    #expect(TextWrap.lines("中文中文中文", width: 4) == ["中文", "中文", "中文"])
    #expect(DisplayWidth.of("e\u{301}") == 1)
  }

  @Test func dotHasEveryQuestionAndEdge() {
    let dot = GraphRenderer.render(content, format: .dot, language: "en")
    #expect(dot.hasPrefix("digraph chatcheck {"))
    #expect(dot.contains(#""contact" -> "happened" [label="stranger"];"#))
    #expect(dot.contains(#""happened" -> "feeling" [label="webcam | recorded | money"];"#))
    #expect(dot.contains(#""feeling" -> "result" [label="danger"];"#))
    let mermaid = GraphRenderer.render(content, format: .mermaid, language: "de")
    #expect(mermaid.hasPrefix("flowchart TD\n"))
    #expect(mermaid.contains(#"q0 -->|"known"| q1"#))
  }

  /// Each path as the `paths` command writes it (one member of its list).
  @Test func eachPathIsOneJSONObject() throws {
    let paths = PathEnumerator.paths(content)
    #expect(paths.count == 42)
    for path in paths {
      let json = PathEnumerator.jsonValue(path).serialized(pretty: false)
      let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      #expect(object["facts"] as? [String] == path.facts)
      #expect(object["topics"] as? [String] == path.topics)
      #expect((object["answers"] as? [Any])?.count == path.answers.count)
    }
  }
}

@Suite("Plain line mode")
struct PlainSessionTests {
  func run(_ input: [String], language: String = "en") -> (PlainInterview.Outcome, String) {
    var lines = input[...]
    var output = ""
    var session = PlainInterview(
      content: Fixtures.valid(), language: language, region: "DE",
      readLine: { lines.popFirst() }, write: { output += $0 })
    return (session.run(), output)
  }

  @Test func numberedAnswersReachTheResult() {
    let (outcome, output) = run(["1", "2, 3", "2"])
    #expect(outcome == .finished)
    #expect(output.contains("1. How did the contact start? (question 1 of at most 3)\n  1) A stranger\n  2) Someone I know\n"))
    // One paragraph per line and no underline, for screen readers.
    #expect(output.contains("Your next steps\nRight now:\n"))
    #expect(!output.contains("====="))
    #expect(output.contains("Your next steps"))
    #expect(output.contains("1. Help now"))
  }

  /// Nothing named the country: plain mode asks first, as the full
  /// screen does; Enter alone keeps the guess.
  @Test func theCountryIsAskedWhenNothingNamedIt() throws {
    let content = Fixtures.valid()
    let second = try #require(content.regionCodes.dropFirst().first)
    for (input, expected) in [(["2"], second), (["x", ""], "DE")] {
      var lines = (input + ["1", "2, 3", "2"])[...]
      var output = ""
      var session = PlainInterview(
        content: content, language: "en", region: "DE", askRegion: true,
        readLine: { lines.popFirst() }, write: { output += $0 })
      #expect(session.run() == .finished, "\(output)")
      #expect(output.contains("Which country are you in?"))
      let name = content.regions[expected]?.name.text("en") ?? expected
      #expect(output.contains("\(content.string("result.region", "en")): \(name)"), "\(input): \(output)")
      if input.count > 1 { #expect(output.contains("Type a number from 1 to"), "a wrong number asks again briefly") }
    }
  }

  @Test func backHelpAndInvalidInput() {
    let (outcome, output) = run(["9", "1", "b", "2", "h", "1", "1"], language: "de")
    #expect(outcome == .finished)
    #expect(output.contains("Frage 1: Gib eine Zahl von 1 bis 2 ein.\n> "))
    #expect(output.contains("Wähle alles, was passt."))
    #expect(!output.contains("Kontakt ist nur online bekannt"))  // the stranger answer was taken back
  }

  /// Danger prints the emergency help at once; the questions go on, with
  /// no extra input needed, and the result starts with the summary.
  @Test func dangerPrintsEmergencyHelpAndTheCheckGoesOn() throws {
    var lines = ["2", "1", "3", "2", "1", "2", "1,2", "4"][...]
    var output = ""
    var session = PlainInterview(
      content: Fixtures.shipped(), language: "en", region: "GB",
      readLine: { lines.popFirst() }, write: { output += $0 })
    #expect(session.run() == .finished)
    let help = try #require(output.range(of: "\nImportant: Get help for your child now\n"), "\(output)")
    #expect(!output.contains("!!"))
    let next = try #require(output.range(of: "4. How did it start?"))
    #expect(help.lowerBound < next.lowerBound, "emergency help before the next question")
    #expect(output[help.lowerBound..<next.lowerBound].contains("Call: 999"))
    #expect(output.contains("If nobody is in immediate danger right now, the check goes on."), "a parent's wording")
    let result = output.range(of: "Your next steps\nRight now:\n  1. Stay with your child and call the emergency number or a crisis line below now.\n")
    #expect(result != nil, "\(output)")
  }

  /// An answer out of range names the range; the question says how many
  /// may come at most.
  @Test func invalidInputNamesTheRange() {
    var lines = ["9", "1"][...]
    var output = ""
    var session = PlainInterview(
      content: Fixtures.shipped(), language: "en", region: "GB",
      readLine: { lines.popFirst() }, write: { output += $0 })
    #expect(session.run() == .endOfInput)
    #expect(output.contains("Question 1: type a number from 1 to 4.\n> "))
    #expect(output.contains("2. Are you under 18? Or were you under 18 in the pictures? (question 2 of at most 8)"))
  }

  /// After a typo or help the question is asked again in one short line
  /// (its number and the valid range), not read out in full again.
  @Test func aTypoOrHelpAsksAgainBriefly() {
    let question = "1. How did the contact start? (question 1 of at most 3)"
    for input in [["x", "1"], ["h", "1"], ["?", "9", "1"]] {
      let (_, output) = run(input)
      #expect(output.components(separatedBy: question).count == 2, "the question is read out once: \(input)\n\(output)")
      #expect(output.components(separatedBy: "  1) A stranger\n").count == 2, "the options are listed once: \(input)")
      #expect(output.contains("Question 1: type a number from 1 to 2.\n> "), "\(output)")
    }
    // A multi-select question says that several numbers may be given.
    let (_, multi) = run(["1", "0"])
    #expect(multi.contains("> Question 2: type one or more numbers from 1 to 3, separated by commas.\n> "), "\(multi)")
    // German, and back (b) reads the earlier question out in full again.
    let (_, german) = run(["1", "h", "b"], language: "de")
    #expect(german.contains("Frage 2: Gib eine oder mehrere Zahlen von 1 bis 3 ein, mit Komma getrennt.\n> "), "\(german)")
    #expect(german.components(separatedBy: "1. Wie hat der Kontakt angefangen?").count == 3)
  }

  /// Crisis help between questions starts with a word, in the session's
  /// language, not with a symbol a screen reader reads as "exclamation".
  @Test func crisisHelpIsHeadedWithAWord() {
    for (language, word) in [("en", "Important: "), ("de", "Wichtig: ")] {
      var lines = ["1", "1", "3"][...]
      var output = ""
      var session = PlainInterview(
        content: Fixtures.shipped(), language: language, region: "DE",
        readLine: { lines.popFirst() }, write: { output += $0 })
      #expect(session.run() == .endOfInput)
      #expect(output.contains("\n" + word), "\(output)")
      #expect(!output.contains("!!"))
      #expect(session.endedEarly == (language == "en"
        ? "The input ended before all questions were answered."
        : "Die Eingabe ist zu Ende, bevor alle Fragen beantwortet waren."))
    }
  }

  @Test func endOfInputAndQuit() {
    #expect(run(["1"]).0 == .endOfInput)
    #expect(run(["q"]).0 == .quit)
  }
}
