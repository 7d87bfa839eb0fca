/// One card of a result, with why it applies and its region's resources.
public struct ChosenCard: Hashable, Sendable {
  public var card: AdviceCard
  /// The facts that made the card's condition hold.
  public var because: [String]
  public var resources: [Resource]
}

/// The advice for one set of facts, in reading order.
public struct AdviceResult: Hashable, Sendable {
  public var language: String
  public var region: String
  public var answers: [Answer]
  /// Sorted.
  public var facts: [String]
  public var cards: [ChosenCard]

  public var topics: [String] { cards.map(\.card.topic) }
}

/// Chooses and orders the cards for a set of facts.
public enum AdviceComposer {
  /// The cards whose conditions hold, sorted by priority, then by their
  /// order in the content.
  public static func cards(for facts: Set<String>, in content: Content) -> [AdviceCard] {
    let matching = content.cards.enumerated().filter { $0.element.when.evaluate(facts.contains) }
    return matching.sorted { a, b in
      a.element.priority == b.element.priority ? a.offset < b.offset : a.element.priority < b.element.priority
    }.map(\.element)
  }

  /// The resources a card shows in `region`, each once.
  public static func resources(of card: AdviceCard, in content: Content, region: String) -> [Resource] {
    var seen: Set<String> = []
    var result: [Resource] = []
    for role in card.resourceRoles {
      for resource in content.resources(role: role, region: region) where seen.insert(resource.id).inserted {
        result.append(resource)
      }
    }
    return result
  }

  public static func compose(
    content: Content, facts: Set<String>, answers: [Answer], language: String, region: String
  ) -> AdviceResult {
    let chosen = cards(for: facts, in: content).map { card in
      ChosenCard(
        card: card, because: card.when.supportingFacts(facts.contains).uniqued(),
        resources: resources(of: card, in: content, region: region))
    }
    return AdviceResult(
      language: language, region: region, answers: answers, facts: facts.sorted(), cards: chosen)
  }
}

extension Array where Element: Hashable {
  func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}
