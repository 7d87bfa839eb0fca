/// A mapping's entries with known keys, in file order: what
/// `YAMLReader.mapping` returns. Such a mapping holds at most the few keys
/// it allows, each once, so a key is found by looking through them: no
/// dictionary is built and no key is hashed for each mapping read.
struct Fields: Sequence {
  private var entries: [(key: String, value: Node)] = []

  init(capacity: Int = 0) {
    entries.reserveCapacity(capacity)
  }

  /// The value under `key`, if the mapping has it.
  subscript(key: String) -> Node? {
    for entry in entries where entry.key == key { return entry.value }
    return nil
  }

  func makeIterator() -> IndexingIterator<[(key: String, value: Node)]> { entries.makeIterator() }

  /// Adds `value` under `key`; the reader adds each key at most once.
  mutating func append(_ key: String, _ value: Node) {
    entries.append((key, value))
  }
}
