/// A counselling centre's own contact, shown first on the kiosk's welcome
/// screen and among the next steps (`chatcheck kiosk --local FILE`).
public struct LocalContact: Sendable, Equatable {
  public var name: String
  public var phone: String?
  public var address: String?
  public var hours: String?
  public var languages: String?

  public init(name: String, phone: String? = nil, address: String? = nil, hours: String? = nil, languages: String? = nil) {
    self.name = name
    self.phone = phone
    self.address = address
    self.hours = hours
    self.languages = languages
  }

  /// One line: "Name · phone · address · hours · languages".
  public var summary: String {
    ([name] + [phone, address, hours, languages].compactMap { $0 }).joined(separator: " · ")
  }

  /// Reads the YAML file: `name` (required), `phone`, `address`, `hours`,
  /// `languages` (a text or a list). Errors are located data errors.
  public static func parse(_ text: String, file: String) throws(InputError) -> LocalContact {
    let log = DiagnosticLog()
    let r = YAMLReader(file: file, log: log)
    var contact: LocalContact?
    if let root = r.parse(text),
      let m = r.mapping(root, "the local contact", allowed: ["name", "phone", "address", "hours", "languages"], required: ["name"]),
      let name = r.string(m["name"], "name")
    {
      var languages: String?
      if let node = m["languages"] {
        if case .sequence = node {
          languages = (r.list(node, "languages") ?? []).compactMap { r.string($0, "a language") }
            .joined(separator: ", ")
        } else {
          languages = r.string(node, "languages")
        }
      }
      contact = LocalContact(
        name: name, phone: r.string(m["phone"], "phone"), address: r.string(m["address"], "address"),
        hours: r.string(m["hours"], "hours"), languages: languages)
      if name.isBlank(.whitespaces), let node = m["name"] {
        log.error(r.location(node), "name is empty")
      }
    }
    guard let contact, !log.hasErrors else {
      throw InputError(.data, log.sorted.map { .located($0) })
    }
    return contact
  }
}
