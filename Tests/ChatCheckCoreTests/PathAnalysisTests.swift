import ChatCheckCore
import ChatCheckUI
import Testing
import ChatCheckTestSupport

@Suite("Path analysis")
struct PathAnalysisTests {
  /// The dynamic program must find exactly the outcomes that enumerating
  /// every path finds, projected onto the facts conditions mention.
  @Test(arguments: ["valid", "shipped"])
  func outcomesMatchEnumeration(which: String) throws {
    let content = which == "valid" ? Fixtures.valid() : Fixtures.shipped()
    let analysis = try PathAnalysis(content: content)
    let paths = PathEnumerator.paths(content)
    #expect(UInt64(paths.count) == analysis.pathCount)
    let relevant = Set(analysis.relevantFacts)
    let enumerated = Set(paths.map { Set($0.facts).intersection(relevant) })
    #expect(Set(analysis.outcomes) == enumerated)
  }

  @Test func witnessPathsReproduceTheirOutcome() throws {
    let content = Fixtures.valid()
    let analysis = try PathAnalysis(content: content)
    for outcome in analysis.outcomes {
      let answers = analysis.witness(for: outcome)
      var interview = Interview(content: content)
      for answer in answers { try interview.answer(answer.options) }
      #expect(interview.isFinished)
      #expect(interview.facts.intersection(analysis.relevantFacts) == outcome)
    }
  }

  /// A long chain of two-way questions has 2^n paths; the analysis stays
  /// linear because it keeps distinct outcomes, not paths.
  @Test func longChainsAreAnalysedWithoutEnumeratingPaths() throws {
    let n = 400
    var questions = "questions:\n"
    for i in 0..<n {
      let next = i + 1 < n ? "q\(i + 1)" : "result"
      questions += """
          - id: q\(i)
            text: {de: "F\(i)", en: "Q\(i)"}
            help: {de: "H", en: "H"}
            options:
              - {id: a, label: {de: A, en: A}, sets: [f\(i % 3)], next: \(next)}
              - {id: b, label: {de: B, en: B}, next: \(next)}

        """
    }
    var files = Fixtures.validFiles().filter { $0.relativePath != "questions.yaml" }
    files.append(ContentFile(relativePath: "questions.yaml", displayPath: "q", text: questions))
    files = files.map { f in
      guard f.relativePath == "chatcheck.yaml" else { return f }
      var f = f
      f.text = f.text.replacingOccurrences(of: "start: contact", with: "start: q0")
        .replacingOccurrences(of: "facts:\n", with: "facts:\n  - {id: f0, label: x}\n  - {id: f1, label: x}\n  - {id: f2, label: x}\n")
      return f
    }
    files = files.map { f in
      guard f.relativePath == "advice.yaml" else { return f }
      var f = f
      f.text = f.text.replacingOccurrences(of: "    when: request.webcam and not images.exist", with: "    when: f0 and not f2")
      return f
    }
    let report = Linter.lint(files, folderName: "chain", today: CivilDate(iso: "2026-11-27")!, requiring: FrontEndStrings.all)
    #expect(report.pathCount == UInt64.max)  // saturated: more than 2^64
    // f1 is in no condition, so only the subsets of {f0, f2} are distinct.
    #expect(report.outcomeCount == 4)
    #expect(report.diagnostics.filter { $0.message.contains("no path reaches") }.count == 5)
  }
}
