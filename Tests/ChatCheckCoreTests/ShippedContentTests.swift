import ChatCheckCore
import ChatCheckEmbedded
import Foundation
import Testing

/// The shipped interview (issue 3): scenario tests for typical cases in
/// both languages and every region, and a snapshot of every path.
@Suite("Shipped content")
struct ShippedContentTests {
  static let content: Content = {
    let files = EmbeddedContent.files.map {
      ContentFile(relativePath: $0.path, displayPath: "Content/\($0.path)", text: $0.text)
    }
    return ContentLoader.load(files, folderName: "Content").content!
  }()

  static let regions = ["DE", "AT", "CH", "GB", "US", "INT"]
  static let languages = ["de", "en"]

  func result(_ answers: [String: String], _ language: String, _ region: String) throws -> AdviceResult {
    let given = answers.map { ScriptedAnswer(question: $0.key, options: [$0.value], origin: $0.key) }
    let interview = try ScriptedAnswers.replay(given, content: Self.content, presetFacts: [], partial: false)
    return interview.result(language: language, region: region)
  }

  func resourceIDs(_ result: AdviceResult, topic: String) -> [String] {
    result.cards.filter { $0.card.topic == topic }.flatMap { $0.resources.map(\.id) }
  }

  /// What every result must have in every language and region.
  func checkCommon(_ result: AdviceResult, _ language: String, _ region: String) {
    #expect(!result.cards.isEmpty)
    let emergency = Self.content.resources(role: "emergency", region: region).map(\.id)
    let shown = Set(result.cards.flatMap { $0.resources.map(\.id) })
    #expect(emergency.contains { shown.contains($0) }, "no emergency number in \(region)")
    for chosen in result.cards {
      #expect(!chosen.card.title.text(language).isEmpty)
      for resource in chosen.resources {
        #expect(resource.phone != nil || resource.url != nil)
      }
    }
  }

  static let adultWhoPaid = [
    "who": "me", "age_self": "adult", "feeling_self": "coping", "contact": "stranger_moved",
    "pictures": "yes_or_unsure", "threat": "threatens", "demand": "yes", "paid": "yes",
  ]

  @Test(arguments: languages, regions)
  func adultWhoAlreadyPaid(language: String, region: String) throws {
    let r = try result(Self.adultWhoPaid, language, region)
    checkCommon(r, language, region)
    let t = r.topics
    #expect(t.first == "not-your-fault")
    for topic in ["do-not-pay", "stop-paying", "preserve-evidence", "stop-contact", "keep-account", "block-and-report", "report-police", "takedown"] {
      #expect(t.contains(topic), "\(topic) missing")
    }
    #expect(t.firstIndex(of: "preserve-evidence")! < t.firstIndex(of: "block-and-report")!)
    #expect(!t.contains("minor-evidence-caution"))
    #expect(resourceIDs(r, topic: "takedown") == ["int-stopncii"])
    let police = resourceIDs(r, topic: "report-police")
    let expected = ["DE": "de-police-report", "AT": "at-police-report", "CH": "ch-police-report", "GB": "gb-101", "US": "us-fbi", "INT": "int-112"]
    #expect(police.first == expected[region])
  }

