import ChatCheckCore
import ChatCheckEmbedded
import Testing

/// The shipped interview: scenario tests for typical cases in both
/// languages and every region.
@Suite("Shipped content")
struct ShippedContentTests {
  static let content: Content = Fixtures.shipped()
  static let regions = ["DE", "AT", "CH", "GB", "US", "INT"]
  static let languages = ["de", "en"]

  static func result(_ answers: [String: [String]], _ language: String, _ region: String) throws -> AdviceResult {
    let given = answers.map { ScriptedAnswer(question: $0.key, options: $0.value, origin: $0.key) }
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

  static let adultWhoPaid = [
    "who": "me", "age_self": "adult", "feeling_self": "coping", "contact": "stranger_moved",
    "pictures": "yes_or_unsure", "threat": "threatens", "demand": "money", "happened": "paid",
  ]

  @Test(arguments: languages, regions)
  func adultWhoAlreadyPaid(language: String, region: String) throws {
    let r = try result(Self.adultWhoPaid, language, region)
    checkCommon(r, language, region)
    #expect(r.reader == .affected)
    #expect(r.topics == ["not-your-fault", "stop-paying", "preserve-evidence", "report-police", "takedown"])
    // stop-paying replaces do-not-pay, and leads the summary.
    #expect(r.summary.first?.card == "stop-paying")
    #expect(resourceIDs(r, topic: "takedown").contains("int-stopncii") || region == "AT")
    #expect(!resourceIDs(r, topic: "report-police").isEmpty)
  }

  @Test(arguments: languages, regions)
  func teenageBoyWhoIsThreatened(language: String, region: String) throws {
    let r = try result([
      "who": "me", "age_self": "minor", "feeling_self": "coping", "contact": "stranger",
      "pictures": "yes_or_unsure", "threat": "threatens", "demand": "money", "happened": "neither",
    ], language, region)
    checkCommon(r, language, region)
    #expect(r.topics == ["not-your-fault", "do-not-pay", "minor-evidence-caution", "report-police", "takedown"])
    // "Never pay" is among the first three cards, and in the summary.
    #expect(r.summary.map(\.card) == ["do-not-pay", "evidence-minor"])
    let takedown = resourceIDs(r, topic: "takedown")
    #expect(takedown.contains { $0.hasSuffix("take-it-down") }, "\(takedown)")
    // No adult-only line for a minor.
    #expect(!r.cards.flatMap(\.resources).contains { $0.ages == .adult })
    if region == "GB" { #expect(takedown.contains("gb-report-remove")) }
    if region == "GB" { #expect(resourceIDs(r, topic: "report-police") == ["gb-ceop"]) }
    if region == "US" { #expect(resourceIDs(r, topic: "report-police") == ["us-cybertipline"]) }
  }

  @Test(arguments: languages, regions)
  func parentOfASuicidalChild(language: String, region: String) throws {
    let r = try result([
      "who": "child", "age_other": "minor", "feeling_other": "danger", "contact": "stranger_moved",
      "pictures": "yes_or_unsure", "threat": "published", "demand": "images", "happened": "neither",
    ], language, region)
    checkCommon(r, language, region)
    #expect(r.reader == .parent)
    // Crisis help first; the check went on to takedown and the police.
    #expect(r.topics.first == "emergency")
    #expect(r.cards.first?.wording.reader == .parent)
    #expect(r.summary.first?.card == "emergency")
    #expect(r.topics.contains("takedown") && r.topics.contains("report-police") && r.topics.contains("parent-guidance"))
    // A parent never reads the wording written to the child.
    for chosen in r.cards { #expect(chosen.wording.reader != .affected) }
    if language == "de" {
      #expect(!r.cards[0].wording.text.text("de").contains("Du bekommst keinen Ärger"))
    }
  }

  @Test(arguments: languages, regions)
  func helperOfAnAdultInDistress(language: String, region: String) throws {
    let r = try result([
      "who": "someone", "age_other": "adult", "feeling_other": "desperate", "contact": "stranger",
      "pictures": "fake", "threat": "threatens", "demand": "meeting", "happened": "neither",
    ], language, region)
    checkCommon(r, language, region)
    #expect(r.reader == .helper)
    #expect(r.facts.contains("images.fake") && r.facts.contains("demand.meeting"))
    #expect(r.topics.first == "crisis-support" && r.topics.contains("helper-guidance") && r.topics.contains("do-not-pay"))
    // An adult in crisis never gets a youth-only line.
    #expect(!r.cards.flatMap(\.resources).contains { $0.ages == .young })
  }

  @Test(arguments: languages, regions)
  func emailOnlyClaim(language: String, region: String) throws {
    let r = try result(["who": "me", "age_self": "adult", "feeling_self": "coping", "contact": "email_only", "email_password": "yes", "email_paid": "no"], language, region)
    checkCommon(r, language, region)
    // Only what fits a bluff mail: no evidence, blocking, police or takedown.
    #expect(r.topics == ["email-bluff", "secure-accounts"])
  }

  @Test(arguments: languages, regions)
  func onlyAskedToTurnOnTheWebcam(language: String, region: String) throws {
    let r = try result(["who": "me", "age_self": "adult", "feeling_self": "coping", "contact": "stranger", "pictures": "no", "request": "webcam", "demand": "nothing", "happened": "neither"], language, region)
    checkCommon(r, language, region)
    #expect(r.topics == ["prevention-webcam", "warning-signs"])
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
