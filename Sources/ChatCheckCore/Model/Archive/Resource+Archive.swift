extension ChannelKind: Archivable {}
extension AgeBand: Archivable {}

extension Region: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    code = try r.string()
    name = try r.read()
    resources = try r.list()
    location = try r.read()
    timeZone = try r.optionalString()
    languages = try r.strings()
  }

  func write(to w: inout ArchiveWriter) {
    w.string(code)
    w.write(name)
    w.list(resources)
    w.write(location)
    w.optionalString(timeZone)
    w.strings(languages)
  }
}

extension Resource: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    id = try r.string()
    roles = try r.strings()
    name = try r.read()
    channels = try r.list()
    ages = try r.read()
    hours = try r.optional()
    audience = try r.optional()
    source = try r.string()
    checked = try r.string()
    verified = try r.bool()
    unverifiedNote = try r.optionalString()
    location = try r.read()
    openingHours = try r.optional()
    timeZone = try r.optionalString()
    languages = try r.strings()
    offeredAsFallback = try r.bool()
  }

  func write(to w: inout ArchiveWriter) {
    w.string(id)
    w.strings(roles)
    w.write(name)
    w.list(channels)
    w.write(ages)
    w.optional(hours)
    w.optional(audience)
    w.string(source)
    w.string(checked)
    w.bool(verified)
    w.optionalString(unverifiedNote)
    w.write(location)
    w.optional(openingHours)
    w.optionalString(timeZone)
    w.strings(languages)
    w.bool(offeredAsFallback)
  }
}

extension Channel: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    kind = try r.read()
    value = try r.string()
    note = try r.optional()
  }

  func write(to w: inout ArchiveWriter) {
    w.write(kind)
    w.string(value)
    w.optional(note)
  }
}

/// The hours as written in the content, parsed again when read.
extension OpeningHours: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    guard case .success(let hours) = OpeningHours.parse(try r.string()) else { throw r.fail("opening hours that do not parse") }
    self = hours
  }

  func write(to w: inout ArchiveWriter) {
    w.string(source)
  }
}
