/// How a resource is reached.
public enum ChannelKind: String, CaseIterable, Hashable, Sendable {
  case call
  /// SMS.
  case text
  case chat
  case web
  case email
  case app
}

/// One way to reach a resource: a number to call or text, an address.
public struct Channel: Hashable, Sendable {
  public var kind: ChannelKind
  /// The number as dialled, the URL, the address or the app's name.
  public var value: String
  /// For example "text THORN to 741741".
  public var note: LocalizedText?

  public init(kind: ChannelKind, value: String, note: LocalizedText? = nil) {
    self.kind = kind
    self.value = value
    self.note = note
  }

  /// Whether `value` opens in a browser (for QR codes and links).
  public var isLink: Bool {
    guard kind == .web || kind == .chat || kind == .app else { return false }
    return value.hasPrefix("https://") || value.hasPrefix("http://")
  }
}

/// A helpline, service or website, with where it was checked.
public struct Resource: Hashable, Sendable {
  public var id: String
  public var roles: [String]
  public var name: LocalizedText
  public var channels: [Channel]
  /// Whom the service is about.
  public var ages: AgeBand
  public var hours: LocalizedText?
  /// Who it is for, or what it does (`for` in content and JSON).
  public var audience: LocalizedText?
  public var source: String
  /// ISO date, `YYYY-MM-DD`.
  public var checked: String
  /// False when the source is not the organisation's own page or a public
  /// authority's.
  public var verified: Bool
  /// Why it is unverified.
  public var unverifiedNote: String?
  public var location: SourceLocation
  /// When it is open, machine-readable (`opening_hours` in content and
  /// JSON); nil when not known or not a line with hours.
  public var openingHours: OpeningHours? = nil
  /// The IANA time zone its hours are in: its own, or its region's.
  public var timeZone: String? = nil
  /// The languages it answers in (ISO 639-1): its own, or its region's
  /// main languages; empty when not known.
  public var languages: [String] = []
  /// False for a fallback-region resource that other regions must not
  /// borrow (`fallback: false`): a directory of helplines belongs under
  /// the international crisis card, not beside a country's own lines.
  public var offeredAsFallback = true

  /// Whether a person can phone it.
  public var takesCalls: Bool { channels.contains { $0.kind == .call } }

  /// Whether a person can phone it or send it a text message.
  public var takesCallsOrTexts: Bool { channels.contains { $0.kind == .call || $0.kind == .text } }

  /// Open at every hour of the week, by its machine-readable hours.
  public var isAlwaysOpen: Bool { openingHours?.isAlwaysOpen ?? false }

  /// Whether it answers in `language` ("de-CH" counts as "de"); true when
  /// its languages are not known.
  public func answers(in language: String) -> Bool {
    guard !languages.isEmpty else { return true }
    let base = language.split(separator: "-").first.map(String.init) ?? language
    return languages.contains(base)
  }
}

/// The resources of one country (or `INT`, the international fallback).
public struct Region: Hashable, Sendable {
  public var code: String
  public var name: LocalizedText
  public var resources: [Resource]
  public var location: SourceLocation
  /// The IANA time zone of its resources' hours (`time_zone`).
  public var timeZone: String? = nil
  /// The languages its services answer in unless they say otherwise.
  public var languages: [String] = []
}
