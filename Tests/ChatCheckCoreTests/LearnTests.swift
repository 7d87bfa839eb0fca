import ChatCheckCore
import ChatCheckUI
import Testing
import ChatCheckTestSupport

@Suite("Learning mode: stories, runs, plain and scripted")
struct LearnTests {
  static let content = Fixtures.shipped()

  /// Every route through a story: one option index per decision.
  static func routes(_ story: LearnStory) -> [[Int]] {
    story.decisions.reduce([[]]) { routes, decision in
      routes.flatMap { route in decision.options.indices.map { route + [$0] } }
    }
  }

  @Test func theShippedStoriesCoverTheCaseMixInOrder() {
    #expect(Self.content.stories.map(\.id) == [
      "video-call", "gaming-girl", "game-voice-chat", "outing-threat", "ex-partner", "second-helper", "email-bluff",
      "fake-images", "parent-talk",
    ])
    #expect(Self.content.stories.contains { $0.reader == .parent }, "a rehearsal for parents")
    #expect(Self.content.story("game-voice-chat")?.ages == .young, "a story for 11- to 13-year-olds")
    for story in Self.content.stories {
      #expect((4...8).contains(story.decisions.count), "\(story.id)")
      #expect(!story.rules.isEmpty)
      for decision in story.decisions {
        let hasSafe = decision.options.contains { $0.safe }
        #expect(hasSafe, "\(story.id)/\(decision.id) has a safe reply")
        let hasRisky = decision.options.contains { !$0.safe }
        #expect(hasRisky, "\(story.id)/\(decision.id) has something to learn from")
        for option in decision.options {
          for language in Fixtures.sweptLanguages {
            #expect(!option.feedback.text(language).isEmpty && !option.text.text(language).isEmpty)
          }
        }
      }
    }
  }

  @Test func theSafeReplyIsNotAlwaysInTheSamePlace() {
    // A class would soon learn "always pick 1" instead of the signs.
    for story in Self.content.stories {
      let firstSafe = story.decisions.map { $0.options.firstIndex(where: \.safe)! }
      #expect(Set(firstSafe).count > 1, "\(story.id): safe replies at \(firstSafe)")
    }
  }

  @Test func everyRouteReadsInTimeOrder() {
    for story in Self.content.stories {
      for route in Self.routes(story) {
        var run = LearnRun(story: story)
        for index in route {
          let picked = run.choose(index)
          #expect(picked)
        }
        #expect(run.isFinished)
        // A clock more than six hours behind the last one is the next day.
        var day = 0, last = -1
        let minutes = run.transcript().compactMap(\.time).map { time -> Int in
          let parts = time.split(separator: ":").compactMap { Int($0) }
          var value = day * 1440 + parts[0] * 60 + parts[1]
          if value < last - 360 {
            day += 1
            value += 1440
          }
          last = value
          return value
        }
        #expect(minutes == minutes.sorted(), "\(story.id) \(route): \(run.transcript().compactMap(\.time))")
        #expect(day <= 1, "\(story.id): a story spans at most two days")
      }
    }
  }

  @Test func aRunGivesFeedbackForEveryReplyAndTheRules() {
    let story = Self.content.stories[0]
    var run = LearnRun(story: story)
    let none = run.choose(99)
    #expect(!none, "no such reply")
    for decision in story.decisions {
      let risky = decision.options.firstIndex { !$0.safe }!
      let picked = run.choose(risky)
      #expect(picked)
    }
    let over = run.choose(0)
    #expect(!over, "the story is over")
    let result = run.result(language: "de", content: Self.content, region: "DE")
    #expect(result.decisions.map(\.id) == story.decisions.map(\.id))
    #expect(result.decisions.allSatisfy { !$0.safe })
    #expect(result.rules == story.rules.map { $0.text("de") })
    let back = run.back()
    #expect(back && run.choices.count == story.decisions.count - 1)
  }

  @Test func swissTextsHaveNoSharpS() {
    for story in Self.content.stories {
      var run = LearnRun(story: story)
      for _ in story.decisions { run.choose(0) }
      let text = LearnRendering.text(run.result(language: "de-CH", content: Self.content, region: "CH"), content: Self.content, language: "de-CH")
      #expect(!text.contains("ß"), "\(story.id)")
    }
  }

  @Test func plainModeReadsExactlyOneLinePerDecision() {
    for story in Self.content.stories {
      for language in Fixtures.sweptLanguages {
        var reads = 0
        var output = ""
        let session = PlainLearning(
          content: Self.content, story: story, language: language, region: "DE",
          readLine: { reads += 1; return "1" }, write: { output += $0 })
        #expect(session.run() == .finished)
        #expect(reads == story.decisions.count, "\(story.id) \(language)")
        for rule in story.rules { #expect(output.contains(rule.text(language))) }
        #expect(output.contains(story.filled(story.decisions[0].options[0].feedback, language, content: Self.content, region: "DE")))
        #expect(!output.contains("{line:"), "every line is filled in")
      }
    }
  }

  /// Plain mode puts "Safe:" or "Risky:" before the feedback; the
  /// feedback does not add a label of its own ("Safe: Good: …").
  @Test func plainFeedbackHasOneLabel() throws {
    for story in Self.content.stories {
      let most = story.decisions.map(\.options.count).max() ?? 0
      for pick in 0..<most {
        for language in Fixtures.sweptLanguages {
          var output = ""
          var decision = 0
          let session = PlainLearning(
            content: Self.content, story: story, language: language, region: "DE",
            readLine: {
              defer { decision += 1 }
              return String(pick % story.decisions[decision].options.count + 1)
            },
            write: { output += $0 })
          #expect(session.run() == .finished)
          // "Safe:" in the session's language and typography ("Sûr :").
          let labels = ["learn.safe", "learn.risky"].map { Self.content.string($0, language) + Spelling.colon(language) + " " }
          let verdicts = output.split(separator: "\n").filter { line in labels.contains { line.hasPrefix($0) } }
          #expect(verdicts.count == story.decisions.count, "\(story.id) \(language)")
          for line in verdicts {
            // After the label, the feedback's first words carry no label of
            // their own ("Safe: Good: …").
            let label = labels.first { line.hasPrefix($0) }!
            let firstWord = line.dropFirst(label.count).prefix { $0 != " " }
            #expect(!firstWord.hasSuffix(":"), "\(story.id) \(language): \(line)")
          }
        }
      }
    }
  }

  @Test func plainModeAsksAgainAfterAWrongLineAndEndsOnEndOfInput() {
    let story = Self.content.stories[0]
    var lines = ["7", "x", "2"]
    var output = ""
    let session = PlainLearning(
      content: Self.content, story: story, language: "en", region: "GB",
      readLine: { lines.isEmpty ? nil : lines.removeFirst() }, write: { output += $0 })
    #expect(session.run() == .endOfInput)
    #expect(output.components("Please type a number from 1 to \(story.decisions[0].options.count).") == 2)
    #expect(output.contains(story.filled(story.decisions[0].options[1].feedback, "en", content: Self.content, region: "GB")))
  }

  @Test func scriptedRepliesNeedEveryDecisionAndKnownIds() throws {
    let story = Self.content.stories[2]
    let all = story.decisions.map { ScriptedAnswer(question: $0.id, options: [$0.options.last!.id], origin: .place("test")) }
    let run = try ScriptedLearn.replay(all, story: story)
    #expect(run.isFinished)
    #expect(run.choices.map(\.id) == story.decisions.map { $0.options.last!.id })

    do {
      _ = try ScriptedLearn.replay(Array(all.dropLast()), story: story)
    } catch {
      #expect(error == InputError(.data, [.decisionUnanswered(decision: story.decisions.last!.id, valid: story.decisions.last!.options.map(\.id))]))
    }
    do {
      _ = try ScriptedLearn.replay(all + [ScriptedAnswer(question: "nope\u{1B}]52;c;", options: ["x"], origin: .place("f:1:1"))], story: story)
    } catch {
      #expect(error.kind == .usage)
      #expect(error.problems == [.unknownDecision(.place("f:1:1"), story: story.id, decision: "nope\u{1B}]52;c;", decisions: story.decisions.map(\.id))])
    }
    do {
      var wrong = all
      wrong[0].options = ["maybe"]
      _ = try ScriptedLearn.replay(wrong, story: story)
    } catch {
      #expect(error.kind == .usage)
      #expect(error.problems == [.unknownReply(.place("test"), decision: story.decisions[0].id, reply: "maybe", valid: story.decisions[0].options.map(\.id))])
    }
    let partial = try ScriptedLearn.replay(Array(all.prefix(2)), story: story, partial: true)
    #expect(partial.choices.count == 2)
  }
}

extension String {
  func components(_ part: String) -> Int {
    var count = 0
    var rest = Substring(self)
    while let range = rest.range(of: part) {
      count += 1
      rest = rest[range.upperBound...]
    }
    return count
  }
}
