@testable import ChatCheckCore
import ChatCheckTestSupport
import Testing

/// The story rules lint proves (a class cannot find the safe reply by its
/// place or its length; every story declares its audience and has notes
/// for the teacher), and the help a story points to in every region.
@Suite("Learning stories: rules and lines")
struct StoryRulesTests {
  static let content = Fixtures.shipped()

  @Test func everyShippedStoryKeepsTheRules() {
    #expect(Self.content.stories.count >= 8)
    for story in Self.content.stories {
      #expect(StoryRules.problems(story, languages: Self.content.languages).isEmpty, "\(story.id)")
      for language in Self.content.languages {
        #expect(!story.audience.text(language).isEmpty && !story.goals.isEmpty, "\(story.id) declares whom it is for")
        for decision in story.decisions {
          #expect(!decision.discuss.isEmpty && decision.discuss.allSatisfy { !$0.text(language).isEmpty }, "\(story.id)/\(decision.id)")
        }
      }
    }
  }

  /// Moves every safe reply to the front: the position rule must notice.
  @Test func safeRepliesAllInFrontBreakThePositionRule() {
    for story in Self.content.stories {
      var moved = story
      moved.decisions = story.decisions.map { decision in
        var decision = decision
        decision.options = decision.options.filter(\.safe) + decision.options.filter { !$0.safe }
        return decision
      }
      #expect(!StoryRules.positionProblems(moved).isEmpty, "\(story.id)")
    }
  }

  /// Safe replies a third longer than risky ones: the length rule notices,
  /// and only in the language that was changed.
  @Test func longerSafeRepliesBreakTheLengthRule() throws {
    let story = try #require(Self.content.story("video-call"))
    var padded = story
    padded.decisions = story.decisions.map { decision in
      var decision = decision
      decision.options = decision.options.map { option in
        guard option.safe else { return option }
        var option = option
        let en = option.text.text("en")
        option.text = LocalizedText(translations: ["de": option.text.text("de"), "en": en + String(repeating: " really", count: en.count / 14 + 2)])
        return option
      }
      return decision
    }
    let problems = StoryRules.problems(padded, languages: ["de", "en"])
    #expect(problems.count == 1)
    #expect(problems.first?.message.contains("(en)") == true)
    #expect(problems.first?.message.contains("safe ones may be at most 20 % longer") == true)
  }

  /// The loader reports a broken rule with the story's file and line, so
  /// lint and the build fail on it.
  @Test func lintFailsAStoryWhoseSafeReplyIsAlwaysFirst() {
    // In the fixture story the safe reply is first in two of four
    // decisions; swapping the second decision's replies makes it three.
    let files = Fixtures.replacing(
      "      - id: go\n        safe: false", with: "      - id: go\n        safe: true", in: "learn/practice.yaml", Fixtures.validFiles())
    let report = Linter.lint(files, folderName: "valid", today: CivilDate(year: 2026, month: 12, day: 1)!)
    #expect(report.diagnostics.contains { $0.severity == .error && $0.message.contains("has no risky option") })
    let first = Fixtures.replacing(
      "      - id: pay\n        safe: false", with: "      - id: pay\n        safe: true", in: "learn/practice.yaml",
      Fixtures.replacing("      - id: tell\n        safe: true", with: "      - id: tell\n        safe: false", in: "learn/practice.yaml", Fixtures.validFiles()))
    let moved = Linter.lint(first, folderName: "valid", today: CivilDate(year: 2026, month: 12, day: 1)!)
    let error = moved.diagnostics.first { $0.message.contains("guesses it by position") }
    #expect(error?.severity == .error)
    #expect(error?.location.file == "valid/learn/practice.yaml")
  }

  @Test func aStoryWithoutItsAudienceOrNotesDoesNotLoad() {
    for (old, new, message) in [
      ("reader: self\n", "", "missing required key 'reader'"),
      ("reader: self\n", "reader: teacher\n", "reader must be one of self, parent, helper"),
      ("ages: young\n", "ages: teens\n", "ages must be one of young, adult, all"),
      ("    discuss:\n      - {de: \"Was hättet ihr geantwortet?\", en: \"What would you have replied?\"}\n  - id: move", "  - id: move", "missing required key 'discuss'"),
    ] {
      let files = Fixtures.replacing(old, with: new, in: "learn/practice.yaml", Fixtures.validFiles())
      let loaded = ContentLoader.load(files, folderName: "valid", requiring: RendererStrings.required)
      #expect(loaded.diagnostics.contains { $0.severity == .error && $0.message.contains(message) }, "\(message): \(loaded.diagnostics.map(\.message))")
    }
  }

  @Test func everyStoryEndsWithALineOpenAtEveryHourInEveryRegion() {
    for story in Self.content.stories {
      for region in Self.content.regionCodes {
        let lines = StoryLines.resources(story, content: Self.content, region: region)
        #expect(OpenLineRule.holds(lines, region: region, content: Self.content), "\(story.id) in \(region)")
        #expect(lines.filter { !ResourceListing.isEmergency($0) }.count <= StoryLines.audienceLimit + StoryLines.perPlaceholder * story.namedRoles.count)
      }
    }
  }

