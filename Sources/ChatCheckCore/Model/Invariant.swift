/// A safety rule the content declares and `chatcheck lint` proves on every
/// path: whenever `when` holds, the result must meet each requirement.
public struct Invariant: Hashable, Sendable {
  public var id: String
  public var description: String
  public var when: Condition
  /// Topics that must be among the cards.
  public var topics: [String]
  /// At least one of these topics must be among the cards.
  public var oneOf: [String] = []
  /// Topics that must not be among the cards.
  public var never: [String] = []
  /// The first card must have this topic, ignoring cards whose topic is in
  /// `firstAfter` placed before it.
  public var first: String?
  public var firstAfter: [String]
  /// `first` may stand this far down (1: it must be first).
  public var within: Int
  /// Where present, these topics appear in this order.
  public var order: [String]
  /// Resource roles the result must show in every region.
  public var roles: [String]
  /// Cards with these topics must offer, in every region, a line other
  /// than the emergency number that takes calls or texts and is open at
  /// every hour of the week; in the fallback region, which has no line of
  /// its own, at least the emergency number.
  public var openLine: [String] = []
  public var location: SourceLocation
}

/// A fact declared by the content, with a label for "because you answered".
public struct FactDeclaration: Hashable, Sendable {
  public var id: String
  public var label: LocalizedText
  public var location: SourceLocation
}
