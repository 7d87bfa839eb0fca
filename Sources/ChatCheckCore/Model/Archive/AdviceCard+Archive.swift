extension Priority: Archivable {}
extension Reader: Archivable {}

extension AdviceCard: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    id = try r.string()
    topic = try r.string()
    priority = try r.read()
    when = try r.read()
    wordings = try r.list()
    resourceRoles = try r.strings()
    reach = try r.optional()
    location = try r.read()
  }

  func write(to w: inout ArchiveWriter) {
    w.string(id)
    w.string(topic)
    w.write(priority)
    w.write(when)
    w.list(wordings)
    w.strings(resourceRoles)
    w.optional(reach)
    w.write(location)
  }
}

extension CardWording: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    reader = try r.optional()
    title = try r.read()
    text = try r.read()
    steps = try r.list()
    now = try r.optional()
    resourceRoles = try r.optional { (r: inout ArchiveReader) throws(Malformed) in try r.strings() }
    location = try r.read()
  }

  func write(to w: inout ArchiveWriter) {
    w.optional(reader)
    w.write(title)
    w.write(text)
    w.list(steps)
    w.optional(now)
    w.optional(resourceRoles) { $0.strings($1) }
    w.write(location)
  }
}
