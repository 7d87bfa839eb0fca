import ChatCheckCore
import ChatCheckUI
import Testing
import ChatCheckTestSupport

@Suite("YAML through libyaml, and the build-time archive")
struct YAMLAndArchiveTests {
  func load(_ questions: String) -> [String] {
    let files = Fixtures.replacing("questions:\n", with: questions, in: "questions.yaml", Fixtures.validFiles())
    return ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all).errors.map { "\($0.location): \($0.message)" }
  }

  func answers(_ text: String) -> [String] {
    do {
      _ = try ScriptedAnswers.parseFile(text, name: "a.yaml")
      return []
    } catch {
      return error.problems.map { problem in
        guard case .located(let d) = problem else { return "\(problem)" }
        return "\(d.location): \(d.message)"
      }
    }
  }

  @Test func deepNestingIsRefusedAtTheLimitWithoutCrashing() {
    for (text, line) in [
      (String(repeating: "[", count: 100_000), 1),
      (String(repeating: "{a: ", count: 100_000), 1),
      ((0..<200).map { String(repeating: "  ", count: $0) + "- " }.joined(separator: "\n") + "x\n", InputLimits.yamlDepth + 1),
    ] {
      let errors = answers(text)
      #expect(errors.count == 1)
      #expect(errors.first?.hasPrefix("a.yaml:\(line):") == true)
      #expect(errors.first?.contains("nested deeper than \(InputLimits.yamlDepth) levels") == true, "\(errors)")
    }
    // Up to the limit is fine (then the answers' own checks speak).
    let fine = answers("q: " + String(repeating: "[", count: 10) + String(repeating: "]", count: 10) + "\n")
    #expect(!fine.contains { $0.contains("nested deeper") })
  }

  @Test func aliasesThatExpandTooFarAreRefused() {
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in 1..<12 { lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]") }
    let errors = answers(lines.joined(separator: "\n") + "\n")
    #expect(errors.count == 1)
    #expect(errors.first?.contains("counting what aliases stand for") == true, "\(errors)")
    #expect(answers("a: *nope\n").first?.contains("a.yaml:1:4: YAML syntax: found undefined alias 'nope'") == true)
    #expect(answers("a: b\n---\nc: d\n").first?.contains("a.yaml:2:1: YAML syntax: a second YAML document") == true)
  }

  @Test func syntaxErrorsKeepTheirPlaces() {
    #expect(answers("contact: [stranger\n") == ["a.yaml:1:19: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence)"])
    #expect(answers("\u{FEFF}contact: stranger\n").isEmpty, "a byte order mark is fine")
  }

  /// libyaml finds an unfinished text at the end of the input, after the
  /// final line break; the error names the end of the last line with text.
  @Test func anErrorAtTheEndOfTheInputIsPlacedOnTheLastLineWithText() throws {
    let unfinished = "who: me\ncontact: [stranger"
    for ending in ["\n", "", "\n\n  \n", "\r\n"] {
      #expect(answers(unfinished + ending).first?.hasPrefix("a.yaml:2:19: YAML syntax:") == true, "\(ending.debugDescription)")
    }
    #expect(answers("who: \"me\n").first?.hasPrefix("a.yaml:1:") == true, "an unclosed quote")
    #expect(answers("who: ä\ncontact: [ü\n").first?.hasPrefix("a.yaml:2:12:") == true, "columns count characters")
    // A place inside the text stays where it is.
    #expect(answers("a: b\n  c: d\n").first?.hasPrefix("a.yaml:2:4:") == true)

    // A content file: ui.yaml ending in an unclosed list.
    var files = Fixtures.validFiles()
    let index = try #require(files.firstIndex { $0.relativePath == "ui.yaml" })
    files[index].text += "  broken: [a, b\n"
    let lines = files[index].text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    let errors = ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all).errors.map { "\($0.location)" }
    #expect(errors.contains("valid/ui.yaml:\(lines):16"), "\(errors)")

    // A kiosk's local contact.
    do {
      _ = try LocalContact.parse("name: Beratung\nphone: \"030 123\n", file: "local.yaml")
      Issue.record("an unclosed quote was accepted")
    } catch {
      let places = error.problems.compactMap { problem -> String? in
        guard case .located(let d) = problem else { return nil }
        return "\(d.location)"
      }
      #expect(places.first?.hasPrefix("local.yaml:2:") == true, "\(places)")
    }
  }

  static func fixture(_ name: String) -> Content {
    switch name {
    case "shipped": return Fixtures.shipped()
    case "valid": return Fixtures.valid()
    case "learn": return Fixtures.learn()
    default: return Fixtures.screens()
    }
  }

  @Test(arguments: ["shipped", "valid", "learn", "screens"])
  func theArchiveRoundTripsEveryFixture(name: String) throws {
    let content = Self.fixture(name)
    let archive = content.archived()
    let back = try Content.unarchived(archive)
    #expect(back == content)
    #expect(back.archived() == archive)
    #expect(!content.questions.isEmpty && !content.regions.isEmpty && !content.invariants.isEmpty)
    if name == "learn" { #expect(!back.stories.isEmpty) }
  }

  @Test func theShippedContentAdvisesTheSameFromItsArchive() throws {
    let content = Fixtures.shipped()
    let back = try Content.unarchived(content.archived())
    let facts: Set<String> = ["payment.demanded", "victim.minor", "asker.parent"]
    let a = AdviceComposer.compose(content: content, facts: facts, answers: [], language: "de", region: "CH")
    let b = AdviceComposer.compose(content: back, facts: facts, answers: [], language: "de", region: "CH")
    #expect(ResultJSON.render(a) == ResultJSON.render(b))
  }

  @Test func anArchiveWithOneFieldChangedReadsBackUnequal() throws {
    let content = Fixtures.valid()
    let archive = content.archived()
    // The first resource's `checked` date, one day earlier: same length,
    // so the archive stays well formed.
    let date = try #require(archive.range(of: "10:2026-11-27"))
    var mutated = archive
    mutated.replaceSubrange(date, with: "10:2026-11-26")
    let back = try Content.unarchived(mutated)
    #expect(back != content)
    #expect(back.regions != content.regions)
    #expect(back.questions == content.questions && back.cards == content.cards)
  }

  @Test func equalityComparesEveryField() throws {
    let c = Fixtures.learn()
    #expect(ContentCopy(c).make() == c, "a new instance with the same fields is equal")
    let changes: [(String, (inout ContentCopy) -> Void)] = [
      ("languages", { $0.languages.append("fr") }),
      ("defaultLanguage", { $0.defaultLanguage = "xx" }),
      ("regionCodes", { $0.regionCodes.reverse() }),
      ("fallbackRegion", { $0.fallbackRegion = "XX" }),
      ("start", { $0.start = "elsewhere" }),
      ("staleAfterDays", { $0.staleAfterDays += 1 }),
      ("cardBudget", { $0.cardBudget = ($0.cardBudget ?? 0) + 1 }),
      ("facts", { $0.facts[0].label = LocalizedText(universal: "x") }),
      ("topics", { $0.topics.removeLast() }),
      ("roles", { $0.roles.removeLast() }),
      ("questions", { $0.questions[0].options[0].exclusive.toggle() }),
      ("cards", { $0.cards[0].wordings[0].location.column += 1 }),
      ("regions", { $0.regions["DE"]!.resources[0].offeredAsFallback.toggle() }),
      ("strings", { $0.strings["learn.title"]!.translations["en"] = "Spot it" }),
      ("invariants", { $0.invariants[0].openLine.append("x") }),
      ("manifestLocation", { $0.manifestLocation.line += 1 }),
      ("stories", { $0.stories[0].decisions[0].options[0].safe.toggle() }),
      ("languageInfo", { $0.languageInfo.unreviewed.append("en") }),
      ("loadedLanguages", { $0.loadedLanguages = ["de"] }),
    ]
    #expect(changes.count == 19, "one change per field of Content.init")
    for (field, change) in changes {
      var copy = ContentCopy(c)
      change(&copy)
      #expect(copy.make() != c, "a changed \(field) compares unequal")
    }
  }

  @Test func aBrokenArchiveIsAnErrorNotACrash() {
    for broken in ["", "m1:", "m1:s3:abc", "a2:i1;", "s999:x", "i12", "q", "m1:i1;n"] {
      #expect(throws: (any Error).self) { try Content.unarchived(broken) }
    }
  }
}

