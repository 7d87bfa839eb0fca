/// A condition compiled against the bits of `PathAnalysis` outcome masks,
/// so that lint evaluates it on tens of thousands of outcomes without
/// hashing a fact name.
indirect enum MaskCondition {
  case constant(Bool)
  case bit(UInt64)
  case not(MaskCondition)
  case and([MaskCondition])
  case or([MaskCondition])

  /// `bit` gives a fact's bit, 0 for a fact no outcome can hold.
  init(_ condition: Condition, bit: (String) -> UInt64) {
    switch condition {
    case .always: self = .constant(true)
    case .fact(let name, _):
      let b = bit(name)
      self = b == 0 ? .constant(false) : .bit(b)
    case .not(let inner): self = .not(MaskCondition(inner, bit: bit))
    case .and(let parts): self = .and(parts.map { MaskCondition($0, bit: bit) })
    case .or(let parts): self = .or(parts.map { MaskCondition($0, bit: bit) })
    }
  }

  func holds(_ mask: UInt64) -> Bool {
    switch self {
    case .constant(let value): return value
    case .bit(let b): return mask & b != 0
    case .not(let inner): return !inner.holds(mask)
    case .and(let parts): return parts.allSatisfy { $0.holds(mask) }
    case .or(let parts): return parts.contains { $0.holds(mask) }
    }
  }
}

/// What every outcome with the same result shares: the cards shown (as
/// indexes into the content's cards, in reading order), the reader and
/// the person's age. Lint checks each shape once.
struct ResultShape: Hashable {
  var cards: [Int]
  var reader: Reader
  var minor: Bool
}

/// Groups outcome masks by the shape of their result.
struct OutcomeGroups {
  struct Group {
    var shape: ResultShape
    var masks: [UInt64]
  }

  private(set) var groups: [Group] = []

  /// Groups by the composer's own selection, order and reader (`rules`),
  /// each evaluated on the outcome's bits.
  init(_ analysis: PathAnalysis, rules: CompositionRules) {
    let content = analysis.content
    let order = rules.readingOrder(content)
    let conditions = content.cards.map { MaskCondition($0.when, bit: analysis.bit) }
    let minor = analysis.bit(AgeBand.minorFact)
    var index: [ResultShape: Int] = [:]
    for mask in analysis.outcomeMasks {
      let reader = rules.reader { analysis.bit($0) & mask != 0 }
      let shape = ResultShape(cards: rules.select(order) { conditions[$0].holds(mask) }, reader: reader, minor: mask & minor != 0)
      if let i = index[shape] {
        groups[i].masks.append(mask)
      } else {
        index[shape] = groups.count
        groups.append(Group(shape: shape, masks: [mask]))
      }
    }
  }
}
