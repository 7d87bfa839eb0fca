/// Reading the manifest's invariants: the safety rules `Linter` proves on
/// every path. Their topics and roles are checked once all are declared.
extension LoaderSession {
  static let invariantKeys = [
    "id", "description", "when", "topics", "one_of", "never", "first", "after", "within", "order", "roles", "open_line",
  ]

  func readInvariants(_ node: Node?, _ r: YAMLReader) -> [Invariant] {
    var invariants: [Invariant] = []
    var ids: Set<String> = []
    for item in r.list(node, "invariants") ?? [] {
      guard let inv = r.mapping(
        item, r.peekID(item).map { "invariant '\($0)'" } ?? "an invariant", allowed: Self.invariantKeys, required: ["id"]),
        let id = r.identifier(inv["id"], "an invariant's id")
      else { continue }
      if !ids.insert(id).inserted {
        log.error(r.location(inv["id"]!), "duplicate invariant id '\(id)'")
        continue
      }
      invariants.append(readInvariant(id, inv, item, r))
    }
    return invariants
  }

  private func readInvariant(_ id: String, _ inv: Fields, _ item: Node, _ r: YAMLReader) -> Invariant {
    let when = readCondition(inv["when"], r, "the condition of invariant '\(id)'")
    let topics = r.identifiers(inv["topics"], "topics")
    let after = r.identifiers(inv["after"], "after")
    let order = r.identifiers(inv["order"], "order")
    let oneOf = r.identifiers(inv["one_of"], "one_of")
    let never = r.identifiers(inv["never"], "never")
    let openLine = r.identifiers(inv["open_line"], "open_line")
    let roles = r.identifiers(inv["roles"], "roles")
    let first = r.identifier(inv["first"], "first")
    for (topic, node) in topics + after + order + oneOf + never + openLine { topicUses.append((topic, r.location(node))) }
    if let first, let node = inv["first"] { topicUses.append((first, r.location(node))) }
    for (role, node) in roles { roleUses.append((role, r.location(node))) }
    var within = 1
    if let node = inv["within"], let text = r.string(node, "within") {
      if let n = Int(text), n >= 1 { within = n } else {
        log.error(r.location(node), "invariant '\(id)': within must be a whole number of cards from 1, found '\(text)'")
      }
      if first == nil { log.error(r.location(node), "invariant '\(id)': 'within' only goes with 'first'") }
    }
    let invariant = Invariant(
      id: id, description: r.string(inv["description"], "description") ?? id, when: when,
      topics: topics.map(\.0), oneOf: oneOf.map(\.0), never: never.map(\.0),
      first: first, firstAfter: first == nil ? [] : after.map(\.0), within: within,
      order: order.map(\.0), roles: roles.map(\.0), openLine: openLine.map(\.0), location: r.location(item))
    if invariant.topics.isEmpty && invariant.first == nil && invariant.order.isEmpty && invariant.roles.isEmpty
      && invariant.oneOf.isEmpty && invariant.never.isEmpty && invariant.openLine.isEmpty
    {
      log.error(r.location(item), "invariant '\(id)' requires nothing; give topics, one_of, never, first, order, roles or open_line")
    }
    if !after.isEmpty && first == nil, let node = inv["after"] {
      log.error(r.location(node), "invariant '\(id)': 'after' only goes with 'first'")
    }
    return invariant
  }
}