@Suite("Lint stays bounded")
struct LintBoundTests {
  /// The valid fixture with `count` independent yes/no questions after
  /// `contact`, each setting its own fact that a card mentions.
  static func independent(_ count: Int) -> [ContentFile] {
    var questions = ""
    for i in 0..<count {
      let next = i + 1 < count ? "q\(i + 1)" : "happened"
      questions += """
          - id: q\(i)
            text: {de: "Frage \(i)?", en: "Question \(i)?"}
            help: {de: "Hilfe", en: "Help"}
            options:
              - id: yes
                label: {de: "Ja", en: "Yes"}
                sets: [gen.f\(i)]
                next: \(next)
              - id: no
                label: {de: "Nein", en: "No"}
                next: \(next)

        """
    }
    var files = Fixtures.replacing("        next: happened\n      - id: known\n        label: {de: \"Jemand, den ich kenne\", en: \"Someone I know\"}\n        next: happened\n",
      with: "        next: q0\n      - id: known\n        label: {de: \"Jemand, den ich kenne\", en: \"Someone I know\"}\n        next: q0\n" + questions,
      in: "questions.yaml", Fixtures.validFiles())
    let facts = (0..<count).map { "  - {id: gen.f\($0), label: {de: \"f\($0)\", en: \"f\($0)\"}}\n" }.joined()
    files = Fixtures.replacing("facts:\n", with: "facts:\n" + facts, in: "chatcheck.yaml", files)
    let mentioned = (0..<count).map { "gen.f\($0)" }.joined(separator: " or ")
    files = Fixtures.replacing("    when: contact.unknown or images.exist\n", with: "    when: contact.unknown or images.exist or \(mentioned)\n", in: "advice.yaml", files)
    return files
  }