  @Test(arguments: languages, regions)
  func teenageBoyWhoIsThreatened(language: String, region: String) throws {
    let r = try result([
      "who": "me", "age_self": "minor", "feeling_self": "coping", "contact": "stranger",
      "pictures": "yes_or_unsure", "threat": "threatens", "demand": "yes", "paid": "no",
    ], language, region)
    checkCommon(r, language, region)
    let t = r.topics
    #expect(t.contains("minor-evidence-caution"))
    #expect(t.firstIndex(of: "minor-evidence-caution")! < t.firstIndex(of: "preserve-evidence")!)
    #expect(t.contains("takedown") && t.contains("do-not-pay") && !t.contains("stop-paying"))
    let takedown = resourceIDs(r, topic: "takedown")
    #expect(takedown.contains { $0.hasSuffix("take-it-down") }, "\(takedown)")
    #expect(!r.cards.flatMap(\.resources).contains { $0.id == "int-stopncii" }, "never StopNCII for a minor")
    if region == "GB" { #expect(takedown.contains("gb-report-remove")) }
    let police = resourceIDs(r, topic: "report-police")
    if region == "GB" { #expect(police == ["gb-ceop"]) }
    if region == "US" { #expect(police == ["us-cybertipline"]) }
    // The evidence advice for minors never says to screenshot the images.
    let evidence = r.cards.first { $0.card.topic == "preserve-evidence" }!.card
    #expect(evidence.id == "evidence-minor")
    let talk = resourceIDs(r, topic: "talk-to-someone")
    #expect(!talk.isEmpty)
  }

  @Test(arguments: languages, regions)
  func parentAskingAboutTheirChild(language: String, region: String) throws {
    let r = try result([
      "who": "child", "age_other": "minor", "feeling_other": "coping", "contact": "stranger_moved",
      "pictures": "yes_or_unsure", "threat": "threatens", "demand": "no",
    ], language, region)
    checkCommon(r, language, region)
    let t = r.topics
    #expect(Array(t.prefix(2)) == ["not-your-fault", "parent-guidance"])
    #expect(!t.contains("do-not-pay"))
    let parents = resourceIDs(r, topic: "parent-guidance")
    let expected = ["DE": "de-elterntelefon", "AT": "at-rat-auf-draht", "CH": "ch-clickandstop", "GB": "gb-ceop", "US": "us-cybertipline", "INT": "int-116111"]
    #expect(parents.first == expected[region])
    #expect(r.cards.first { $0.card.topic == "not-your-fault" }?.card.id == "not-their-fault")
  }

  @Test(arguments: languages, regions)
  func emailOnlyClaim(language: String, region: String) throws {
    let r = try result(["who": "me", "age_self": "adult", "feeling_self": "coping", "contact": "email_only", "email_password": "yes", "email_paid": "no"], language, region)
    checkCommon(r, language, region)
    let t = r.topics
    #expect(t.contains("email-bluff") && t.contains("do-not-pay") && t.contains("secure-accounts"))
    #expect(!t.contains("stop-contact") && !t.contains("keep-account") && !t.contains("takedown"))
  }

  @Test(arguments: languages, regions)
  func onlyAskedToTurnOnTheWebcam(language: String, region: String) throws {
    let r = try result(["who": "me", "age_self": "adult", "feeling_self": "coping", "contact": "stranger", "pictures": "no", "request": "webcam", "demand": "no"], language, region)
    checkCommon(r, language, region)
    let t = r.topics
    #expect(t.contains("prevention-webcam") && t.contains("warning-signs"))
    #expect(!t.contains("preserve-evidence") && !t.contains("do-not-pay") && !t.contains("crisis-support"))
  }

  @Test(arguments: languages, regions)
  func someoneInDistress(language: String, region: String) throws {
    let desperate = try result(["who": "me", "age_self": "minor", "feeling_self": "desperate", "contact": "stranger", "pictures": "yes_or_unsure", "threat": "no", "demand": "yes", "paid": "no"], language, region)
    checkCommon(desperate, language, region)
    #expect(desperate.topics.first == "crisis-support")
    #expect(desperate.cards.first?.card.id == "crisis-minor")
    let danger = try result(["who": "someone", "age_other": "adult", "feeling_other": "danger"], language, region)
    checkCommon(danger, language, region)
    #expect(Array(danger.topics.prefix(2)) == ["emergency", "crisis-support"])
  }

  @Test func germanAndEnglishAreBothComplete() {
    for card in Self.content.cards {
      #expect(card.title.text("de") != card.title.text("en"), "\(card.id) title untranslated")
      #expect(card.text.text("de") != card.text.text("en"), "\(card.id) text untranslated")
    }
    for question in Self.content.questions {
      #expect(question.text.text("de") != question.text.text("en"))
    }
  }

  @Test func germanUsesDuNotSie() {
    var texts: [String] = []
    for card in Self.content.cards { texts += [card.title.text("de"), card.text.text("de")] + card.steps.map { $0.text("de") } }
    for question in Self.content.questions { texts += [question.text.text("de"), question.help.text("de")] + question.options.map { $0.label.text("de") } }
    for text in texts {
      for formal in [" Sie ", " Ihnen ", " Ihr ", " Ihre ", " Ihren "] where text.contains(formal) {
        // "Sie" as "she/they" is fine in mid-sentence; the polite form is capitalised mid-sentence too,
        // so flag only the possessive forms and "Ihnen", which have no other reading.
        if formal != " Sie " { Issue.record("formal address '\(formal)' in: \(text)") }
      }
    }
  }

  /// Contract §3: every path of `paths`, replayed as scripted answers,
  /// gives the same facts and topics in the same order.
  @Test func everyShippedPathReplaysToTheSameTopics() throws {
    for path in PathEnumerator.paths(Self.content) {
      let given = path.answers.map { ScriptedAnswer(question: $0.question, options: $0.options, origin: $0.question) }
      let interview = try ScriptedAnswers.replay(given, content: Self.content, presetFacts: [], partial: false)
      let result = interview.result(language: "de", region: "DE")
      #expect(result.topics == path.topics)
      #expect(result.facts == path.facts)
    }
  }

  /// Every path through the shipped interview, with its facts and topics.
  /// Re-record after a reviewed content change: RECORD_SNAPSHOTS=1 swift test
  @Test func pathsSnapshot() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Snapshots/paths.json")
    let actual = PathEnumerator.json(PathEnumerator.paths(Self.content))
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded a new snapshot at \(url.path); review it and run the tests again")
      return
    }
    if actual != expected {
      let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
      Issue.record("paths differ from Tests/Snapshots/paths.json at line \(line + 1); if the change is intended, run RECORD_SNAPSHOTS=1 swift test and review the diff")
    }
  }
}
