/// The rule behind an invariant's `open_line`: help that is always there.
/// A crisis card must offer a line that someone can call or text at any
/// hour — the emergency number alone is not enough, since many people in
/// crisis do not call it. The fallback region has no line of its own, so
/// there the emergency number is the floor.
public enum OpenLineRule {
  /// Whether `resources` (a card's, as shown in `region`) meet the rule.
  public static func holds(_ resources: [Resource], region: String, content: Content) -> Bool {
    if region == content.fallbackRegion {
      return resources.contains { isOpenLine($0) || ($0.roles.contains("emergency") && $0.takesCalls) }
    }
    return resources.contains(where: isOpenLine)
  }

  /// A line, not the emergency number, that takes calls or texts at every
  /// hour of the week.
  public static func isOpenLine(_ resource: Resource) -> Bool {
    !resource.roles.contains("emergency") && resource.takesCallsOrTexts && resource.isAlwaysOpen
  }

  /// What is missing, for lint's message.
  static func missing(region: String, content: Content) -> String {
    region == content.fallbackRegion
      ? "neither a line open at every hour nor the emergency number"
      : "no line other than the emergency number that takes calls or texts and is open at every hour (opening_hours: 24/7)"
  }
}
