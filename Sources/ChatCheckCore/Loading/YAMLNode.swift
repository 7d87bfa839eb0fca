/// A YAML document as nodes with their places: what the loader reads.
/// Built by `YAMLParser` from libyaml's events; scalars stay text (the
/// loader decides what a value means), and aliases share their anchor's
/// node.
enum Node: Sendable {
  case scalar(Scalar)
  case mapping(Mapping)
  case sequence(NodeList)

  /// Where the node starts (1-based line and column).
  struct Mark: Sendable, Hashable {
    var line: Int
    var column: Int
  }

  /// A single value and how it was written.
  struct Scalar: Sendable {
    enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }
    var string: String
    var style: Style
    var mark: Mark
  }

  /// Key-value pairs in file order (duplicates are kept, for the reader to
  /// report).
  struct Mapping: Sendable, Swift.Sequence {
    /// Keys and values in turn: the key of pair `i` is `items[2 * i]`.
    /// One flat list instead of a list of pairs: it is built by moving the
    /// parser's pending items, and freed without a tuple's generic witness.
    var items: [Node]
    var mark: Mark

    func makeIterator() -> Iterator { Iterator(items: items) }

    /// The pairs in file order.
    struct Iterator: IteratorProtocol {
      let items: [Node]
      var position = 0

      mutating func next() -> (key: Node, value: Node)? {
        guard position + 1 < items.count else { return nil }
        defer { position += 2 }
        return (items[position], items[position + 1])
      }
    }
  }

  /// The items of a list, in order.
  struct NodeList: Sendable, RandomAccessCollection {
    var items: [Node]
    var mark: Mark

    var startIndex: Int { items.startIndex }
    var endIndex: Int { items.endIndex }
    subscript(position: Int) -> Node { items[position] }
  }

  var mark: Mark? {
    switch self {
    case .scalar(let s): return s.mark
    case .mapping(let m): return m.mark
    case .sequence(let l): return l.mark
    }
  }
}
