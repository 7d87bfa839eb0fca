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

  /// Whether a person can phone it.
  public var takesCalls: Bool { channels.contains { $0.kind == .call } }
}

/// The resources of one country (or `INT`, the international fallback).
public struct Region: Hashable, Sendable {
  public var code: String
  public var name: LocalizedText
  public var resources: [Resource]
  public var location: SourceLocation
}
