import Yams

extension LoaderSession {
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
        allowed: ["id", "topic", "priority", "when", "title", "text", "steps", "resources"],
        required: ["id", "topic", "priority", "title", "text"]),
        let id = r.identifier(c["id"], "a card's id")
      else { continue }
      if !seenIDs.insert(id).inserted {
        log.error(r.location(c["id"]!), "duplicate card id '\(id)'")
        continue
      }
      let topic = r.identifier(c["topic"], "the topic of card '\(id)'") ?? ""
      if let node = c["topic"], !topic.isEmpty { topicUses.append((topic, r.location(node))) }
      var priority = Priority.standard
      if let node = c["priority"], let text = r.string(node, "priority") {
        if let p = Priority(rawValue: text) { priority = p } else {
          log.error(
            r.location(node),
            "card '\(id)': priority must be one of \(Priority.allCases.map(\.rawValue).joined(separator: ", ")), found '\(text)'")
        }
      }
      let steps = (r.list(c["steps"], "the steps of card '\(id)'") ?? []).enumerated().compactMap { index, node in
        r.localized(node, "step \(index + 1) of card '\(id)'", languages: languages)
      }
      let roles = r.identifiers(c["resources"], "the resources of card '\(id)'")
      for (role, node) in roles { roleUses.append((role, r.location(node))) }
      cards.append(AdviceCard(
        id: id, topic: topic, priority: priority,
        when: readCondition(c["when"], r, "the condition of card '\(id)'"),
        title: r.localized(c["title"], "the title of card '\(id)'", languages: languages) ?? LocalizedText(universal: id),
        text: r.localized(c["text"], "the text of card '\(id)'", languages: languages) ?? LocalizedText(universal: ""),
        steps: steps, resourceRoles: roles.map(\.0), location: r.location(item)))
    }
    return cards
  }

  func readStrings(languages: [String]) -> [String: LocalizedText] {
    guard let (r, root) = document(ContentLayout.strings),
      let m = r.mapping(root, "ui.yaml", allowed: ["strings"], required: ["strings"]),
      let node = m["strings"]
    else { return [:] }
    guard case .mapping(let mapping) = node else {
      log.error(r.location(node), "strings must be a mapping of key to text")
      return [:]
    }
    var strings: [String: LocalizedText] = [:]
    for (keyNode, value) in mapping {
      guard let key = r.identifier(keyNode, "a string key") else { continue }
      if strings[key] != nil {
        log.error(r.location(keyNode), "duplicate string key '\(key)'")
        continue
      }
      strings[key] = r.localized(value, "string '\(key)'", languages: languages)
    }
    for key in UIStringKeys.required where strings[key] == nil {
      log.error(r.location(node), "string '\(key)' is missing; the screens need it")
    }
    return strings
  }

  func readRegion(_ code: String, languages: [String]) -> Region? {
    let relative = ContentLayout.resourceFile(code)
    guard let (r, root) = document(relative),
      let m = r.mapping(root, relative, allowed: ["region", "name", "resources"], required: ["region", "name", "resources"])
    else { return nil }
    if let node = m["region"], let declared = r.string(node, "region"), declared != code {
      log.error(r.location(node), "this file is for region '\(code)' but says region '\(declared)'")
    }
    var resources: [Resource] = []
    for item in r.list(m["resources"], "resources") ?? [] {
      guard let res = r.mapping(
        item, r.peekID(item).map { "resource '\($0)'" } ?? "a resource",
        allowed: ["id", "roles", "name", "phone", "url", "hours", "audience", "source", "checked"],
        required: ["id", "roles", "name", "source", "checked"]),
        let id = r.identifier(res["id"], "a resource's id")
      else { continue }
      if resourceIDs.contains(id) {
        log.error(r.location(res["id"]!), "duplicate resource id '\(id)'")
        continue
      }
      resourceIDs.insert(id)
      let roles = r.identifiers(res["roles"], "the roles of resource '\(id)'")
      for (role, node) in roles { roleUses.append((role, r.location(node))) }
      if roles.isEmpty, res["roles"] != nil {
        log.error(r.location(item), "resource '\(id)' has no roles, so no card can show it")
      }
      let phone = r.string(res["phone"], "phone")
      let url = r.string(res["url"], "url")
      if phone == nil && url == nil {
        log.error(r.location(item), "resource '\(id)' needs a phone or a url")
      }
      if let url, let node = res["url"], !(url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("mailto:")) {
        log.error(r.location(node), "resource '\(id)': url must start with https://, http:// or mailto:")
      }
      if let phone, let node = res["phone"],
        !phone.allSatisfy({ $0.isNumber || " +-/()".contains($0) || ($0.isASCII && $0.isUppercase) })
      {
        log.error(r.location(node), "resource '\(id)': phone '\(phone)' may only hold digits, spaces, + - / ( ) and capital letters")
      }
      let source = r.string(res["source"], "source") ?? ""
      if let node = res["source"], !(source.hasPrefix("https://") || source.hasPrefix("http://")) {
        log.error(r.location(node), "resource '\(id)': source must be the URL where this entry was checked")
      }
      let checked = r.string(res["checked"], "checked") ?? ""
      if let node = res["checked"], CivilDate(iso: checked) == nil {
        log.error(r.location(node), "resource '\(id)': checked must be a date written YYYY-MM-DD, found '\(checked)'")
      }
      resources.append(Resource(
        id: id, roles: roles.map(\.0),
        name: r.localized(res["name"], "the name of resource '\(id)'", languages: languages) ?? LocalizedText(universal: id),
        phone: phone, url: url,
        hours: r.localized(res["hours"], "the hours of resource '\(id)'", languages: languages),
        audience: r.localized(res["audience"], "the audience of resource '\(id)'", languages: languages),
        source: source, checked: checked, location: r.location(item)))
    }
    return Region(
      code: code,
      name: r.localized(m["name"], "the name of region '\(code)'", languages: languages) ?? LocalizedText(universal: code),
      resources: resources, location: r.location(root))
  }

  /// YAML files the loader does not read are most likely a typo.
  func reportUnusedFiles(regions: [String]) {
    var known: Set<String> = [ContentLayout.manifest, ContentLayout.questions, ContentLayout.advice, ContentLayout.strings]
    for code in regions { known.insert(ContentLayout.resourceFile(code)) }
    for (path, file) in files.sorted(by: { $0.key < $1.key })
    where (path.hasSuffix(".yaml") || path.hasSuffix(".yml")) && !known.contains(path) {
      log.warning(
        SourceLocation(file: file.displayPath, line: 1, column: 1),
        "this file is not read: it is not one of the content files and no declared region uses it")
    }
  }
}