  /// A hang is caught by the time limit (a watchdog, not a speed target).
  @Test(.timeLimit(.minutes(10))) func twentyIndependentQuestionsStopAtTheBoundAndNameThem() {
    let report: LintReport? = Linter.lint(Self.independent(20), folderName: "gen", today: CivilDate(iso: "2026-11-27")!, requiring: FrontEndStrings.all)
    let errors = report!.diagnostics.filter { $0.severity == .error }.map(\.message)
    #expect(errors.count == 1)
    #expect(errors.first?.contains("more than \(PathAnalysis.maxOutcomes) different sets of facts") == true, "\(errors)")
    #expect(errors.first?.contains("q0, q1, q2") == true)
  }

  @Test func tenIndependentQuestionsAreProven() {
    let report = Linter.lint(Self.independent(10), folderName: "gen", today: CivilDate(iso: "2026-11-27")!, requiring: FrontEndStrings.all)
    #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics)")
  }
}

/// Every field `Content.init` takes, to rebuild a content with one of them
/// changed.
struct ContentCopy {
  var languages: [String], defaultLanguage: String, regionCodes: [String], fallbackRegion: String
  var start: String, staleAfterDays: Int, cardBudget: Int?
  var facts: [FactDeclaration], topics: [String], roles: [String]
  var questions: [Question], cards: [AdviceCard], regions: [String: Region], strings: [String: LocalizedText]
  var invariants: [Invariant], manifestLocation: ChatCheckCore.SourceLocation, stories: [LearnStory]
  var languageInfo: LanguageInfo, loadedLanguages: [String]

  init(_ c: Content) {
    (languageInfo, loadedLanguages) = (c.languageInfo, c.loadedLanguages)
    (languages, defaultLanguage, regionCodes, fallbackRegion) = (c.languages, c.defaultLanguage, c.regionCodes, c.fallbackRegion)
    (start, staleAfterDays, cardBudget) = (c.start, c.staleAfterDays, c.cardBudget)
    (facts, topics, roles) = (c.facts, c.topics, c.roles)
    (questions, cards, regions, strings) = (c.questions, c.cards, c.regions, c.strings)
    (invariants, manifestLocation, stories) = (c.invariants, c.manifestLocation, c.stories)
  }

  func make() -> Content {
    Content(
      languages: languages, defaultLanguage: defaultLanguage, languageInfo: languageInfo,
      loadedLanguages: loadedLanguages, regionCodes: regionCodes,
      fallbackRegion: fallbackRegion, start: start, staleAfterDays: staleAfterDays, cardBudget: cardBudget,
      facts: facts, topics: topics, roles: roles, questions: questions, cards: cards, regions: regions,
      strings: strings, invariants: invariants, manifestLocation: manifestLocation, stories: stories)
  }
}
