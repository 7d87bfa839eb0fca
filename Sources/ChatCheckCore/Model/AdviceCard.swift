/// How urgent a card is; results are sorted by it (most urgent first).
public enum Priority: String, CaseIterable, Comparable, Sendable {
  case emergency, crisis, urgent, standard, info

  var rank: Int { Self.allCases.firstIndex(of: self)! }

  public static func < (a: Priority, b: Priority) -> Bool { a.rank < b.rank }
}

/// One piece of advice, shown when its condition holds.
public struct AdviceCard: Hashable, Sendable {
  public var id: String
  public var topic: String
  public var priority: Priority
  public var when: Condition
  public var title: LocalizedText
  public var text: LocalizedText
  public var steps: [LocalizedText]
  /// Resource roles (e.g. `police-online`) resolved per region.
  public var resourceRoles: [String]
  public var location: SourceLocation
}
