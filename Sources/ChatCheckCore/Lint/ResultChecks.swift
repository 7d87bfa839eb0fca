/// What lint proves about each result, beyond the invariants: every card
/// speaks to the path's reader, the card budget holds, there is a summary,
/// no resource outside the person's age band is shown, no card that asks
/// the reader to call shows a line that takes no calls, and every card
/// that names resources shows some.
struct ResultChecks {
  /// One kind of problem, with the outcomes it was found on.
  struct Problem {
    var location: SourceLocation
    var message: String
    var found = Findings()
  }

  /// What makes two findings the same problem.
  enum Key: Hashable {
    case reader(card: String, Reader)
    case budget
    case summary
    case empty(card: String, region: String, minor: Bool)
    case age(resource: String, card: String)
    case call(resource: String, card: String)
  }

  let content: Content
  let rules: CompositionRules
  private(set) var problems: [Problem] = []
  private var index: [Key: Int] = [:]

  init(content: Content, rules: CompositionRules) {
    self.content = content
    self.rules = rules
  }

  private mutating func report(_ key: Key, _ location: SourceLocation, _ message: String, into found: inout [Int]) {
    if let i = index[key] {
      if !found.contains(i) { found.append(i) }
    } else {
      index[key] = problems.count
      found.append(problems.count)
      problems.append(Problem(location: location, message: message))
    }
  }

  /// Notes that the problems `found` (indexes) hold on `masks` too.
  mutating func add(_ masks: [UInt64], to found: [Int]) {
    for i in found { problems[i].found.add(masks) }
  }

  /// Checks the result of one shape of outcome (`facts` is one of them;
  /// `cards` are the cards it shows); returns the indexes of the problems
  /// found.
  mutating func check(_ facts: Set<String>, cards: [AdviceCard]) -> [Int] {
    var found: [Int] = []
    let reader = rules.reader(facts.contains)
    let minor = facts.contains(AgeBand.minorFact)
    let age = minor ? "a person under 18" : "a person of 18 or older"
    for card in cards where card.wording(for: reader) == nil {
      let has = card.wordings.map(\.readerName).joined(separator: ", ")
      report(
        .reader(card: card.id, reader), card.location,
        "card '\(card.id)' does not address \(reader.described), who reads it here (it has a text for: \(has)); give it a text for '\(reader.rawValue)' or 'any', or narrow its condition",
        into: &found)
    }
    let limit = rules.cardLimit(content)
    if cards.count > limit {
      report(.budget, content.manifestLocation, "a result shows more cards than the card budget of \(limit)", into: &found)
    }
    for code in content.regionCodes {
      let result = AdviceComposer.compose(
        content: content, facts: facts, answers: [], language: content.defaultLanguage, region: code, rules: rules)
      if code == content.fallbackRegion && !result.cards.isEmpty && result.summary.isEmpty {
        report(.summary, content.manifestLocation, "a result has no summary: none of its cards has a 'now' step for this reader", into: &found)
      }
      for chosen in result.cards {
        let card = chosen.card
        let roles = card.resourceRoles(for: chosen.wording)
        if !roles.isEmpty && chosen.resources.isEmpty {
          report(
            .empty(card: card.id, region: code, minor: minor), card.location,
            "card '\(card.id)' shows no resource for \(age) in region \(code): no resource with role \(roles.map { "'\($0)'" }.joined(separator: " or ")) serves that age there or in \(content.fallbackRegion)",
            into: &found)
        }
        for resource in chosen.resources where !resource.ages.serves(minor: minor) {
          report(
            .age(resource: resource.id, card: card.id), resource.location,
            "resource '\(resource.id)' (ages: \(resource.ages.rawValue)) is shown to \(age) on card '\(card.id)'", into: &found)
        }
        if card.reach == .call {
          for resource in chosen.resources where !resource.takesCalls {
            let kinds = resource.channels.map(\.kind.rawValue).joined(separator: ", ")
            report(
              .call(resource: resource.id, card: card.id), card.location,
              "card '\(card.id)' asks the reader to call, but resource '\(resource.id)' (\(code)) takes no calls (its channels: \(kinds)); give the card no 'reach: call' or show the line under another role",
              into: &found)
          }
        }
      }
    }
    return found
  }
}

/// How many outcomes a problem was found on, and the first few of them.
struct Findings {
  static let examples = 3
  private(set) var count = 0
  private(set) var examples: [UInt64] = []

  mutating func add(_ masks: [UInt64]) {
    count += masks.count
    examples += masks.prefix(Self.examples - examples.count)
  }
}
