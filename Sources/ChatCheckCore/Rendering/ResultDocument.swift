/// The advice laid out once, as blocks in reading order: the summary, the
/// emergency numbers, each card with its text, steps, help lines and
/// reasons, and the closing words. The screen, plain text, Markdown and
/// the crisis page walk these blocks, so their wording and order cannot
/// drift apart; where a help line's note goes is decided here, once (in
/// brackets after its channel).
public struct ResultDocument: Sendable, Equatable {
  /// One way to reach a help line.
  public struct Channel: Sendable, Equatable {
    /// "Call", "Text", "Web" in the reader's language.
    public var label: String
    public var value: String
    /// "text THORN to 741741", or nil.
    public var note: String?
    /// A number to call or text: never broken across lines.
    public var isNumber: Bool
    /// The colon after the label, in the reader's typography.
    public var colon = ":"

    /// "Call: 116 111"
    public var line: String { "\(label)\(colon) \(value)" }
    /// "Text: 741741 (text THORN to 741741)"
    public var lineWithNote: String { note.map { "\(line) (\($0))" } ?? line }
  }

  /// A help line under a card: in full the first time it is shown, later a
  /// pointer back to that card.
  public struct Help: Sendable, Equatable {
    /// The resource's id.
    public var id: String
    public var name: String
    public var hours: String?
    public var audience: String?
    /// "German only" when it does not answer in the reader's language.
    public var languages: String?
    public var channels: [Channel]
    /// "krisenchat – see step 1" for a line shown in full earlier; nil:
    /// this is the full one.
    public var pointer: String?

    /// Hours, who it is for and the language note, joined by " · ".
    public var details: String? {
      let parts = [hours, audience, languages].compactMap { $0 }.filter { !$0.isEmpty }
      return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// `resource` in `language`, in full.
    public init(_ resource: Resource, _ language: String, _ content: Content) {
      id = resource.id
      name = resource.name.text(language)
      hours = resource.hours?.text(language)
      audience = resource.audience?.text(language)
      languages = ResourceListing.languageNote(resource, language, content)
      channels = resource.channels.map { channel in
        let note = channel.note?.text(language)
        return Channel(
          label: content.string("channel.\(channel.kind.rawValue)", language), value: channel.value,
          note: note?.isEmpty == false ? note : nil, isNumber: channel.kind == .call || channel.kind == .text,
          colon: Spelling.colon(language))
      }
    }

    /// An entry of `ResourceListing`: in full, or a pointer back.
    init(_ entry: ResourceListing.Entry, _ language: String, _ content: Content) {
      switch entry {
      case .full(let resource):
        self.init(resource, language, content)
      case .seeStep(let resource, _):
        self.init(resource, language, content)
        pointer = ResourceListing.pointer(entry, language, content)
      }
    }
  }

  /// One card of advice.
  public struct Card: Sendable, Equatable {
    public var number: Int
    public var title: String
    /// Emergency help: drawn as such.
    public var isEmergency: Bool
    public var text: String
    public var steps: [String]
    public var help: [Help]
    /// The labels of the facts that brought the card.
    public var because: [String]

    /// `chosen` as card `number`, its help lines as `entries` (default:
    /// each in full).
    public init(_ chosen: ChosenCard, number: Int, entries: [ResourceListing.Entry]? = nil, _ language: String, _ content: Content) {
      let wording = chosen.wording
      self.number = number
      title = wording.title.text(language)
      isEmergency = chosen.card.priority == .emergency
      text = wording.text.text(language)
      steps = wording.steps.map { $0.text(language) }
      help = (entries ?? chosen.resources.map(ResourceListing.Entry.full)).map { Help($0, language, content) }
      because = chosen.because.map { content.fact($0)?.label.text(language) ?? $0 }
    }
  }

  /// The words around the blocks, in the reader's language.
  public struct Words: Sendable, Equatable {
    public var title, summary, intro, region, footer, help, steps, because: String
    /// The colon after a label, in the reader's typography.
    public var colon: String
    /// Between the items of a list ("; ").
    public var listSeparator: String
    /// Shown when no card applies.
    public var empty: String
  }

  public var words: Words
  /// The most important steps first ("Right now:").
  public var summary: [String]
  /// "In an emergency: 112 (…) · 110 (…)", once, under the summary.
  public var emergency: String?
  public var cards: [Card]
  /// Under the country: a translation not yet checked by a counsellor
  /// who speaks it says so (a screen may word it with its own key).
  public var unreviewedNote: String?
  /// Under the country: none of the lines one can talk to says it helps
  /// in the reader's language (naming the region's lines that do).
  public var languageNote: String?
  /// The notes about the language, in order.
  public var languageNotes: [String] { [unreviewedNote, languageNote].compactMap { $0 } }

  public init(_ result: AdviceResult, content: Content) {
    let lang = result.textLanguage
    let s = { (key: String) in content.string(key, lang) }
    let regionName = content.regions[result.region]?.name.text(lang) ?? result.region
    words = Words(
      title: s("result.title"), summary: s("result.summary"), intro: s("result.intro"), region: "\(s("result.region"))\(Spelling.colon(lang)) \(regionName)",
      footer: s("result.footer"), help: s("result.resources"), steps: s("result.steps"), because: s("result.because"),
      colon: Spelling.colon(lang), listSeparator: Spelling.listSeparator(lang), empty: s("result.empty"))
    summary = result.summary.map { $0.text.text(lang) }
    emergency = ResourceListing.emergencyLine(ResourceListing.emergency(result), lang, content)
    let entries = ResourceListing.entries(result)
    cards = result.cards.enumerated().map { index, chosen in
      Card(chosen, number: index + 1, entries: entries[index], lang, content)
    }
    unreviewedNote = LanguageNotes.unreviewed(result, content)
    languageNote = LanguageNotes.noLine(result, shown: entries.flatMap { $0 }, content)
  }
}
