extension LoaderSession {
  /// Keys that hold one wording of a card.
  static let wordingKeys = ["title", "text", "steps", "now"]

  func readCards(languages: [String]) -> [AdviceCard] {
    guard let (r, root) = document(ContentLayout.advice),
      let m = r.mapping(root, "advice.yaml", allowed: ["cards"], required: ["cards"]),
      let items = r.list(m["cards"], "cards")
    else { return [] }
    var cards: [AdviceCard] = []
    var seenIDs: Set<String> = []
    for item in items {
      guard let c = r.mapping(
        item, r.peekID(item).map { "card '\($0)'" } ?? "an advice card",
        allowed: ["id", "topic", "priority", "when", "resources", "reach", "reader", "readers"] + Self.wordingKeys,
        required: ["id", "topic", "priority"]),
        let id = r.identifier(c["id"], "a card's id")
      else { continue }
      if !seenIDs.insert(id).inserted {
        log.error(r.location(c["id"]!), "duplicate card id '\(id)'")
        continue
      }
      let topic = r.identifier(c["topic"], "the topic of card '\(id)'") ?? ""
      if let node = c["topic"], !topic.isEmpty { topicUses.append((topic, r.location(node))) }
      let priority = r.enumeration(c["priority"], Priority.self, what: "card '\(id)': priority") ?? .standard
      let reach = r.enumeration(c["reach"], ChannelKind.self, what: "card '\(id)': reach")
      let roles = r.identifiers(c["resources"], "the resources of card '\(id)'")
      for (role, node) in roles { roleUses.append((role, r.location(node))) }
      let wordings = readWordings(c, item, r, card: id, priority: priority, languages: languages)
      cards.append(AdviceCard(
        id: id, topic: topic, priority: priority,
        when: readCondition(c["when"], r, "the condition of card '\(id)'"),
        wordings: wordings, resourceRoles: roles.map(\.0), reach: reach, location: r.location(item)))
    }
    return cards
  }

  /// A card's wordings: `reader` with `title`, `text`, `steps` and `now`
  /// beside it, or `readers`, a mapping of reader to such a block.
  private func readWordings(
    _ c: Fields, _ item: Node, _ r: YAMLReader, card id: String, priority: Priority, languages: [String]
  ) -> [CardWording] {
    let readerNames = Reader.allCases.map(\.rawValue) + ["any"]
    /// The reader `name` stands for: `.some(nil)` for any reader, nil
    /// (reported) for an unknown word.
    func reader(_ name: String, _ node: Node) -> Reader?? {
      if name == "any" { return .some(nil) }
      return r.enumeration(name, at: node, Reader.self, what: "card '\(id)': reader", alsoAllowed: ["any"]).map { .some($0) }
    }
    if let readersNode = c["readers"] {
      for key in ["reader"] + Self.wordingKeys {
        if let node = c[key] {
          log.error(r.location(node), "card '\(id)': '\(key)' goes inside 'readers' when the card has a text per reader")
        }
      }
      guard case .mapping(let mapping) = readersNode else {
        log.error(r.location(readersNode), "card '\(id)': readers must be a mapping of reader (\(readerNames.joined(separator: ", "))) to title, text, steps and now")
        return []
      }
      var wordings: [CardWording] = []
      for (keyNode, block) in mapping {
        guard let name = r.identifier(keyNode, "a reader of card '\(id)'"), let who = reader(name, keyNode) else { continue }
        if wordings.contains(where: { $0.reader == who }) {
          log.error(r.location(keyNode), "card '\(id)': reader '\(name)' has two texts")
          continue
        }
        guard let w = r.mapping(
          block, "the text of card '\(id)' for reader '\(name)'", allowed: Self.wordingKeys + ["resources"], required: ["title", "text"])
        else { continue }
        wordings.append(wording(w, block, r, reader: who, card: "\(id)' for reader '\(name)", priority: priority, languages: languages))
      }
      if wordings.isEmpty, case .mapping = readersNode {
        log.error(r.location(readersNode), "card '\(id)': readers is empty")
      }
      return wordings
    }
    for key in ["title", "text"] where c[key] == nil {
      log.error(r.location(item), "card '\(id)': missing required key '\(key)'")
    }
    guard let readerNode = c["reader"] else {
      log.error(r.location(item), "card '\(id)': missing required key 'reader': say whom its wording addresses (\(readerNames.joined(separator: ", "))), or give a text per reader under 'readers'")
      return []
    }
    guard let name = r.identifier(readerNode, "the reader of card '\(id)'"), let who = reader(name, readerNode) else { return [] }
    return [wording(c, item, r, reader: who, card: id, priority: priority, languages: languages)]
  }

  private func wording(
    _ w: Fields, _ node: Node, _ r: YAMLReader, reader: Reader?, card: String, priority: Priority, languages: [String]
  ) -> CardWording {
    let steps = (r.list(w["steps"], "the steps of card '\(card)'") ?? []).enumerated().compactMap { index, step in
      r.localized(step, "step \(index + 1) of card '\(card)'", languages: languages)
    }
    let now = r.localized(w["now"], "the 'now' step of card '\(card)'", languages: languages)
    var roles: [String]?
    // Inside `readers`, a block may name its own roles.
    if w["reader"] == nil, let node = w["resources"] {
      let named = r.identifiers(node, "the resources of card '\(card)'")
      for (role, roleNode) in named { roleUses.append((role, r.location(roleNode))) }
      roles = named.map(\.0)
    }
    if priority.isCrisis, now == nil, w["now"] == nil {
      log.error(r.location(node), "card '\(card)' is \(priority == .emergency ? "an" : "a") \(priority.rawValue) card, so it needs a 'now' step: the summary starts with it")
    }
    return CardWording(
      reader: reader,
      title: r.localized(w["title"], "the title of card '\(card)'", languages: languages) ?? LocalizedText(universal: card),
      text: r.localized(w["text"], "the text of card '\(card)'", languages: languages) ?? LocalizedText(universal: ""),
      steps: steps, now: now, resourceRoles: roles, location: r.location(node))
  }
}
