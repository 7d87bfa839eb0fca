/// A helpline, service or website, with where it was checked.
public struct Resource: Hashable, Sendable {
  public var id: String
  public var roles: [String]
  public var name: LocalizedText
  public var phone: String?
  public var url: String?
  public var hours: LocalizedText?
  public var audience: LocalizedText?
  public var source: String
  /// ISO date, `YYYY-MM-DD`.
  public var checked: String
  public var location: SourceLocation
}

/// The resources of one country (or `INT`, the international fallback).
public struct Region: Hashable, Sendable {
  public var code: String
  public var name: LocalizedText
  public var resources: [Resource]
  public var location: SourceLocation

  /// Resources with `role`, in file order.
  public func resources(withRole role: String) -> [Resource] {
    resources.filter { $0.roles.contains(role) }
  }
}
