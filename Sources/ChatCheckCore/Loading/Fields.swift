/// A mapping's entries with known keys, in file order: what
/// `YAMLReader.mapping` returns. Such a mapping holds at most the few keys
/// it allows, each once, so a key is found by looking through them: no
/// dictionary is built and no key is hashed for each mapping read. The
/// entries are the mapping's own pairs, marked as accepted, so reading a
/// mapping allocates nothing unless it accepts a key past its 64th pair.
struct Fields: Sequence {
  /// The mapping's keys and values in turn.
  private let items: [Node]
  /// The accepted pairs below 64, one bit each.
  private var accepted: UInt64 = 0
  /// The accepted pairs from 64 on, in order (a mapping with many
  /// rejected keys before its allowed ones).
  private var later: [Int] = []

  /// No entry accepted yet, over the pairs of `mapping`.
  init(over mapping: Node.Mapping) {
    items = mapping.items
  }

  /// The value under `key`, if the mapping has it.
  subscript(key: String) -> Node? {
    var bits = accepted
    while bits != 0 {
      let pair = bits.trailingZeroBitCount
      bits &= bits - 1
      if hasKey(key, pair: pair) { return items[2 * pair + 1] }
    }
    for pair in later where hasKey(key, pair: pair) { return items[2 * pair + 1] }
    return nil
  }

  private func hasKey(_ key: String, pair: Int) -> Bool {
    if case .scalar(let scalar) = items[2 * pair] { return scalar.string == key }
    return false
  }

  func makeIterator() -> Iterator { Iterator(fields: self) }

  /// The accepted entries in file order.
  struct Iterator: IteratorProtocol {
    fileprivate let fields: Fields
    fileprivate var bits: UInt64
    fileprivate var laterIndex = 0

    fileprivate init(fields: Fields) {
      self.fields = fields
      bits = fields.accepted
    }

    mutating func next() -> (key: String, value: Node)? {
      let pair: Int
      if bits != 0 {
        pair = bits.trailingZeroBitCount
        bits &= bits - 1
      } else if laterIndex < fields.later.count {
        pair = fields.later[laterIndex]
        laterIndex += 1
      } else {
        return nil
      }
      guard case .scalar(let key) = fields.items[2 * pair] else { preconditionFailure("an accepted key is a single value") }
      return (key.string, fields.items[2 * pair + 1])
    }
  }

  /// Accepts pair `index` of the mapping, whose key is a single value;
  /// the reader accepts each key at most once, in file order.
  mutating func accept(pair index: Int) {
    guard case .scalar = items[2 * index] else { preconditionFailure("only a single-value key is accepted") }
    if index < 64 {
      accepted |= 1 << UInt64(index)
    } else {
      later.append(index)
    }
  }
}
