import ChatCheckCore
import Foundation
import Testing

/// How long the results of the shipped interview are, and that each help
/// line is printed in full only once.
@Suite("Result length")
struct ResultLengthTests {
  static let content = ShippedContentTests.content
  static let limit = 700
  /// A translation says what its English source says, in its own words:
  /// at most the limit, or, where the English result is long, this many
  /// times its words. French and Italian, with their articles and
  /// prepositions, need up to about 1.3 for a long result.
  static let translationFactor = 1.35

  /// Words as a reader counts them: runs of non-space characters with at
  /// least one letter or digit ("-", "*", "·" and "=" lines are not words);
  /// a phone number ("0800 111 0 111") is one word, as it is read as one.
  static func words(_ text: String) -> Int {
    var count = 0
    for line in text.split(separator: "\n") {
      var previousWasNumber = false
      for token in line.split(separator: " ") where token.contains(where: { $0.isLetter || $0.isNumber }) {
        let number = token.allSatisfy { $0.isNumber || "+-/()".contains($0) }
        if !(number && previousWasNumber) { count += 1 }
        previousWasNumber = number
      }
    }
    return count
  }

  @Test func aPhoneNumberIsOneWord() {
    #expect(Self.words("Call: 0800 111 0 111\n   - Pay nothing: no money.") == 6)
    #expect(Self.words("* krisenchat – see step 1") == 4, "a dash is not a word")
  }

  static func result(_ path: InterviewPath, _ language: String, _ region: String) -> AdviceResult {
    AdviceComposer.compose(content: content, facts: Set(path.facts), answers: path.answers, language: language, region: region)
  }

  /// One path per distinct result: the same reader, age and cards. Of the
  /// paths that share them, the one with the most facts, whose "because"
  /// lines are the longest (each is cut to one line anyway).
  static let distinctResults: [InterviewPath] = {
    var best: [String: InterviewPath] = [:]
    var order: [String] = []
    for path in ShippedPathsTests.distinct {
      let r = result(path, "de", "INT")
      let key = "\(r.reader) \(path.facts.contains("victim.minor")) " + r.cards.map(\.card.id).joined(separator: ",")
      if let known = best[key] {
        if path.facts.count > known.facts.count { best[key] = path }
      } else {
        best[key] = path
        order.append(key)
      }
    }
    return order.map { best[$0]! }
  }()

  /// Every distinct result, for every reader, region and language.
  @Test(arguments: ShippedContentTests.regions)
  func noTextResultIsLongerThanTheLimit(region: String) {
    var longest = (words: 0, facts: [String](), language: "")
    var widest = (ratio: 0.0, facts: [String](), language: "")
    #expect(Self.distinctResults.count > 500)
    let translated = Self.content.languageInfo.translated
    for path in Self.distinctResults {
      var english = 0
      for language in ShippedContentTests.languages {
        let text = ResultText.render(Self.result(path, language, region), content: Self.content)
        let count = Self.words(text)
        if language == "en" { english = count }
        if translated.contains(language) {
          // Over the limit only as far as its long English source allows.
          let ratio = Double(count) / Double(max(Self.limit, english))
          if ratio > widest.ratio { widest = (ratio, path.facts, language) }
        } else if count > longest.words {
          longest = (count, path.facts, language)
        }
      }
    }
    #expect(longest.words <= Self.limit, "\(longest.words) words in \(region)/\(longest.language) for \(longest.facts)")
    #expect(ShippedContentTests.languages.first == "de" && ShippedContentTests.languages[1] == "en", "English comes before the translations")
    #expect(widest.ratio <= Self.translationFactor, "\(region)/\(widest.language): \(widest.ratio) × the limit or the English words for \(widest.facts)")
    if let dump = ProcessInfo.processInfo.environment["LENGTH_DUMP"] {
      var over: [String] = []
      for path in Self.distinctResults {
        for language in ShippedContentTests.languages {
          let r = Self.result(path, language, region)
          let n = Self.words(ResultText.render(r, content: Self.content))
          if n > 650 { over.append("\(n) \(language) \(r.reader) " + r.cards.map(\.card.id).joined(separator: ",")) }
        }
      }
      try? over.joined(separator: "\n").write(toFile: dump + "-" + region, atomically: true, encoding: .utf8)
    }
    #expect(longest.words > 100, "the count reads the whole result")
  }
}

