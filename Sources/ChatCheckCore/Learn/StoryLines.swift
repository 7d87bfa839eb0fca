/// The help a learning story points to in the reader's region: the lines
/// at its end, chosen for its audience (young people get the child line
/// and a crisis line, parents the parents' line), and each `{line:ROLE}`
/// in its feedback and outcome, filled with the region's line of that
/// role ("Nummer gegen Kummer (116 111)"). A story is read in every
/// region, so its text never names a number itself.
public enum StoryLines {
  /// At most this many of the audience's own lines end a story, besides
  /// every line its text names and the emergency numbers.
  public static let audienceLimit = 3
  /// At most this many lines fill one `{line:ROLE}`.
  public static let perPlaceholder = 2

  /// The roles looked up for `story`'s end, each group with whether the
  /// person affected is a minor (whose lines the group gets).
  static func groups(_ story: LearnStory) -> [(roles: [String], minor: Bool)] {
    let young = (roles: ["child-line", "crisis-text"], minor: true)
    let adult = (roles: ["crisis", "crisis-text", "counselling"], minor: false)
    switch (story.reader, story.ages) {
    case (.affected, .young): return [(young.roles + ["crisis"], true)]
    case (.affected, .adult): return [adult]
    // A parent's own line first, then a crisis line open at night for
    // the parent, then the child's.
    case (.parent, _): return [(["parents-line"], true), (["crisis"], false), young]
    case (.affected, .all), (.helper, _): return [young, adult]
    }
  }

  /// The ages a `{line:ROLE}` of `story` is looked up for, in order: a
  /// parent's story its child's; a story for all ages an adult's, then a
  /// young person's; a story for one age only that age, so an adult is
  /// never sent to a children's service.
  static func lookups(_ story: LearnStory) -> [Bool] {
    if story.reader == .parent { return [true] }
    return story.ages == .all ? [false, true] : [story.ages == .young]
  }

  /// The lines that end `story` in `region`: the audience's lines (at
  /// most `audienceLimit`), then the lines of every role its text names in
  /// `{line:ROLE}`, each once; the emergency numbers last.
  /// `named` is `story.namedRoles`, when the caller has it already.
  public static func resources(_ story: LearnStory, content: Content, region: String, named: [String]? = nil) -> [Resource] {
    var seen: Set<String> = []
    var lines: [Resource] = []
    var emergency: [Resource] = []
    func add(_ resource: Resource, upTo cap: Int) {
      guard seen.insert(resource.id).inserted else { return }
      if ResourceListing.isEmergency(resource) {
        emergency.append(resource)
      } else if lines.count < cap {
        lines.append(resource)
      } else {
        seen.remove(resource.id)
      }
    }
    for group in groups(story) {
      for resource in AdviceComposer.resources(of: group.roles, in: content, region: region, minor: group.minor) {
        add(resource, upTo: audienceLimit)
      }
    }
    // Every line the text names is there, whatever the count: a sentence
    // that offers two lines (one for women, one for men) offers both.
    for role in named ?? story.namedRoles where role != ResourceListing.emergencyRole {
      for resource in StoryLines.lines(role, story: story, content: content, region: region) { add(resource, upTo: .max) }
    }
    for minor in lookups(story) {
      for resource in content.resources(role: ResourceListing.emergencyRole, region: region, minor: minor) { add(resource, upTo: .max) }
    }
    return lines + emergency
  }

  /// The region's lines of `role` for `story`'s audience (at most
  /// `perPlaceholder`); empty when the region (and the fallback region)
  /// has none for that audience, which lint reports.
  public static func lines(_ role: String, story: LearnStory, content: Content, region: String) -> [Resource] {
    var seen: Set<String> = []
    var found: [Resource] = []
    for minor in lookups(story) {
      for resource in content.resources(role: role, region: region, minor: minor) where seen.insert(resource.id).inserted {
        found.append(resource)
      }
    }
    return Array(found.prefix(role == ResourceListing.emergencyRole ? .max : perPlaceholder))
  }

