/// How urgent a card is; results are sorted by it (most urgent first).
public enum Priority: String, CaseIterable, Comparable, Sendable {
  case emergency, crisis, urgent, standard, info

  var rank: Int { Self.allCases.firstIndex(of: self)! }

  public static func < (a: Priority, b: Priority) -> Bool { a.rank < b.rank }

  /// Emergency and crisis cards: shown at once when their facts are
  /// answered, and their "now" step leads the summary.
  public var isCrisis: Bool { self == .emergency || self == .crisis }
}

/// What a card says to one reader (or to any reader).
public struct CardWording: Hashable, Sendable {
  /// The reader the wording addresses; nil when it fits any reader.
  public var reader: Reader?
  public var title: LocalizedText
  public var text: LocalizedText
  public var steps: [LocalizedText]
  /// The one thing to do right now, for the result's summary.
  public var now: LocalizedText?
  /// Resource roles for this reader, where they differ from the card's.
  public var resourceRoles: [String]?
  public var location: SourceLocation

  public init(
    reader: Reader?, title: LocalizedText, text: LocalizedText, steps: [LocalizedText],
    now: LocalizedText?, resourceRoles: [String]? = nil, location: SourceLocation
  ) {
    self.reader = reader
    self.title = title
    self.text = text
    self.steps = steps
    self.now = now
    self.resourceRoles = resourceRoles
    self.location = location
  }

  /// `self`, `parent`, `helper` or `any`.
  public var readerName: String { reader?.rawValue ?? "any" }
}

/// One piece of advice, shown when its condition holds, worded for one
/// reader, for any reader, or once per reader.
public struct AdviceCard: Hashable, Sendable {
  public var id: String
  public var topic: String
  public var priority: Priority
  public var when: Condition
  /// One wording per reader, or one for any reader.
  public var wordings: [CardWording]
  /// Resource roles (e.g. `police-online`) resolved per region.
  public var resourceRoles: [String]
  /// Set when the card's wording asks the reader to reach its resources
  /// this way (`call`: every resource shown must take calls).
  public var reach: ChannelKind?
  public var location: SourceLocation

  /// The wording for `reader`: its own, or the one for any reader; nil
  /// when the card does not speak to that reader.
  public func wording(for reader: Reader) -> CardWording? {
    wordings.first { $0.reader == reader } ?? wordings.first { $0.reader == nil }
  }

  /// The resource roles shown with `wording`: its own, or the card's.
  public func resourceRoles(for wording: CardWording) -> [String] {
    wording.resourceRoles ?? resourceRoles
  }

  /// Every role the card can show, for checks.
  public var allResourceRoles: [String] {
    (resourceRoles + wordings.flatMap { $0.resourceRoles ?? [] }).uniqued()
  }
}
