extension LoaderSession {
  func readRegion(_ code: String, languages: [String]) -> Region? {
    let relative = ContentLayout.resourceFile(code)
    guard let (r, root) = document(relative),
      let m = r.mapping(root, relative, allowed: ["region", "name", "time_zone", "languages", "resources"], required: ["region", "name", "resources"])
    else { return nil }
    let zone = readTimeZone(m["time_zone"], r, owner: "region '\(code)'")
    let regionLanguages = readSpokenLanguages(m["languages"], r, owner: "region '\(code)'")
    if let node = m["region"], let declared = r.string(node, "region"), declared != code {
      log.error(r.location(node), "this file is for region '\(code)' but says region '\(declared)'")
    }
    var resources: [Resource] = []
    for item in r.list(m["resources"], "resources") ?? [] {
      guard var resource = readResource(item, r, languages: languages) else { continue }
      resource.timeZone = resource.timeZone ?? zone
      if resource.languages.isEmpty { resource.languages = regionLanguages }
      if let hours = resource.openingHours, !hours.isAlwaysOpen, resource.timeZone == nil {
        log.error(
          resource.location,
          "resource '\(resource.id)' has opening hours but neither it nor region '\(code)' names a time_zone (an IANA name such as Europe/Berlin)")
      }
      resources.append(resource)
    }
    return Region(
      code: code,
      name: r.localized(m["name"], "the name of region '\(code)'", languages: languages) ?? LocalizedText(universal: code),
      resources: resources, location: r.location(root), timeZone: zone, languages: regionLanguages)
  }

  /// An IANA time-zone name: `UTC` or `Area/Location` (letters, digits,
  /// `_`, `-`, `+`), so it can name a file of the system's database and
  /// nothing else.
  func readTimeZone(_ node: Node?, _ r: YAMLReader, owner: String) -> String? {
    guard let node, let text = r.string(node, "time_zone") else { return nil }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    let valid = text == "UTC" || ((2...3).contains(parts.count) && parts.allSatisfy { part in
      !part.isEmpty && part.first != "." && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-+".contains($0)) }
    })
    guard valid else {
      log.error(r.location(node), "\(owner): time_zone must be an IANA time-zone name such as Europe/Berlin, found '\(text)'")
      return nil
    }
    return text
  }