/// Each help line in full once per result; later cards point back.
@Suite("Resources once per result")
struct ResourcesOncePerResultTests {
  static let content = ShippedContentTests.content

  /// A 15-year-old in distress, threatened and asked for money: the
  /// crisis card and "not your fault" share the youth lines.
  static let heavy: Set<String> = ["victim.minor", "user.distress", "images.exist", "threat.publish", "payment.demanded"]

  static func result(_ language: String) -> AdviceResult {
    AdviceComposer.compose(content: content, facts: heavy, answers: [], language: language, region: "DE")
  }

  @Test(arguments: ShippedContentTests.languages)
  func textPrintsEachLineOnceAndPointsBack(language: String) throws {
    let result = Self.result(language)
    let text = ResultText.render(result, content: Self.content)
    let shared = result.cards.flatMap(\.resources).filter { !ResourceListing.isEmergency($0) }
    let repeated = Dictionary(grouping: shared, by: \.id).filter { $0.value.count > 1 }
    #expect(!repeated.isEmpty, "the case has lines that several cards share")
    let distinct = Dictionary(grouping: shared, by: \.id).values.map { $0[0] }
    for resource in distinct {
      let help = ResultDocument.Help(resource, language, Self.content)
      for (channel, shown) in zip(resource.channels, help.channels) {
        // "Call: 116 111" at the start of a line, then its note or the
        // line's end.
        // The screen's no-break spaces (in a number, before a French
        // colon) are plain spaces in the text.
        let line = "\n     " + shown.line.replacingOccurrences(of: "\u{00A0}", with: " ")
        let printed = text.components(separatedBy: line).dropFirst().filter { $0.hasPrefix("\n") || $0.hasPrefix(" (") }.count
        // Two services may share a website.
        let owners = distinct.filter { $0.channels.contains { $0.kind == channel.kind && $0.value == channel.value } }.count
        #expect(printed == owners, "\(resource.id): \(channel.value) printed once")
      }
    }
    // Each repeated line: "Name – see step N" where N is the step that
    // prints it in full.
    let entries = ResourceListing.entries(result)
    for (id, copies) in repeated {
      let first = try #require(entries.firstIndex { $0.contains(.full(copies[0])) })
      let name = copies[0].name.text(language)
      let see = Self.content.string("result.see_step", language).replacingPlaceholder("n", String(first + 1))
      // A long name wraps the pointer onto the next, indented line.
      let unwrapped = text.replacingOccurrences(of: "\n     ", with: " ")
      #expect(unwrapped.contains("* \(name) – \(see)"), "\(id) points back to step \(first + 1)")
    }
    // The emergency numbers: once under the summary, never under a card.
    let lead = "\(Self.content.string("result.emergency", language))\(Spelling.colon(language)) "
    #expect(text.components(separatedBy: lead).count - 1 == 1, "only the line under the summary")
    #expect(text.contains("\n\(lead)112 ("))
    #expect(!text.contains("     \(Self.content.string("channel.call", language))\(Spelling.colon(language)) 112\n"))
  }

  @Test func jsonKeepsEveryCardsResources() throws {
    let result = Self.result("en")
    let json = ResultJSON.render(result)
    for chosen in result.cards {
      #expect(!chosen.resources.isEmpty || chosen.card.allResourceRoles.isEmpty)
    }
    let emergencyCards = result.cards.filter { $0.resources.contains(where: ResourceListing.isEmergency) }.count
    #expect(emergencyCards > 1)
    #expect(json.components(separatedBy: "\"id\": \"de-110\"").count - 1 == emergencyCards)
  }

  @Test func markdownShowsEachLineOnce() throws {
    let md = ResultMarkdown.render(Self.result("de"), content: Self.content)
    #expect(md.components(separatedBy: "| TelefonSeelsorge (").count - 1 == 1)
    #expect(md.contains("| krisenchat – siehe Schritt 1 |"))
    #expect(!md.contains("| Polizei-Notruf"), "the emergency numbers are under the summary")
  }
}

@Suite("Because lines")
struct BecauseLineTests {
  @Test func aCutReasonEndsAfterAWholeWord() {
    let long = "Weil du angegeben hast: die erpressende Person kennt die betroffene Person auch offline"
    let cut = ResultWording.fitWords(long, width: 60)
    #expect(cut == "Weil du angegeben hast: die erpressende Person kennt die …")
    #expect(DisplayWidth.of(cut) <= 60)
    #expect(ResultWording.fitWords("short", width: 60) == "short")
  }
}
