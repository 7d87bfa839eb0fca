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

  /// Checks the result of one shape of outcome (the cards it shows, the
  /// composer's selection, its reader and the person's age); returns the
  /// indexes of the problems found. Each card is taken as
  /// `AdviceComposer.compose` takes it: its wording for the reader, its
  /// resources in each region (`lines` keeps them, one list per card,
  /// reader, age and region), the summary from the wordings.
  mutating func check(_ shape: ResultShape, lines: ResourceMemo) -> [Int] {
    var found: [Int] = []
    let indexes = shape.cards
    let reader = shape.reader
    let minor = shape.minor
    let age = minor ? "a person under 18" : "a person of 18 or older"
    let cards = indexes.map { content.cards[$0] }
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
    // The cards the composer keeps: those with a wording for the reader.
    let shown = indexes.compactMap { index in content.cards[index].wording(for: reader).map { (index, content.cards[index], $0) } }
    let summary = AdviceComposer.summary(
      of: shown.map { ChosenCard(card: $0.1, wording: $0.2, because: [], resources: []) }, rules: rules)
    // The composer's summary does not depend on the region; it was checked
    // in the fallback region's result.
    if content.regionCodes.contains(content.fallbackRegion) && !shown.isEmpty && summary.isEmpty {
      report(.summary, content.manifestLocation, "a result has no summary: none of its cards has a 'now' step for this reader", into: &found)
    }
    for (region, code) in content.regionCodes.enumerated() {
      for (index, card, wording) in shown {
        let resources = lines.resources(card: index, wording: wording, reader: reader, minor: minor, region: region)
        let roles = card.resourceRoles(for: wording)
        if !roles.isEmpty && resources.isEmpty {
          report(
            .empty(card: card.id, region: code, minor: minor), card.location,
            "card '\(card.id)' shows no resource for \(age) in region \(code): no resource with role \(roles.map { "'\($0)'" }.joined(separator: " or ")) serves that age there or in \(content.fallbackRegion)",
            into: &found)
        }
        for resource in resources where !resource.ages.serves(minor: minor) {
          report(
            .age(resource: resource.id, card: card.id), resource.location,
            "resource '\(resource.id)' (ages: \(resource.ages.rawValue)) is shown to \(age) on card '\(card.id)'", into: &found)
        }
        if card.reach == .call {
          for resource in resources where !resource.takesCalls {
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

/// The resources each card shows, per reader, age and region, worked out
/// once by the composer's own `AdviceComposer.resources(of:wording:…)`:
/// lint asks for the same few hundred lists on thousands of outcomes.
final class ResourceMemo {
  private struct Key: Hashable {
    var card: Int
    var reader: Reader
    var minor: Bool
    var region: Int
  }

  let content: Content
  let rules: CompositionRules
  private var lists: [Key: [Resource]] = [:]
  private var openLine: [Key: Bool] = [:]

  init(content: Content, rules: CompositionRules) {
    self.content = content
    self.rules = rules
  }

  /// Whether card `card` offers a line open at every hour in the region
  /// (`OpenLineRule`), kept like its resources.
  func offersOpenLine(card: Int, wording: CardWording, reader: Reader, minor: Bool, region: Int) -> Bool {
    let key = Key(card: card, reader: reader, minor: minor, region: region)
    if let known = openLine[key] { return known }
    let shown = resources(card: card, wording: wording, reader: reader, minor: minor, region: region)
    let holds = OpenLineRule.holds(shown, region: content.regionCodes[region], content: content)
    openLine[key] = holds
    return holds
  }

  /// The resources card `card` (an index) shows with `wording`, the
  /// card's wording for `reader`, in the region `content.regionCodes[region]`.
  func resources(card: Int, wording: CardWording, reader: Reader, minor: Bool, region: Int) -> [Resource] {
    let key = Key(card: card, reader: reader, minor: minor, region: region)
    if let known = lists[key] { return known }
    let found = AdviceComposer.resources(
      of: content.cards[card], wording: wording, in: content, region: content.regionCodes[region], minor: minor, rules: rules)
    lists[key] = found
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
