import ChatCheckCore

/// The plain line mode: numbered prompts on an output stream, one answer
/// per line from an input stream. No cursor movement, no colour; for
/// screen readers, dumb terminals and pipes. I/O is injected so it is
/// testable without a terminal.
public struct PlainInterview {
  public enum Outcome: Equatable, Sendable {
    /// Reached the result; it was printed.
    case finished
    /// The user typed `q`.
    case quit
    /// Input ended before the result.
    case endOfInput
  }

  let content: Content
  let language: String
  /// The country whose helplines are shown; asked first when `askRegion`.
  var region: String
  /// Nothing named the country: the first question asks for it.
  let askRegion: Bool
  let metrics: InterviewMetrics
  let readLine: () -> String?
  let write: (String) -> Void
  /// The local time, for "open now" in crisis help; nil: not known.
  let clock: LocalClock?

  public init(
    content: Content, language: String, region: String, askRegion: Bool = false, clock: LocalClock? = nil,
    readLine: @escaping () -> String?, write: @escaping (String) -> Void
  ) {
    self.content = content
    self.language = language
    self.region = region
    self.askRegion = askRegion
    self.clock = clock
    self.metrics = InterviewMetrics(content: content)
    self.readLine = readLine
    self.write = write
  }

  /// The language texts are looked up in (Swiss spelling in CH).
  var textLanguage: String { Spelling.variant(language: language, region: region) }

  func s(_ key: String) -> String { content.string(key, textLanguage) }

  /// What to say when the input ends before the result: the caller's
  /// error message, in the session's language.
  public var endedEarly: String { s("plain.eof") }

  public mutating func run(presetFacts: Set<String> = []) -> Outcome {
    var interview = Interview(content: content, presetFacts: presetFacts)
    // No hard wrapping: a screen reader or braille line wraps itself.
    write(s("plain.intro") + "\n")
    // A translation not yet checked by a counsellor says so, and where the
    // checked versions are.
    if content.languageInfo.unreviewed.contains(language) { write(s("result.unreviewed") + "\n") }
    if askRegion, let outcome = chooseRegion() { return outcome }
    // After help or an answer that does not fit, the same question is
    // asked again in one short line, not read out in full.
    var askAgain = false
    while let question = interview.currentQuestion {
      let number = interview.answers.count + 1
      if askAgain {
        write(again(question, number: number) + "\n> ")
      } else {
        write("\n" + prompt(question, number: number, atMost: number + (metrics.remaining[question.id] ?? 0)))
      }
      askAgain = false
      guard let line = readLine() else {
        // The prompt's line ends; the caller reports why (on stderr).
        write("\n")
        return .endOfInput
      }
      let input = line.trimmingCharacters(in: .whitespaces).lowercased()
      switch input {
      case "q":
        write(s("plain.bye") + "\n")
        return .quit
      case "b":
        interview.back()
        continue
      case "h", "?":
        write(question.help.text(textLanguage) + "\n")
        askAgain = true
        continue
      default:
        break
      }
      guard let options = parse(input, question) else {
        askAgain = true
        continue
      }
      let crisisBefore = crisisCards(interview)
      do {
        try interview.answer(options)
      } catch {
        // Every number was in range; they only do not go together.
        write(s("plain.invalid_choice") + "\n")
        askAgain = true
        continue
      }
      // Emergency and crisis help at once; then the check goes on.
      let newCrisis = crisisCards(interview).filter { card in !crisisBefore.contains { $0.card.id == card.card.id } }
      if !interview.isFinished && !newCrisis.isEmpty {
        var lines: [String] = []
        let document = ResultDocument(interview.result(language: language, region: region), content: content)
        for chosen in newCrisis {
          // As on the full-screen crisis page: the lines open now first,
          // each with its state.
          var sorted = chosen
          let resources = LineStatus.openFirst(chosen.resources, clock: clock).map(\.0)
          sorted.resources = resources
          let card = ResultDocument.Card(sorted, number: 0, textLanguage, content)
          let (clock, content, lang) = (clock, content, textLanguage)
          lines += [""] + document.cardLines(card, marker: s("plain.important") + " ", width: Int.max / 4, breakLinks: false) { help in
            resources.first { $0.id == help.id }.flatMap { LineStatus($0, clock: clock).describe(content, lang) }
          }.map(\.text)
        }
        let goOn = s(interview.result(language: language, region: region).reader == .affected ? "plain.crisis_go_on" : "plain.crisis_go_on_other")
        write(lines.joined(separator: "\n") + "\n\n" + goOn + "\n")
      }
    }
    write("\n" + ResultText.render(interview.result(language: language, region: region), content: content, width: nil))
    return .finished
  }

  func crisisCards(_ interview: Interview) -> [ChosenCard] {
    interview.result(language: language, region: region).cards.filter { $0.card.priority.isCrisis }
  }

  /// "Question 2: type a number from 1 to 4."
  func again(_ question: Question, number: Int) -> String {
    s(question.kind == .multi ? "plain.again_multi" : "plain.again")
      .replacingPlaceholder("n", String(number)).replacingPlaceholder("max", String(question.options.count))
  }

  /// "n. Question (question n of at most m)\n  1) label\n…\n> ", one
  /// line each.
  func prompt(_ question: Question, number: Int, atMost: Int) -> String {
    let progress = s("plain.progress").replacingPlaceholder("n", String(number)).replacingPlaceholder("m", String(atMost))
    var out = "\(number). \(question.text.text(textLanguage)) \(progress)\n"
    for (index, option) in question.options.enumerated() {
      out += "  \(index + 1)) \(option.label.text(textLanguage))\n"
    }
    out += (question.kind == .multi ? s("plain.choose_multi") : s("plain.choose")) + " " + s("plain.help_hint") + "\n> "
    return out
  }

  /// Numbers (or option ids) separated by commas or spaces.
  func parse(_ input: String, _ question: Question) -> [String]? {
    let tokens = input.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    guard !tokens.isEmpty else { return nil }
    var options: [String] = []
    for token in tokens {
      if let n = Int(token), n >= 1, n <= question.options.count {
        options.append(question.options[n - 1].id)
      } else if let option = question.options.first(where: { $0.id.lowercased() == token }) {
        options.append(option.id)
      } else {
        return nil
      }
    }
    return options
  }

  /// Asks which country's helplines to show; Enter alone keeps the one
  /// guessed. Nil: go on with the check.
  private mutating func chooseRegion() -> Outcome? {
    let codes = content.regionCodes
    let names = codes.map { content.regions[$0]?.name.text(textLanguage) ?? $0 }
    let current = content.regions[region]?.name.text(textLanguage) ?? region
    var text = "\n" + s("plain.region").replacingOccurrences("{region}", current) + "\n"
    for (index, name) in names.enumerated() { text += "  \(index + 1). \(name)\n" }
    write(text + "> ")
    while true {
      guard let line = readLine() else {
        write("\n")
        return .endOfInput
      }
      let input = line.trimmingCharacters(in: .whitespaces).lowercased()
      if input == "q" {
        write(s("plain.bye") + "\n")
        return .quit
      }
      if input.isEmpty { return nil }
      if let n = Int(input), codes.indices.contains(n - 1) {
        region = codes[n - 1]
        return nil
      }
      write(s("plain.region_again").replacingOccurrences("{max}", String(codes.count)) + "\n> ")
    }
  }
}
