/// How a card's resources are printed in a whole result (text, Markdown,
/// screen): each in full once, then a pointer back to the step that shows
/// it; the emergency numbers once, near the top, never under a card. The
/// structured result (and JSON) keeps every card's resources.
public enum ResourceListing {
  /// The role of the emergency numbers.
  public static let emergencyRole = "emergency"

  /// One resource under one card.
  public enum Entry: Hashable, Sendable {
    /// Printed in full here.
    case full(Resource)
    /// Printed in full under step `step` (1-based) already.
    case seeStep(Resource, step: Int)
  }

  /// The emergency numbers of the result, in order of first appearance:
  /// printed once, near the top.
  public static func emergency(_ result: AdviceResult) -> [Resource] {
    var seen: Set<String> = []
    return result.cards.flatMap(\.resources).filter { isEmergency($0) && seen.insert($0.id).inserted }
  }

  /// The entries of each card, in the result's card order.
  public static func entries(_ result: AdviceResult) -> [[Entry]] {
    var shownAt: [String: Int] = [:]
    return result.cards.enumerated().map { index, chosen in
      chosen.resources.compactMap { resource -> Entry? in
        // The emergency numbers are under the summary already.
        if isEmergency(resource) { return nil }
        if let step = shownAt[resource.id] { return .seeStep(resource, step: step) }
        shownAt[resource.id] = index + 1
        return .full(resource)
      }
    }
  }

  public static func isEmergency(_ resource: Resource) -> Bool {
    resource.roles.contains(emergencyRole)
  }

  /// "In an emergency: 112 (Ambulance) · 110 (Police emergency)": the
  /// line under the summary, numbers first so that they are found at a
  /// glance (a text-only number says so: "SMS 911").
  public static func emergencyLine(_ resources: [Resource], _ language: String, _ content: Content) -> String? {
    let parts = resources.flatMap { resource in
      resource.channels.filter { $0.kind == .call || $0.kind == .text }.map { channel in
        let number = channel.kind == .call ? channel.value : "\(content.string("channel.text", language)) \(channel.value)"
        return "\(number) (\(resource.name.text(language)))"
      }
    }
    guard !parts.isEmpty else { return nil }
    return "\(content.string("result.emergency", language))\(Spelling.colon(language)) " + parts.joined(separator: " · ")
  }

  /// "TelefonSeelsorge – see step 1"; nil for a resource printed in full.
  public static func pointer(_ entry: Entry, _ language: String, _ content: Content) -> String? {
    switch entry {
    case .full:
      return nil
    case .seeStep(let resource, let step):
      return "\(resource.name.text(language)) – " + content.string("result.see_step", language).replacingPlaceholder("n", String(step))
    }
  }

  /// "German only" when the line does not answer in the reader's language
  /// (nil when it does, or its languages are not known). Never on an
  /// emergency number: a person in danger must not read it as "not for
  /// me"; they call whatever language they speak.
  public static func languageNote(_ resource: Resource, _ language: String, _ content: Content) -> String? {
    guard !resource.answers(in: language), !isEmergency(resource) else { return nil }
    let names = resource.languages.map { code in
      content.strings["language.\(code)"] == nil ? code : content.string("language.\(code)", language)
    }
    return content.string("result.speaks", language).replacingPlaceholder("languages", names.joined(separator: ", "))
  }
}
