/// The help a learning story points to in the reader's region: the lines
/// at its end, chosen for its audience (young people get the child line
/// and a crisis line, parents the parents' line), and each `{line:ROLE}`
/// in its feedback and outcome, filled with the region's line of that
/// role ("Nummer gegen Kummer (116 111)"). A story is read in every
/// region, so its text never names a number itself.
public enum StoryLines {
  /// At most this many lines end a story, besides the emergency numbers.
  public static let limit = 4

  /// The roles looked up for `story`'s end, each group with whether the
  /// person affected is a minor (whose lines the group gets).
  static func groups(_ story: LearnStory) -> [(roles: [String], minor: Bool)] {
    let young = (roles: ["child-line", "crisis-text"], minor: true)
    let adult = (roles: ["crisis", "crisis-text", "counselling"], minor: false)
    switch (story.reader, story.ages) {
    case (.affected, .young): return [(young.roles + ["crisis", ResourceListing.emergencyRole], true)]
    case (.affected, .adult): return [(adult.roles + [ResourceListing.emergencyRole], false)]
    // A parent's own line first, then a crisis line open at night for
    // the parent, then the child's.
    case (.parent, _): return [(["parents-line"], true), (["crisis"], false), young, ([ResourceListing.emergencyRole], false)]
    case (.affected, .all), (.helper, _): return [young, (adult.roles + [ResourceListing.emergencyRole], false)]
    }
  }

  /// The lines that end `story` in `region`: each once, at most `limit`
  /// of them besides the emergency numbers, which come last.
  public static func resources(_ story: LearnStory, content: Content, region: String) -> [Resource] {
    var seen: Set<String> = []
    var lines: [Resource] = []
    var emergency: [Resource] = []
    for group in groups(story) {
      for resource in AdviceComposer.resources(of: group.roles, in: content, region: region, minor: group.minor)
      where seen.insert(resource.id).inserted {
        if ResourceListing.isEmergency(resource) {
          emergency.append(resource)
        } else if lines.count < limit {
          lines.append(resource)
        }
      }
    }
    return lines + emergency
  }

  /// The region's line of `role` for `story`'s audience: the audience's
  /// own age first, then the other; a region without one gets its crisis
  /// line, then its emergency number.
  public static func line(_ role: String, story: LearnStory, content: Content, region: String) -> Resource? {
    let minorFirst = story.ages == .young || story.reader == .parent
    for candidate in [role, "crisis", ResourceListing.emergencyRole] {
      for minor in [minorFirst, !minorFirst] {
        if let resource = content.resources(role: candidate, region: region, minor: minor).first { return resource }
      }
    }
    return nil
  }

  /// `text` with each `{line:ROLE}` replaced by the region's line:
  /// its name and its number (or address).
  public static func fill(_ text: String, story: LearnStory, content: Content, region: String, language: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let open = rest.firstRange(of: "{line:"), let close = rest[open.upperBound...].firstIndex(of: "}") {
      result += rest[..<open.lowerBound]
      let role = String(rest[open.upperBound..<close])
      result += line(role, story: story, content: content, region: region).map { named($0, language, content) } ?? role
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// The roles `text` names in `{line:ROLE}`, for lint.
  public static func roles(in text: String) -> [String] {
    var roles: [String] = []
    var rest = Substring(text)
    while let open = rest.firstRange(of: "{line:"), let close = rest[open.upperBound...].firstIndex(of: "}") {
      roles.append(String(rest[open.upperBound..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return roles
  }

  /// "Nummer gegen Kummer (116 111)", "Shout (SMS 85258)", or the name
  /// and address of a line with neither.
  static func named(_ resource: Resource, _ language: String, _ content: Content) -> String {
    let name = resource.name.text(language)
    if let call = resource.channels.first(where: { $0.kind == .call }) { return "\(name) (\(call.value))" }
    if let text = resource.channels.first(where: { $0.kind == .text }) {
      return "\(name) (\(content.string("channel.text", language)) \(text.value))"
    }
    return resource.channels.first.map { "\(name) (\($0.value))" } ?? name
  }
}

extension LearnStory {
  /// Every text of the story that may name a line: each reply's feedback
  /// and the outcome, in every language.
  var textsWithLines: [LocalizedText] {
    decisions.flatMap(\.options).map(\.feedback) + [outcome]
  }
}
