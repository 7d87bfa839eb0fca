/// Lint's checks of the learning stories against the regions: every
/// `{line:ROLE}` names a role the content declares, and every story ends,
/// in every region that has one, with a line someone can call or text at
/// any hour (in the fallback region, at least the emergency number). The
/// crisis invariants prove each shipped region has one.
enum StoryChecks {
  static func check(_ content: Content, log: DiagnosticLog) {
    let roles = Set(content.roles)
    for story in content.stories {
      let named = story.namedRoles
      for role in named where !roles.contains(role) {
        log.error(
          story.location,
          "story '\(story.id)': {line:\(role)} names no role; roles: \(content.roles.joined(separator: ", "))\(Suggestion.didYouMean(role, content.roles))")
      }
      // Every line the story names exists for its audience in every
      // region (the fallback region, which has few lines of its own,
      // shows its emergency number instead).
      for role in named where roles.contains(role) {
        let missing = content.regionCodes.filter {
          $0 != content.fallbackRegion && StoryLines.lines(role, story: story, content: content, region: $0).isEmpty
        }
        if !missing.isEmpty {
          log.error(
            story.location,
            "story '\(story.id)': {line:\(role)} has no line for its audience (\(story.ages.rawValue)) in \(missing.joined(separator: ", ")), nor in \(content.fallbackRegion); name a role that has one there")
        }
      }
      for region in content.regionCodes where hasOpenLine(region, content) {
        let lines = StoryLines.resources(story, content: content, region: region, named: named)
        if !OpenLineRule.holds(lines, region: region, content: content) {
          log.error(story.location, "story '\(story.id)' ends in region \(region) with \(OpenLineRule.missing(region: region, content: content))")
        }
      }
    }
  }

  /// Whether `region` has what the rule asks for at all: a line open at
  /// every hour (in the fallback region, an emergency number to call).
  static func hasOpenLine(_ region: String, _ content: Content) -> Bool {
    OpenLineRule.holds(content.regions[region]?.resources ?? [], region: region, content: content)
  }
}