  @Test func theLinesFitTheAudience() throws {
    let young = try #require(Self.content.story("game-voice-chat"))
    let parent = try #require(Self.content.story("parent-talk"))
    let adult = try #require(Self.content.story("video-call"))
    for region in ["DE", "AT", "CH", "GB", "US"] {
      let youngRoles = Set(StoryLines.resources(young, content: Self.content, region: region).flatMap(\.roles))
      #expect(youngRoles.contains("child-line"), "young readers in \(region) get their child line")
      #expect(StoryLines.resources(young, content: Self.content, region: region).allSatisfy { $0.ages != .adult }, "\(region)")
      let parentRoles = Set(StoryLines.resources(parent, content: Self.content, region: region).flatMap(\.roles))
      #expect(parentRoles.contains("parents-line") || Self.content.resources(role: "parents-line", region: region, minor: true).isEmpty, "\(region)")
      #expect(StoryLines.resources(adult, content: Self.content, region: region).allSatisfy { $0.ages != .young }, "\(region)")
    }
  }

  /// Every `{line:ROLE}` is filled in every region and language, with a
  /// name and a number or address.
  @Test func everyLinePlaceholderIsFilledEverywhere() {
    var filled = 0
    for story in Self.content.stories {
      for region in Self.content.regionCodes {
        for language in Self.content.languages {
          for text in story.decisions.flatMap(\.options).map(\.feedback) + [story.outcome] where text.text(language).contains("{line:") {
            let out = story.filled(text, language, content: Self.content, region: region)
            #expect(!out.contains("{line:") && !out.contains("}"), "\(story.id) \(region) \(language): \(out)")
            filled += 1
          }
        }
      }
    }
    #expect(filled > 0, "the stories name lines")
    let story = Self.content.story("gaming-girl")!
    let text = LocalizedText(translations: ["de": "Ruf {line:child-line} an.", "en": "Call {line:child-line}."])
    #expect(story.filled(text, "de", content: Self.content, region: "DE").contains("116 111") || story.filled(text, "de", content: Self.content, region: "DE").contains("krisenchat"))
    #expect(story.filled(text, "en", content: Self.content, region: "GB").contains("Childline"))
  }

  /// The counsellor's C2 and C4: a filled line says how it is reached
  /// (no sentence can tell a parent to "call" a chat), the emergency
  /// numbers are the numbers alone, and a story for one age never names a
  /// service for the other.
  @Test func aFilledLineSaysHowItIsReachedAndFitsTheAge() throws {
    let parent = try #require(Self.content.story("parent-talk"))
    let crisis = LocalizedText(translations: ["de": "{line:crisis-text}", "en": "{line:crisis-text}"])
    let de = parent.filled(crisis, "de", content: Self.content, region: "DE")
    #expect(de.contains("krisenchat (Chat: "), "\(de)")
    let us = parent.filled(crisis, "en", content: Self.content, region: "US")
    #expect(us.contains("Text: 741741, text THORN to 741741"), "\(us)")
    let emergency = LocalizedText(translations: ["de": "Notruf ({line:emergency})", "en": "emergency number ({line:emergency})"])
    #expect(parent.filled(emergency, "de", content: Self.content, region: "DE") == "Notruf (112 / 110)")
    #expect(parent.filled(emergency, "en", content: Self.content, region: "US") == "emergency number (911)")
    for story in Self.content.stories where story.ages != .all && story.reader == .affected {
      for role in story.namedRoles {
        for region in Self.content.regionCodes {
          for line in StoryLines.lines(role, story: story, content: Self.content, region: region) {
            #expect(line.ages.serves(minor: story.ages == .young), "\(story.id): {line:\(role)} in \(region) is \(line.id), for \(line.ages)")
          }
        }
      }
    }
  }

  /// The counsellor's C7: what the story's text recommends is in the list
  /// at its end.
  @Test func theEndListsTheLinesTheStoryNames() {
    for story in Self.content.stories {
      for region in Self.content.regionCodes where region != Self.content.fallbackRegion {
        let end = Set(StoryLines.resources(story, content: Self.content, region: region).map(\.id))
        for role in story.namedRoles {
          let named = StoryLines.lines(role, story: story, content: Self.content, region: region)
          #expect(named.allSatisfy { end.contains($0.id) }, "\(story.id) in \(region): a line of {line:\(role)} is not at the end")
        }
      }
    }
  }

  @Test func lintNamesAnUnknownRoleInAStory() {
    let files = Fixtures.replacing(
      "Richtig: Zahl nichts und hol dir Hilfe.", with: "Richtig: Ruf {line:hotline} an.", in: "learn/practice.yaml", Fixtures.validFiles())
    let report = Linter.lint(files, folderName: "valid", today: CivilDate(year: 2026, month: 12, day: 1)!)
    #expect(report.diagnostics.contains { $0.severity == .error && $0.message.contains("{line:hotline} names no role") })
  }

  /// Lint finds the roles the filling replaces, no more: none in a text
  /// without a placeholder, and none where a combining mark joins the
  /// closing brace (the text shows that placeholder as it is).
  @Test func theRolesLintFindsAreTheOnesFilled() {
    #expect(StoryLines.roles(in: "Ruf {line:crisis} oder {line:child-line} an.") == ["crisis", "child-line"])
    #expect(StoryLines.roles(in: "Ruf an. {Klammer} und {line") == [])
    #expect(StoryLines.roles(in: "Ruf {line:crisis}\u{301} an.") == [])
    #expect(StoryLines.placeholders(in: "Ruf {line:crisis}\u{301} an.") { _ in "X" } == "Ruf {line:crisis}\u{301} an.")
  }
}
