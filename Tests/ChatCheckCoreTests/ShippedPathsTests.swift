import ChatCheckCore
import Foundation
import Testing

/// Properties of every path through the shipped interview, checked by
/// enumerating the paths (independently of lint's path analysis), and a
/// snapshot of every distinct result.
@Suite("Shipped paths")
struct ShippedPathsTests {
  static let content = ShippedContentTests.content
  static let paths = PathEnumerator.paths(content)
  /// One path per distinct set of facts: the result depends on the facts
  /// only, so checking these checks every path.
  static let distinct: [InterviewPath] = {
    var seen: Set<[String]> = []
    return paths.filter { seen.insert($0.facts).inserted }
  }()

  /// The result of `path` in `region`.
  static func result(_ path: InterviewPath, region: String) -> AdviceResult {
    AdviceComposer.compose(content: content, facts: Set(path.facts), answers: path.answers, language: "de", region: region)
  }

  @Test func everyPathStaysWithinTheBudgetAndHasASummary() {
    #expect(Self.paths.count > 1000)
    #expect(Self.paths.allSatisfy { $0.answers.count <= 10 }, "at most 10 questions on any path")
    for path in Self.distinct {
      let r = Self.result(path, region: "INT")
      #expect(r.cards.count <= 7, "\(path.answers)")
      #expect((1...3).contains(r.summary.count), "\(path.answers)")
      if let first = r.cards.first, first.card.priority.isCrisis {
        #expect(r.summary.first?.card == first.card.id, "the crisis step leads the summary")
      }
    }
  }

  @Test func everyCardSpeaksToThePathsReader() {
    for path in Self.distinct {
      let r = Self.result(path, region: "INT")
      // Who the user said they are, read from the answer itself.
      let who = path.answers.first { $0.question == "who" }?.options.first
      let expected: Reader = ["child": .parent, "someone": .helper, "professional": .helper][who ?? "me"] ?? .affected
      #expect(r.reader == expected, "\(path.answers)")
      // Every card whose condition holds is shown: none was dropped for
      // lacking a wording for this reader.
      let holding = Self.content.cards.filter { $0.when.evaluate(Set(path.facts).contains) }
      #expect(Set(holding.map(\.id)) == Set(r.cards.map(\.card.id)), "a card was dropped: \(path.answers)")
      for chosen in r.cards {
        #expect(chosen.wording.reader == nil || chosen.wording.reader == expected, "\(chosen.card.id) on \(path.answers)")
      }
    }
  }

  @Test(arguments: ShippedContentTests.regions)
  func noResourceOutsideTheAgeBandAndNoTextLineAsACall(region: String) {
    var seen: Set<String> = []
    for path in Self.distinct {
      let minor = path.facts.contains("victim.minor")
      let key = "\(minor) \(path.facts.contains("asker.parent")) \(path.facts.contains("asker.other")) \(path.topics)"
      guard seen.insert(key).inserted else { continue }
      for chosen in Self.result(path, region: region).cards {
        for resource in chosen.resources {
          #expect(resource.ages.serves(minor: minor), "\(resource.id) for minor=\(minor)")
          if chosen.card.reach == .call { #expect(resource.takesCalls, "\(resource.id) on \(chosen.card.id)") }
        }
      }
    }
  }

  /// Danger no longer ends the check: every path through a "danger" answer
  /// goes on to the pictures, threats and demands.
  @Test func dangerLetsTheCheckGoOn() {
    let danger = Self.paths.filter { $0.facts.contains("danger.immediate") }
    #expect(!danger.isEmpty)
    for path in danger {
      #expect(path.answers.count >= 5, "\(path.answers)")
      #expect(path.topics.first == "emergency")
    }
    #expect(danger.contains { $0.topics.contains("takedown") && $0.topics.contains("report-police") })
  }

  /// A path's answers, replayed as scripted answers, give the
  /// same facts and topics in the same order (every 7th path, and every
  /// path with a multi-select answer of three or more options).
  @Test func pathsReplayToTheSameTopics() throws {
    for (index, path) in Self.paths.enumerated() where index % 7 == 0 || path.answers.contains(where: { $0.options.count >= 3 }) {
      let given = path.answers.map { ScriptedAnswer(question: $0.question, options: $0.options, origin: .place($0.question)) }
      let interview = try ScriptedAnswers.replay(given, content: Self.content, presetFacts: [], partial: false)
      let result = interview.result(language: "de", region: "INT")
      #expect(result.topics == path.topics)
      #expect(result.facts == path.facts)
    }
  }

  /// Lint's work on the shipped content (outcomes times the size of every
  /// condition) stays well inside its bound, so content can grow.
  @Test func lintsWorkOnTheShippedContentLeavesRoom() throws {
    let analysis = try PathAnalysis(content: Self.content)
    let terms = Self.content.cards.map(\.when.size).reduce(0, +) + Self.content.invariants.map(\.when.size).reduce(0, +)
    let work = analysis.outcomeMasks.count * terms
    #expect(work > 1_000_000, "the measure counts real work")
    #expect(work * 3 / 2 <= InputLimits.lintWork, "\(work) steps")
  }

  /// Every distinct result (reader, age, cards) with how many paths end
  /// there and one of them. Re-record after a reviewed content change:
  /// RECORD_SNAPSHOTS=1 swift test
  @Test func resultsSnapshot() throws {
    var order: [String] = []
    var groups: [String: (count: Int, example: InterviewPath)] = [:]
    var keys: [[String]: String] = [:]
    for path in Self.paths {
      let key: String
      if let known = keys[path.facts] { key = known } else {
        let r = Self.result(path, region: "INT")
        key = "\(r.reader.rawValue) minor=\(path.facts.contains("victim.minor") ? "yes" : "no"): "
          + r.cards.map { "\($0.card.id)[\($0.wording.readerName)]" }.joined(separator: ", ")
          + " | now: " + r.summary.map(\.card).joined(separator: ", ")
        keys[path.facts] = key
      }
      if let group = groups[key] {
        groups[key] = (group.count + 1, group.example)
      } else {
        order.append(key)
        groups[key] = (1, path)
      }
    }
    var lines: [String] = ["\(Self.paths.count) paths, \(order.count) distinct results"]
    for key in order.sorted() {
      let group = groups[key]!
      let example = group.example.answers.map { "\($0.question)=\($0.options.joined(separator: ","))" }.joined(separator: " ")
      lines += ["", key, "  \(group.count) paths, e.g. \(example)"]
    }
    let actual = lines.joined(separator: "\n") + "\n"
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Snapshots/results.txt")
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
      Issue.record("results differ from Tests/Snapshots/results.txt at line \(line + 1); if the change is intended, run RECORD_SNAPSHOTS=1 swift test and review the diff")
    }
  }
}
