/// The items of the YAML builder's open lists and mappings, innermost
/// last. A closing container moves its items out in order, with no
/// reference counting, which an `Array` cannot do: it can copy a range
/// out (retaining each item) and then remove it (releasing each again).
final class PendingNodes {
  private var storage: UnsafeMutablePointer<Node>
  private var capacity: Int
  /// How many items are pending.
  private(set) var count = 0

  init(capacity: Int = 64) {
    self.capacity = max(1, capacity)
    storage = .allocate(capacity: self.capacity)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  /// The item at `index` (below `count`).
  subscript(index: Int) -> Node {
    precondition(index >= 0 && index < count, "pending item \(index) of \(count)")
    return storage[index]
  }

  func append(_ node: consuming Node) {
    if count == capacity {
      let larger = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
      larger.moveInitialize(from: storage, count: count)
      storage.deallocate()
      storage = larger
      capacity *= 2
    }
    (storage + count).initialize(to: node)
    count += 1
  }

  /// Drops the last item.
  func removeLast() {
    precondition(count > 0, "no pending item to remove")
    count -= 1
    (storage + count).deinitialize(count: 1)
  }

  /// The items from `start` on, in order, moved out of the pending ones.
  func take(from start: Int) -> [Node] {
    precondition(start >= 0 && start <= count, "pending items from \(start) of \(count)")
    let taken = count - start
    guard taken > 0 else { return [] }
    let items = [Node](unsafeUninitializedCapacity: taken) { buffer, initialized in
      buffer.baseAddress!.moveInitialize(from: storage + start, count: taken)
      initialized = taken
    }
    count = start
    return items
  }
}
