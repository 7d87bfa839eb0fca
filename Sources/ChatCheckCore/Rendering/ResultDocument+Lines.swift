/// The document as wrapped lines, for the screen and for plain text: the
/// same lines, the same indents, the same order.
extension ResultDocument {
  /// What a line is; each front end picks its look for it.
  public enum Role: Sendable, Equatable {
    case summaryHeading, summary, emergency, body, cardTitle, emergencyTitle, helpName, because
  }

  /// One laid-out line.
  public struct Line: Sendable, Equatable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .body) {
      self.text = text
      self.role = role
    }
  }

  /// The whole document `width` columns wide, and where each card's title
  /// starts. `breakLinks: false` keeps a channel's "Call: …" or "Web: …"
  /// whole even when it is wider than `width`, so it can be copied.
  /// `allReasons` lists every reason of a card (a handout, a screen
  /// reader's text); otherwise the first one, then "…".
  public func lines(width: Int, breakLinks: Bool, allReasons: Bool = false) -> (lines: [Line], cardStarts: [Int]) {
    var out = headLines(width: width)
    var starts: [Int] = []
    for card in cards {
      out.append(Line(""))
      starts.append(out.count)
      out += cardLines(card, width: width, breakLinks: breakLinks, allReasons: allReasons)
    }
    out.append(Line(""))
    out += footLines(width: width)
    return (out, starts)
  }

  /// "Right now:" and the numbered summary, the emergency numbers, the
  /// introduction and the country; the "nothing applies" words when no
  /// card does.
  public func headLines(width: Int) -> [Line] {
    var out: [Line] = []
    if !summary.isEmpty {
      out.append(Line(words.summary + words.colon, .summaryHeading))
      for (index, item) in summary.enumerated() {
        out += wrap(item, width, first: "  \(index + 1). ", rest: "     ", .summary)
      }
      out.append(Line(""))
    }
    if let emergency {
      out += wrap(emergency, width, .emergency)
      out.append(Line(""))
    }
    out += wrap(words.intro, width)
    out += wrap(words.region, width)
    for note in languageNotes {
      // No-break spaces hold a number together while wrapping only.
      out += wrap(note, width).map { Line(String($0.text.map { $0 == "\u{00A0}" ? " " : $0 }), $0.role) }
    }
    if cards.isEmpty {
      out.append(Line(""))
      out += wrap(words.empty, width)
    }
    return out
  }

  /// The closing words.
  public func footLines(width: Int) -> [Line] {
    wrap(words.footer, width)
  }

  /// One card: its title behind `marker` (default "1. "), text, steps,
  /// help lines and the first reason. `status` adds a line's state
  /// ("open now") to its details.
  public func cardLines(
    _ card: Card, marker: String? = nil, width: Int, breakLinks: Bool, allReasons: Bool = false, status: ((Help) -> String?)? = nil
  ) -> [Line] {
    var out = wrap(card.title, width, first: marker ?? "\(card.number). ", rest: "   ", card.isEmergency ? .emergencyTitle : .cardTitle)
    out += wrap(card.text, width, first: "   ", rest: "   ")
    for step in card.steps { out += wrap(step, width, first: "   - ", rest: "     ") }
    if !card.help.isEmpty {
      out.append(Line("   \(words.help)\(words.colon)"))
      for help in card.help {
        if let pointer = help.pointer {
          out += wrap(pointer, width, first: "   * ", rest: "     ")
          continue
        }
        out += wrap(help.name, width, first: "   * ", rest: "     ", .helpName)
        let details = [help.details, status?(help)].compactMap { $0 }.joined(separator: " · ")
        if !details.isEmpty { out += wrap(details, width, first: "     ", rest: "     ") }
        for channel in help.channels { out += channelLines(channel, width: width, breakLinks: breakLinks) }
      }
    }
    // One reason on the screen; a handout or a screen reader lists all.
    if allReasons && !card.because.isEmpty {
      out += wrap("\(words.because)\(words.colon) " + card.because.joined(separator: words.listSeparator), width, first: "   ", rest: "   ", .because)
    } else if let first = card.because.first {
      let line = "\(words.because)\(words.colon) \(first)" + (card.because.count > 1 ? " …" : "")
      out.append(Line("   " + ResultWording.fitWords(line, width: width - 3), .because))
    }
    return out
  }

  /// "Call: 116 111 (note)": a number never breaks; a link longer than
  /// the width breaks only where `breakLinks` allows.
  func channelLines(_ channel: Channel, width: Int, breakLinks: Bool) -> [Line] {
    let first = "     ", rest = "       "
    if !breakLinks && DisplayWidth.of(first + channel.line) > width {
      let whole = String((first + channel.line).map { $0 == "\u{00A0}" ? " " : $0 })
      return [Line(whole)] + (channel.note.map { wrap("(\($0))", width, first: rest, rest: rest) } ?? [])
    }
    let value = channel.isNumber ? String(channel.value.map { $0 == " " ? "\u{00A0}" : $0 }) : channel.value
    let text = "\(channel.label)\(channel.colon) \(value)" + (channel.note.map { " (\($0))" } ?? "")
    return wrap(text, width, first: first, rest: rest).map { Line(String($0.text.map { $0 == "\u{00A0}" ? " " : $0 }), $0.role) }
  }

  private func wrap(_ text: String, _ width: Int, first: String = "", rest: String = "", _ role: Role = .body) -> [Line] {
    TextWrap.lines(text, width: width, first: first, rest: rest).map { Line($0, role) }
  }
}