  /// `text` with each `{line:ROLE}` replaced by the region's lines: "name
  /// (Call: number)", with the hours of a line that is not always open;
  /// two lines joined by "or". The emergency numbers are the numbers
  /// alone ("112 / 110"). A role the region lacks becomes its emergency
  /// numbers, never a raw placeholder (lint reports it).
  public static func fill(_ text: String, story: LearnStory, content: Content, region: String, language: String) -> String {
    // A line named once in the text is named by its name alone after.
    var namedBefore: Set<String> = []
    return placeholders(in: text) { role in
      var found = lines(role, story: story, content: content, region: region)
      if found.isEmpty || role == ResourceListing.emergencyRole {
        if found.isEmpty { found = lines(ResourceListing.emergencyRole, story: story, content: content, region: region) }
        return found.flatMap { $0.channels.filter { $0.kind == .call }.map(\.value) }.joined(separator: " / ")
      }
      let fresh = found.filter { !namedBefore.contains($0.id) }
      let shown = fresh.isEmpty ? found.prefix(1).map { $0.name.text(language) } : fresh.map { named($0, language, content) }
      namedBefore.formUnion(found.map(\.id))
      return shown.joined(separator: " \(content.string("learn.or", language)) ")
    }
  }

  /// The roles `text` names in `{line:ROLE}`, for lint.
  /// Read on the UTF-8 bytes when every character is one scalar (nearly
  /// every text of every language, which lint reads all of); otherwise by
  /// `placeholders(in:_:)` itself, which reads Characters (a combining
  /// mark on a brace makes it no brace).
  public static func roles(in text: String) -> [String] {
    guard text.utf8.contains(UInt8(ascii: "{")) else { return [] }
    guard TerminalText.hasOneScalarPerCharacter(utf8: text.utf8) else {
      var roles: [String] = []
      _ = placeholders(in: text) { role in
        roles.append(role)
        return ""
      }
      return roles
    }
    var roles: [String] = []
    let marker = Array("{line:".utf8)
    let bytes = Array(text.utf8)
    var i = 0
    while i + marker.count <= bytes.count {
      guard bytes[i] == marker[0], bytes[i..<(i + marker.count)].elementsEqual(marker) else {
        i += 1
        continue
      }
      let start = i + marker.count
      guard let close = bytes[start...].firstIndex(of: UInt8(ascii: "}")) else { break }
      roles.append(String(decoding: bytes[start..<close], as: UTF8.self))
      i = close + 1
    }
    return roles
  }

  /// `text` with each `{line:ROLE}` replaced by `replace(ROLE)`, in order.
  static func placeholders(in text: String, _ replace: (String) -> String) -> String {
    var result = ""
    var rest = Substring(text)
    while let open = rest.firstRange(of: "{line:"), let close = rest[open.upperBound...].firstIndex(of: "}") {
      result += rest[..<open.lowerBound]
      result += replace(String(rest[open.upperBound..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// "TelefonSeelsorge (Call: 0800 111 0 111)", "Crisis Text Line (Text:
  /// 741741, text THORN to 741741)", "HateAid (Call: 030 …; Mon 10–13 …)":
  /// the way to reach it named, so that no sentence says "call" a chat.
  static func named(_ resource: Resource, _ language: String, _ content: Content) -> String {
    let name = resource.name.text(language)
    let channel = resource.channels.first { $0.kind == .call }
      ?? resource.channels.first { $0.kind == .text }
      ?? resource.channels.first { $0.kind == .chat }
      ?? resource.channels.first
    var parts: [String] = []
    if let channel {
      let note = channel.note?.text(language).isEmpty == false ? ", \(channel.note!.text(language))" : ""
      parts.append("\(content.string("channel.\(channel.kind.rawValue)", language))\(Spelling.colon(language)) \(channel.value)\(note)")
    }
    if !resource.isAlwaysOpen, let hours = resource.hours?.text(language), !hours.isEmpty { parts.append(hours) }
    return parts.isEmpty ? name : "\(name) (\(parts.joined(separator: "; ")))"
  }
}

extension LearnStory {
  /// Every text of the story that may name a line: each reply's feedback
  /// and the outcome, in every language.
  var textsWithLines: [LocalizedText] {
    decisions.flatMap(\.options).map(\.feedback) + [outcome]
  }

  /// The roles its texts name in `{line:ROLE}`, each once, in the order
  /// they first appear (in any language).
  public var namedRoles: [String] {
    var seen: Set<String> = []
    return textsWithLines.flatMap { text in
      (text.universal.map { [$0] } ?? text.entries.map(\.text)).flatMap(StoryLines.roles(in:))
    }.filter { seen.insert($0).inserted }
  }
}
