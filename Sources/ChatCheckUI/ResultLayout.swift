import ChatCheckCore

/// The result laid out for the screen: the lines of the `ResultDocument`
/// (the same as plain text's), with the screen's styles, a message on top
/// and a kiosk's local contact. Links wrap after "/" or "-", a phone
/// number never breaks, and the text is at most `maxWidth` wide.
public struct ResultLayout: Sendable {
  /// Readable line length on wide windows.
  public static let maxWidth = 76

  public var lines: [(String, Style)] = []
  /// Where each card's title starts, in `lines`.
  public var cardStarts: [Int] = []

  public init(_ state: AppState) {
    // One column stays free at the right edge for the scroll markers.
    let width = max(10, min(state.size.columns - 3, Self.maxWidth))
    var document = ResultDocument(state.result, content: state.content)
    // On the screen the checked versions are one key away.
    if document.unreviewedNote != nil { document.unreviewedNote = state.text("ui.unreviewed") }
    if let notice = state.notice {
      append(TextWrap.lines(notice, width: width).map { ResultDocument.Line($0) }, as: .notice)
      lines.append(("", .normal))
    }
    append(document.headLines(width: width))
    // A kiosk's local contact comes first, after an emergency card if any.
    let localAfter = document.cards.first?.isEmergency == true ? 1 : 0
    for (index, card) in document.cards.enumerated() {
      if index == localAfter { addLocal(state, width: width) }
      lines.append(("", .normal))
      cardStarts.append(lines.count)
      append(document.cardLines(card, width: width, breakLinks: true))
    }
    if document.cards.count <= localAfter { addLocal(state, width: width) }
    lines.append(("", .normal))
    append(document.footLines(width: width))
  }

  /// How each kind of line looks on screen.
  static func style(_ role: ResultDocument.Role) -> Style {
    switch role {
    case .summaryHeading, .emergency: .notice
    case .summary, .cardTitle, .helpName: .title
    case .emergencyTitle: .emergency
    case .body: .normal
    case .because: .hint
    }
  }

  private mutating func append(_ more: [ResultDocument.Line], as style: Style? = nil) {
    lines += more.map { ($0.text, style ?? Self.style($0.role)) }
  }

  private mutating func addLocal(_ state: AppState, width: Int) {
    guard let local = state.kiosk?.settings.local else { return }
    lines.append(("", .normal))
    lines.append((state.text("ui.kiosk.local"), .notice))
    for line in TextWrap.lines(local.summary, width: width - 2) { lines.append(("  " + line, .notice)) }
  }

  /// The card shown at the top of a view scrolled to `scroll` (1-based), and
  /// how many there are.
  public func card(at scroll: Int) -> (Int, Int)? {
    guard !cardStarts.isEmpty else { return nil }
    let index = cardStarts.lastIndex { $0 <= scroll + 1 } ?? 0
    return (index + 1, cardStarts.count)
  }
}
