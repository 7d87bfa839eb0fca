import ChatCheckCore

/// The result laid out for the screen, from the structured result (never
/// from rendered text): the summary first, then each card with its steps,
/// help lines and one "because" line. Links wrap after "/" or "-", a phone
/// number never breaks, and the text is at most `maxWidth` wide.
public struct ResultLayout: Sendable {
  /// Readable line length on wide windows.
  public static let maxWidth = 76

  public var lines: [(String, Style)] = []
  /// Where each card's title starts, in `lines`.
  public var cardStarts: [Int] = []

  public init(_ state: AppState) {
    let width = max(10, min(state.size.columns - 2, Self.maxWidth))
    let result = state.result
    let lang = result.textLanguage
    let content = state.content
    func add(_ text: String, _ style: Style = .normal, first: String = "", rest: String = "") {
      for line in TextWrap.lines(text, width: width, first: first, rest: rest) { lines.append((line, style)) }
    }
    if let notice = state.notice {
      add(notice, .notice)
      lines.append(("", .normal))
    }
    if !result.summary.isEmpty {
      lines.append((content.string("result.summary", lang) + ":", .notice))
      for (index, item) in result.summary.enumerated() {
        add(item.text.text(lang), .title, first: "  \(index + 1). ", rest: "     ")
      }
      lines.append(("", .normal))
    }
    if let emergency = ResourceListing.emergencyLine(ResourceListing.emergency(result), lang, content) {
      add(emergency, .notice)
      lines.append(("", .normal))
    }
    add(content.string("result.intro", lang))
    let regionName = content.regions[result.region]?.name.text(lang) ?? result.region
    add("\(content.string("result.region", lang)): \(regionName)")
    if result.cards.isEmpty {
      lines.append(("", .normal))
      add(content.string("result.empty", lang))
    }
    // A kiosk's local contact comes first, after an emergency card if any.
    let localAfter = result.cards.first?.card.priority == .emergency ? 1 : 0
    let entries = ResourceListing.entries(result)
    for (index, chosen) in result.cards.enumerated() {
      if index == localAfter { addLocal(state, width: width) }
      lines.append(("", .normal))
      cardStarts.append(lines.count)
      addCard(chosen, number: index + 1, entries: entries[index], content: content, language: lang, width: width)
    }
    if result.cards.count <= localAfter { addLocal(state, width: width) }
    lines.append(("", .normal))
    add(content.string("result.footer", lang))
  }

  private mutating func addLocal(_ state: AppState, width: Int) {
    guard let local = state.kiosk?.settings.local else { return }
    lines.append(("", .normal))
    lines.append((state.text("ui.kiosk.local"), .notice))
    for line in TextWrap.lines(local.summary, width: width - 2) { lines.append(("  " + line, .notice)) }
  }

  private mutating func addCard(
    _ chosen: ChosenCard, number: Int, entries: [ResourceListing.Entry], content: Content, language lang: String, width: Int
  ) {
    let wording = chosen.wording
    let titleStyle: Style = chosen.card.priority == .emergency ? .emergency : .title
    for line in TextWrap.lines(wording.title.text(lang), width: width, first: "\(number). ", rest: "   ") {
      lines.append((line, titleStyle))
    }
    for line in TextWrap.lines(wording.text.text(lang), width: width, first: "   ", rest: "   ") { lines.append((line, .normal)) }
    if !wording.steps.isEmpty {
      for step in wording.steps {
        for line in TextWrap.lines(step.text(lang), width: width, first: "   - ", rest: "     ") { lines.append((line, .normal)) }
      }
    }
    if !entries.isEmpty {
      lines.append(("   " + content.string("result.resources", lang) + ":", .normal))
      for entry in entries {
        guard case .full(let resource) = entry else {
          let pointer = ResourceListing.pointer(entry, lang, content) ?? ""
          for line in TextWrap.lines(pointer, width: width, first: "   * ", rest: "     ") { lines.append((line, .normal)) }
          continue
        }
        for line in TextWrap.lines(resource.name.text(lang), width: width, first: "   * ", rest: "     ") { lines.append((line, .title)) }
        if let details = ResourceListing.details(resource, lang, content) {
          for line in TextWrap.lines(details, width: width, first: "     ", rest: "     ") { lines.append((line, .normal)) }
        }
        for channel in resource.channels {
          // A number to call or text never breaks: no-break spaces inside.
          let value = channel.kind == .call || channel.kind == .text
            ? String(channel.value.map { $0 == " " ? "\u{00A0}" : $0 }) : channel.value
          var text = "\(content.string("channel.\(channel.kind.rawValue)", lang)): \(value)"
          if let note = channel.note?.text(lang), !note.isEmpty { text += " (\(note))" }
          for line in TextWrap.lines(text, width: width, first: "     ", rest: "       ") {
            lines.append((String(line.map { $0 == "\u{00A0}" ? " " : $0 }), .normal))
          }
        }
      }
    }
    if let because = ResultWording.because(chosen, lang, content, width: width - 3) {
      lines.append(("   " + because, .hint))
    }
  }

  /// The card shown at the top of a view scrolled to `scroll` (1-based), and
  /// how many there are.
  public func card(at scroll: Int) -> (Int, Int)? {
    guard !cardStarts.isEmpty else { return nil }
    let index = cardStarts.lastIndex { $0 <= scroll + 1 } ?? 0
    return (index + 1, cardStarts.count)
  }
}
