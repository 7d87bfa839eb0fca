import ChatCheckCore
import ChatCheckEmbedded
import Testing
import ChatCheckTestSupport

/// The shipped interview: scenario tests for typical cases in both
/// languages and every region.
@Suite("Shipped content")
struct ShippedContentTests {
  static let content: Content = Fixtures.shipped()
  /// Every region the content declares: a new region is tested without
  /// touching the tests.
  static let regions = content.regionCodes

  /// "Answers that no longer apply" has a singular and a plural, not
  /// "answer(s)": the `_one` string for one, the other for more.
  @Test func removedAnswersAreCountedInWords() {
    for language in ["de", "en", "de-CH"] {
      let one = Self.content.string("ui.pruned_one", language)
      let many = Self.content.string("ui.pruned", language)
      #expect(one != "ui.pruned_one" && !one.contains("{count}") && one.contains("{list}"), "\(language): \(one)")
      #expect(many.contains("{count}") && many.contains("{list}"), "\(language): \(many)")
      for text in [one, many] { #expect(!text.contains("("), "\(language): \(text)") }
    }
    #expect(Self.content.string("ui.pruned_one", "en").hasPrefix("One answer no longer applies"))
    #expect(Self.content.string("ui.pruned", "en").hasPrefix("{count} answers no longer apply"))
    #expect(Self.content.string("ui.pruned_one", "de").hasPrefix("Eine Antwort passt nicht mehr"))
    #expect(Self.content.string("ui.pruned", "de").hasPrefix("{count} Antworten passen nicht mehr"))
  }

  @Test func theShippedRegionsAreThereAtLeast() {
    #expect(Set(["DE", "AT", "CH", "GB", "US", "INT"]).isSubset(of: Set(Self.regions)))
  }
  /// Every language the content offers: every scenario runs in each.
  static let languages = Fixtures.sweptLanguages.filter(content.languages.contains)

  static func result(_ answers: [String: [String]], _ language: String, _ region: String) throws -> AdviceResult {
    let given = answers.map { ScriptedAnswer(question: $0.key, options: $0.value, origin: .place($0.key)) }
    let interview = try ScriptedAnswers.replay(given, content: content, presetFacts: [], partial: false)
    return interview.result(language: language, region: region)
  }

  func result(_ answers: [String: String], _ language: String, _ region: String) throws -> AdviceResult {
    try Self.result(answers.mapValues { $0.split(separator: ",").map(String.init) }, language, region)
  }

  func resourceIDs(_ result: AdviceResult, topic: String) -> [String] {
    result.cards.filter { $0.card.topic == topic }.flatMap { $0.resources.map(\.id) }
  }

  /// What every result must have in every language and region.
  func checkCommon(_ result: AdviceResult, _ language: String, _ region: String) {
    #expect(!result.cards.isEmpty)
    #expect((1...3).contains(result.summary.count))
    #expect(result.cards.count <= 7)
    let emergency = Self.content.resources(role: "emergency", region: region, minor: false).map(\.id)
    let shown = Set(result.cards.flatMap { $0.resources.map(\.id) })
    #expect(emergency.contains { shown.contains($0) }, "no emergency number in \(region)")
    for chosen in result.cards {
      #expect(!chosen.wording.title.text(language).isEmpty)
      #expect(chosen.wording.reader == nil || chosen.wording.reader == result.reader, "\(chosen.card.id) speaks to another reader")
      for resource in chosen.resources { #expect(!resource.channels.isEmpty) }
    }
  }

  /// A situation: the answers, who reads, the topics in order and the
  /// cards of the summary. Checked in both languages and every region.
  struct Scenario: Sendable, CustomStringConvertible {
    var name: String
    var answers: String
    var reader: Reader
    var topics: [String]
    var summary: [String]
    var description: String { name }

    var answerMap: [String: String] {
      Dictionary(uniqueKeysWithValues: answers.split(separator: " ").map { pair in
        let parts = pair.split(separator: "=", maxSplits: 1)
        return (String(parts[0]), String(parts[1]))
      })
    }
  }

  static let scenarios: [Scenario] = [
    Scenario(
      name: "an adult who already paid",
      answers: "who=me age_self=adult feeling_self=coping contact=stranger_moved pictures=yes_or_unsure threat=threatens demand=money happened=paid",
      reader: .affected, topics: ["not-your-fault", "stop-paying", "preserve-evidence", "report-police", "takedown", "recovery-scam"],
      summary: ["not-your-fault", "stop-paying", "evidence"]),
    Scenario(
      name: "a teenage boy threatened for money",
      answers: "who=me age_self=minor feeling_self=coping contact=stranger pictures=yes_or_unsure threat=threatens demand=money happened=neither",
      reader: .affected, topics: ["not-your-fault", "do-not-pay", "minor-evidence-caution", "report-police", "takedown"],
      summary: ["not-your-fault-minor", "do-not-pay", "evidence-minor"]),
    Scenario(
      name: "a desperate teenager with faked pictures",
      answers: "who=me age_self=minor feeling_self=desperate contact=stranger pictures=fake threat=threatens demand=money happened=neither",
      // The fake-images card says it is not their fault and carries Take It Down.
      reader: .affected, topics: ["crisis-support", "fake-images", "do-not-pay", "minor-evidence-caution", "report-police"],
      summary: ["crisis-minor", "fake-images", "do-not-pay"]),
    Scenario(
      name: "a parent of a suicidal child whose pictures are online",
      answers: "who=child age_child=minor feeling_child=danger contact=stranger_moved pictures=yes_or_unsure threat=online demand=images happened=neither",
      reader: .parent, topics: ["emergency", "do-not-pay", "parent-guidance", "minor-evidence-caution", "report-police", "remove-published"],
      summary: ["emergency", "do-not-pay", "parent-guidance"]),
    Scenario(
      name: "a friend of a desperate adult asked to meet",
      answers: "who=someone age_other=adult feeling_other=desperate contact=stranger pictures=fake threat=threatens demand=meeting happened=neither",
      reader: .helper, topics: ["crisis-support", "fake-images", "do-not-pay", "no-meeting", "helper-guidance", "preserve-evidence", "report-police"],
      summary: ["crisis-adult", "fake-images", "do-not-pay"]),
    Scenario(
      name: "a teacher whose student's pictures went to classmates",
      answers: "who=professional age_other=minor feeling_other=coping contact=known pictures=yes_or_unsure threat=to_contacts demand=money,images happened=sent_more",
      reader: .helper, topics: ["known-offender", "do-not-pay", "helper-guidance", "minor-evidence-caution", "report-police", "takedown", "warn-contacts"],
      summary: ["known-offender-minor", "do-not-pay", "helper-professional-minor"]),
    Scenario(
      name: "a friend who does not know every answer",
      answers: "who=someone age_other=minor feeling_other=coping contact=stranger pictures=yes_or_unsure threat=unknown demand=unknown happened=unknown",
      reader: .helper, topics: ["do-not-pay", "helper-guidance", "minor-evidence-caution", "report-police", "takedown"],
      summary: ["do-not-pay", "helper-friend-minor", "evidence-minor"]),
    Scenario(
      name: "a bluff mail with an old password",
      answers: "who=me age_self=adult feeling_self=coping contact=email_only email_password=yes email_paid=no",
      reader: .affected, topics: ["email-bluff", "report-police", "secure-accounts"],
      summary: ["email-bluff", "report-scam", "secure-accounts"]),
    Scenario(
      name: "a parent whose adult child paid after a bluff mail",
      answers: "who=child age_child=adult feeling_child=coping contact=email_only email_password=no email_paid=yes",
      reader: .parent, topics: ["email-bluff", "stop-paying", "parent-guidance", "report-police"],
      summary: ["email-bluff", "stop-paying-bluff", "parent-guidance-adult"]),
    Scenario(
      name: "someone only asked to turn on the webcam",
      answers: "who=me age_self=adult feeling_self=coping contact=stranger pictures=no request=webcam demand=nothing happened=neither",
      reader: .affected, topics: ["prevention-webcam", "warning-signs"],
      summary: ["prevention-webcam", "warning-signs"]),
  ]

  @Test(arguments: scenarios)
  func scenario(_ scenario: Scenario) throws {
    for language in Self.languages {
      for region in Self.regions {
        let r = try result(scenario.answerMap, language, region)
        checkCommon(r, language, region)
        #expect(r.reader == scenario.reader, "\(language) \(region)")
        #expect(r.topics == scenario.topics, "\(language) \(region)")
        #expect(r.summary.map(\.card) == scenario.summary, "\(language) \(region)")
        for chosen in r.cards { #expect(chosen.wording.reader == nil || chosen.wording.reader == scenario.reader) }
        // "Give nothing more" is never below the third card after crisis help.
        let afterCrisis = r.topics.filter { $0 != "emergency" && $0 != "crisis-support" }
        if let index = afterCrisis.firstIndex(where: { $0 == "do-not-pay" || $0 == "stop-paying" }) { #expect(index < 3) }
        if r.facts.contains("victim.minor") {
          #expect(!r.cards.flatMap(\.resources).contains { $0.ages == .adult }, "no adult-only line for a minor")
        } else {
          #expect(!r.cards.flatMap(\.resources).contains { $0.ages == .young }, "no youth line for an adult")
        }
      }
    }
  }

  /// A teenager in crisis gets crisis help first, then the rest of the steps.
  @Test func aTeenagerInDangerGetsCrisisHelpFirstThenTheRest() throws {
    let r = try result([
      "who": "me", "age_self": "minor", "feeling_self": "danger", "contact": "stranger_moved",
      "pictures": "yes_or_unsure", "threat": "online", "demand": "money", "happened": "neither",
    ], "en", "US")
    #expect(r.topics.first == "emergency")
    #expect(r.topics.contains("remove-published") && r.topics.contains("report-police") && r.topics.contains("do-not-pay"))
    let lines = r.cards[0].resources.map(\.id)
    #expect(lines.contains("us-911") && lines.contains("us-988"))
    #expect(lines.contains("us-crisis-text-line"), "a line young people can text, on the emergency card")
  }

  /// Swiss German output never uses "ß".
  @Test func swissOutputUsesSS() throws {
    let r = try result([
      "who": "child", "age_child": "minor", "feeling_child": "desperate", "contact": "stranger",
      "pictures": "yes_or_unsure", "threat": "threatens", "demand": "money", "happened": "neither",
    ], "de", "CH")
    let text = ResultText.render(r, content: Self.content) + ResultMarkdown.render(r, content: Self.content) + ResultJSON.render(r)
    #expect(!text.contains("ß"))
    #expect(text.contains("starkem Druck") || text.contains("ss"))
    let german = ResultText.render(try result([
      "who": "child", "age_child": "minor", "feeling_child": "desperate", "contact": "stranger",
      "pictures": "yes_or_unsure", "threat": "threatens", "demand": "money", "happened": "neither",
    ], "de", "DE"), content: Self.content)
    #expect(german.contains("ß"), "German in Germany keeps ß")
  }

  /// "None of these" and "I don't know" go alone.
  @Test func exclusiveOptionsGoAlone() {
    let given = [
      ScriptedAnswer(question: "who", options: ["me"], origin: .place("who")),
      ScriptedAnswer(question: "age_self", options: ["adult"], origin: .place("age_self")),
      ScriptedAnswer(question: "feeling_self", options: ["coping"], origin: .place("feeling_self")),
      ScriptedAnswer(question: "contact", options: ["stranger"], origin: .place("contact")),
      ScriptedAnswer(question: "pictures", options: ["no"], origin: .place("pictures")),
      ScriptedAnswer(question: "request", options: ["webcam"], origin: .place("request")),
      ScriptedAnswer(question: "demand", options: ["money", "nothing"], origin: .place("demand")),
      ScriptedAnswer(question: "happened", options: ["neither"], origin: .place("happened")),
    ]
    #expect(throws: InputError.self) {
      _ = try ScriptedAnswers.replay(given, content: Self.content, presetFacts: [], partial: false)
    }
    let demand = Self.content.question("demand")!
    #expect(demand.selections.count == 7 + 2, "3 options that combine, and 2 that go alone")
  }

  /// Text-only lines are never calls (the content review's harmful finding).
  @Test func textOnlyLinesHaveNoCallChannel() {
    for id in ["us-crisis-text-line", "gb-the-mix"] {
      let resource = Self.content.regions.values.flatMap(\.resources).first { $0.id == id }
      #expect(resource?.channels.map(\.kind) == [.text], "\(id)")
      #expect(resource?.roles.contains("crisis") == false, "\(id) is shown on the emergency card, which asks to call")
    }
  }

  @Test func germanAndEnglishAreBothComplete() {
    for card in Self.content.cards {
      for wording in card.wordings {
        #expect(wording.title.text("de") != wording.title.text("en"), "\(card.id) title untranslated")
        #expect(wording.text.text("de") != wording.text.text("en"), "\(card.id) text untranslated")
      }
    }
    for question in Self.content.questions {
      #expect(question.text.text("de") != question.text.text("en"))
    }
  }

  @Test func germanUsesDuNotSie() {
    var texts: [String] = []
    for wording in Self.content.cards.flatMap(\.wordings) {
      texts += [wording.title.text("de"), wording.text.text("de")] + wording.steps.map { $0.text("de") }
    }
    for question in Self.content.questions { texts += [question.text.text("de"), question.help.text("de")] + question.options.map { $0.label.text("de") } }
    for text in texts {
      for formal in [" Ihnen ", " Ihr ", " Ihre ", " Ihren "] where text.contains(formal) {
        Issue.record("formal address '\(formal)' in: \(text)")
      }
    }
  }
}
