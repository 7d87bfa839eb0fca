/// A condition compiled against the bits of `PathAnalysis` outcome masks,
/// so that lint evaluates it on tens of thousands of outcomes without
/// hashing a fact name. A condition over at most `tableBits` facts (nearly
/// all) becomes a truth table over those facts' bits: evaluating it is
/// gathering the bits into an index and reading one bit of the table.
struct MaskCondition {
  /// The most facts a condition may mention to get a truth table (a table
  /// of 2^14 bits is 2 kB).
  static let tableBits = 14

  /// The condition as a tree, for conditions over more facts.
  indirect enum Tree {
    case constant(Bool)
    case bit(UInt64)
    case not(Tree)
    case and([Tree])
    case or([Tree])

    func holds(_ mask: UInt64) -> Bool {
      switch self {
      case .constant(let value): return value
      case .bit(let b): return mask & b != 0
      case .not(let inner): return !inner.holds(mask)
      case .and(let parts): return parts.allSatisfy { $0.holds(mask) }
      case .or(let parts): return parts.contains { $0.holds(mask) }
      }
    }

    /// Every bit the tree looks at.
    var bits: UInt64 {
      switch self {
      case .constant: return 0
      case .bit(let b): return b
      case .not(let inner): return inner.bits
      case .and(let parts), .or(let parts): return parts.reduce(0) { $0 | $1.bits }
      }
    }
  }

  private let tree: Tree
  /// Every bit the condition looks at.
  let inputs: UInt64
  /// The bits the table is indexed by, lowest first; empty without a table.
  private let tableInputs: [UInt64]
  /// Bit `i` of the table says whether the condition holds when the
  /// inputs set in `i` are the facts that hold.
  private let table: [UInt64]

  /// `bit` gives a fact's bit, 0 for a fact no outcome can hold.
  init(_ condition: Condition, bit: (String) -> UInt64) {
    let tree = Self.tree(condition, bit: bit)
    self.tree = tree
    self.inputs = tree.bits
    var columns: [UInt64] = []
    var rest = tree.bits
    while rest != 0 {
      let lowest = rest & (~rest &+ 1)
      columns.append(lowest)
      rest &= ~lowest
    }
    guard columns.count <= Self.tableBits else {
      tableInputs = []
      table = []
      return
    }
    let table = Self.table(tree, inputs: columns)
    self.tableInputs = columns
    self.table = table
  }

  /// The truth table of `tree` over `inputs`, built a word of 64 rows
  /// at a time: each fact's column is a fixed pattern of bits, and `not`,
  /// `and` and `or` work on whole words. Bits past the 2^k rows of a
  /// table shorter than a word are never read.
  private static func table(_ tree: Tree, inputs: [UInt64]) -> [UInt64] {
    let words = max(1, (1 << inputs.count) >> 6)
    switch tree {
    case .constant(let value):
      return [UInt64](repeating: value ? ~0 : 0, count: words)
    case .bit(let b):
      let input = inputs.firstIndex(of: b)!
      if input < 6 {
        // Within a word, row r has the fact when bit `input` of r is set.
        var pattern: UInt64 = 0
        for row in 0..<64 where row & (1 << input) != 0 { pattern |= 1 << UInt64(row) }
        return [UInt64](repeating: pattern, count: words)
      }
      return (0..<words).map { word in (word << 6) & (1 << input) != 0 ? ~0 : 0 }
    case .not(let inner):
      return table(inner, inputs: inputs).map { ~$0 }
    case .and(let parts):
      return parts.reduce([UInt64](repeating: ~0, count: words)) { sum, part in zip(sum, table(part, inputs: inputs)).map { $0 & $1 } }
    case .or(let parts):
      return parts.reduce([UInt64](repeating: 0, count: words)) { sum, part in zip(sum, table(part, inputs: inputs)).map { $0 | $1 } }
    }
  }

  private static func tree(_ condition: Condition, bit: (String) -> UInt64) -> Tree {
    switch condition {
    case .always: return .constant(true)
    case .fact(let name, _):
      let b = bit(name)
      return b == 0 ? .constant(false) : .bit(b)
    case .not(let inner): return .not(tree(inner, bit: bit))
    case .and(let parts): return .and(parts.map { tree($0, bit: bit) })
    case .or(let parts): return .or(parts.map { tree($0, bit: bit) })
    }
  }

  func holds(_ mask: UInt64) -> Bool {
    guard !table.isEmpty else { return tree.holds(mask) }
    var index = 0
    for (i, input) in tableInputs.enumerated() where mask & input != 0 { index |= 1 << i }
    return table[index >> 6] & (1 << UInt64(index & 63)) != 0
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
  /// each evaluated on the outcome's bits. Outcomes that agree on every
  /// fact the card conditions mention get the same cards, and outcomes
  /// that agree on every fact the reader rule asked about get the same
  /// reader, so each is worked out once per such combination.
  init(_ analysis: PathAnalysis, rules: CompositionRules) {
    let content = analysis.content
    let order = rules.readingOrder(content)
    let conditions = content.cards.map { MaskCondition($0.when, bit: analysis.bit) }
    let cardBits = conditions.reduce(0) { $0 | $1.inputs }
    let minor = analysis.bit(AgeBand.minorFact)
    var readers = ReaderMemo(analysis: analysis, rules: rules)
    var cardsOf: [UInt64: [Int]] = [:]
    var index: [ResultShape: Int] = [:]
    for mask in analysis.outcomeMasks {
      let reader = readers.reader(mask)
      let key = mask & cardBits
      let cards: [Int]
      if let known = cardsOf[key] {
        cards = known
      } else {
        cards = rules.select(order) { conditions[$0].holds(mask) }
        cardsOf[key] = cards
      }
      let shape = ResultShape(cards: cards, reader: reader, minor: mask & minor != 0)
      if let i = index[shape] {
        groups[i].masks.append(mask)
      } else {
        index[shape] = groups.count
        groups.append(Group(shape: shape, masks: [mask]))
      }
    }
  }
}

/// The reader rule on outcome masks, asked once per combination of the
/// facts it looks at. The rule is a pure function of the answers it gets:
/// two masks that agree on every fact it has asked about so far get the
/// same answers, in the same order, and so the same reader. When it asks
/// about a new fact, what was kept is dropped.
struct ReaderMemo {
  let analysis: PathAnalysis
  let rules: CompositionRules
  private var asked: UInt64 = 0
  private var known: [UInt64: Reader] = [:]

  init(analysis: PathAnalysis, rules: CompositionRules) {
    self.analysis = analysis
    self.rules = rules
  }

  mutating func reader(_ mask: UInt64) -> Reader {
    if let reader = known[mask & asked] { return reader }
    var bits: UInt64 = 0
    let reader = rules.reader { fact in
      let bit = analysis.bit(fact)
      bits |= bit
      return bit & mask != 0
    }
    if bits & ~asked != 0 {
      asked |= bits
      known = [:]
    }
    known[mask & asked] = reader
    return reader
  }
}
