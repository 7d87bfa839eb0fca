/// One card of a result: the wording for the reader, why it applies, and
/// its region's resources for the person affected's age.
public struct ChosenCard: Hashable, Sendable {
  public var card: AdviceCard
  public var wording: CardWording
  /// The facts that made the card's condition hold.
  public var because: [String]
  public var resources: [Resource]
}

/// One of the few things to do right now, taken from a card.
public struct SummaryItem: Hashable, Sendable {
  public var text: LocalizedText
  /// The id of the card it comes from.
  public var card: String
}

/// The advice for one set of facts, in reading order.
public struct AdviceResult: Hashable, Sendable {
  public var language: String
  public var region: String
  public var reader: Reader
  public var answers: [Answer]
  /// Sorted.
  public var facts: [String]
  /// At most the rules' `summaryLimit` items.
  public var summary: [SummaryItem]
  public var cards: [ChosenCard]

  public var topics: [String] { cards.map(\.card.topic) }

  /// The language texts are looked up in (`de-CH` for German in
  /// Switzerland).
  public var textLanguage: String { Spelling.variant(language: language, region: region) }
}

/// Chooses and orders the cards for a set of facts, by `CompositionRules`.
public enum AdviceComposer {
  /// The cards a result for `facts` shows, in reading order, whichever
  /// reader they address: the same selection lint proves its rules on.
  public static func cards(for facts: Set<String>, in content: Content, rules: CompositionRules = .standard) -> [AdviceCard] {
    rules.select(rules.readingOrder(content)) { content.cards[$0].when.evaluate(facts.contains) }.map { content.cards[$0] }
  }

  /// The resources `card` shows in `region` for the person affected's age
  /// with `wording`. Lint proves its rules on the same list.
  public static func resources(
    of card: AdviceCard, wording: CardWording, in content: Content, region: String, minor: Bool, rules: CompositionRules = .standard
  ) -> [Resource] {
    resources(of: card.resourceRoles(for: wording), in: content, region: region, minor: minor, limit: rules.lineLimit(card))
  }

  /// The resources of `roles` in `region` for the person affected's age,
  /// each once: in the order of the roles, at most `limit` besides the
  /// emergency numbers (which a whole result prints once, at the top).
  public static func resources(of roles: [String], in content: Content, region: String, minor: Bool, limit: Int = .max) -> [Resource] {
    var seen: Set<String> = []
    var result: [Resource] = []
    var lines = 0
    for role in roles {
      for resource in content.resources(role: role, region: region, minor: minor) where seen.insert(resource.id).inserted {
        let emergency = ResourceListing.isEmergency(resource)
        if !emergency {
          guard lines < limit else { continue }
          lines += 1
        }
        result.append(resource)
      }
    }
    return result
  }

  /// The result for `facts`. A card that has no wording for the reader is
  /// left out (lint proves no shipped path has one).
  public static func compose(
    content: Content, facts: Set<String>, answers: [Answer], language: String, region: String,
    rules: CompositionRules = .standard
  ) -> AdviceResult {
    let reader = rules.reader(facts.contains)
    let minor = facts.contains(AgeBand.minorFact)
    let chosen = cards(for: facts, in: content, rules: rules).compactMap { card -> ChosenCard? in
      guard let wording = card.wording(for: reader) else { return nil }
      return ChosenCard(
        card: card, wording: wording, because: card.when.supportingFacts(facts.contains).uniqued(),
        resources: resources(of: card, wording: wording, in: content, region: region, minor: minor, rules: rules))
    }
    return AdviceResult(
      language: language, region: region, reader: reader, answers: answers, facts: facts.sorted(),
      summary: summary(of: chosen, rules: rules), cards: chosen)
  }

  /// The "now" steps of the first cards that have one, in reading order:
  /// an emergency or crisis card's step (always present, the loader sees
  /// to it) comes first because those cards come first.
  public static func summary(of cards: [ChosenCard], rules: CompositionRules = .standard) -> [SummaryItem] {
    Array(cards.compactMap { chosen in
      chosen.wording.now.map { SummaryItem(text: $0, card: chosen.card.id) }
    }.prefix(rules.summaryLimit))
  }
}