  /// The languages a region's or resource's services answer in: a list of
  /// two-letter codes (ISO 639-1).
  func readSpokenLanguages(_ node: Node?, _ r: YAMLReader, owner: String) -> [String] {
    guard let node else { return [] }
    var codes: [String] = []
    for (code, codeNode) in r.identifiers(node, "the languages of \(owner)") {
      if code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLowercase }) {
        if !codes.contains(code) { codes.append(code) }
      } else {
        log.error(r.location(codeNode), "\(owner): a language must be a two-letter code such as de or en, found '\(code)'")
      }
    }
    return codes
  }

  private func readResource(_ item: Node, _ r: YAMLReader, languages: [String]) -> Resource? {
    guard let res = r.mapping(
      item, r.peekID(item).map { "resource '\($0)'" } ?? "a resource",
      allowed: ["id", "roles", "name", "channels", "ages", "hours", "opening_hours", "time_zone", "languages", "fallback", "for", "source", "checked", "verified", "unverified_note"],
      required: ["id", "roles", "name", "channels", "ages", "source", "checked"]),
      let id = r.identifier(res["id"], "a resource's id")
    else { return nil }
    if resourceIDs.contains(id) {
      log.error(r.location(res["id"]!), "duplicate resource id '\(id)'")
      return nil
    }
    resourceIDs.insert(id)
    let roles = r.identifiers(res["roles"], "the roles of resource '\(id)'")
    for (role, node) in roles { roleUses.append((role, r.location(node))) }
    if roles.isEmpty, res["roles"] != nil {
      log.error(r.location(item), "resource '\(id)' has no roles, so no card can show it")
    }
    let channels = (r.list(res["channels"], "the channels of resource '\(id)'") ?? []).compactMap {
      readChannel($0, r, resource: id, languages: languages)
    }
    if channels.isEmpty, let node = res["channels"], case .sequence = node {
      log.error(r.location(node), "resource '\(id)' has no channels: give at least one way to reach it")
    }
    let ages = r.enumeration(
      res["ages"], AgeBand.self, what: "resource '\(id)': ages (the age of the person affected the service is about)") ?? .all
    let source = r.string(res["source"], "source") ?? ""
    if let node = res["source"], !(source.hasPrefix("https://") || source.hasPrefix("http://")) {
      log.error(r.location(node), "resource '\(id)': source must be the URL where this entry was checked")
    } else if let node = res["source"], !SafeURL.isSafe(source) {
      log.error(r.location(node), "resource '\(id)': source \(SafeURL.problem(source))")
    }
    let checked = r.string(res["checked"], "checked") ?? ""
    if let node = res["checked"], CivilDate(iso: checked) == nil {
      log.error(r.location(node), "resource '\(id)': checked must be a date written YYYY-MM-DD, found '\(checked)'")
    }
    let verified = r.bool(res["verified"], what: "resource '\(id)': verified") ?? true
    let note = r.string(res["unverified_note"], "unverified_note")
    if note != nil, verified, let node = res["unverified_note"] {
      log.error(r.location(node), "resource '\(id)': unverified_note only goes with 'verified: false'")
    }
    let fallback = r.bool(res["fallback"], what: "resource '\(id)': fallback") ?? true
    var openingHours: OpeningHours?
    if let node = res["opening_hours"], let text = r.string(node, "opening_hours") {
      switch OpeningHours.parse(text) {
      case .success(let hours): openingHours = hours
      case .failure(let error): log.error(r.location(node), "resource '\(id)': opening_hours '\(text)': \(error.message)")
      }
    }
    return Resource(
      id: id, roles: roles.map(\.0),
      name: r.localized(res["name"], "the name of resource '\(id)'", languages: languages) ?? LocalizedText(universal: id),
      channels: channels, ages: ages,
      hours: r.localized(res["hours"], "the hours of resource '\(id)'", languages: languages),
      audience: r.localized(res["for"], "'for' of resource '\(id)'", languages: languages),
      source: source, checked: checked, verified: verified, unverifiedNote: note, location: r.location(item),
      openingHours: openingHours, timeZone: readTimeZone(res["time_zone"], r, owner: "resource '\(id)'"),
      languages: readSpokenLanguages(res["languages"], r, owner: "resource '\(id)'"), offeredAsFallback: fallback)
  }

  private func readChannel(_ node: Node, _ r: YAMLReader, resource id: String, languages: [String]) -> Channel? {
    guard let c = r.mapping(node, "a channel of resource '\(id)'", allowed: ["kind", "value", "note"], required: ["kind", "value"])
    else { return nil }
    let kind = r.enumeration(c["kind"], ChannelKind.self, what: "resource '\(id)': channel kind")
    let value = r.string(c["value"], "value")
    guard let kind, let value, let valueNode = c["value"] else { return nil }
    let isURL = value.hasPrefix("https://") || value.hasPrefix("http://")
    switch kind {
    case .call, .text:
      if value.isEmpty || !value.allSatisfy({ $0.isNumber || " +-/()".contains($0) || ($0.isASCII && $0.isUppercase) }) {
        log.error(r.location(valueNode), "resource '\(id)': a \(kind.rawValue) number '\(value)' may only hold digits, spaces, + - / ( ) and capital letters")
      }
    case .web, .chat:
      if !isURL {
        log.error(r.location(valueNode), "resource '\(id)': a \(kind.rawValue) channel needs a URL starting with https:// or http://")
      } else if !SafeURL.isSafe(value) {
        log.error(r.location(valueNode), "resource '\(id)': the \(kind.rawValue) URL \(SafeURL.problem(value))")
      }
    case .email:
      let parts = value.split(separator: "@", omittingEmptySubsequences: false)
      let plain = value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "@.-_+".contains($0)) }
      if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || !plain {
        log.error(r.location(valueNode), "resource '\(id)': an email channel needs an address like name@example.org, found '\(value)'")
      }
    case .app:
      if value.isBlank(.whitespaces) { log.error(r.location(valueNode), "resource '\(id)': an app channel needs the app's name") }
      if isURL, !SafeURL.isSafe(value) { log.error(r.location(valueNode), "resource '\(id)': the app URL \(SafeURL.problem(value))") }
    }
    return Channel(kind: kind, value: value, note: r.localized(c["note"], "the note of the \(kind.rawValue) channel \(value) of '\(id)'", languages: languages))
  }
}
