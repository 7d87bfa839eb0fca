extension Invariant: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    id = try r.string()
    description = try r.string()
    when = try r.read()
    topics = try r.strings()
    oneOf = try r.strings()
    never = try r.strings()
    first = try r.optionalString()
    firstAfter = try r.strings()
    within = try r.int()
    order = try r.strings()
    roles = try r.strings()
    location = try r.read()
    openLine = try r.strings()
  }

  func write(to w: inout ArchiveWriter) {
    w.string(id)
    w.string(description)
    w.write(when)
    w.strings(topics)
    w.strings(oneOf)
    w.strings(never)
    w.optionalString(first)
    w.strings(firstAfter)
    w.int(within)
    w.strings(order)
    w.strings(roles)
    w.write(location)
    w.strings(openLine)
  }
}

/// A tag (0 always, 1 fact, 2 not, 3 and, 4 or), then the case's values.
extension Condition: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    switch try r.int() {
    case 0: self = .always
    case 1: self = .fact(try r.string(), offset: try r.int())
    case 2: self = .not(try r.read())
    case 3: self = .and(try r.list())
    case 4: self = .or(try r.list())
    default: throw r.fail("an unknown condition")
    }
  }

  func write(to w: inout ArchiveWriter) {
    switch self {
    case .always:
      w.int(0)
    case .fact(let name, let offset):
      w.int(1)
      w.string(name)
      w.int(offset)
    case .not(let inner):
      w.int(2)
      w.write(inner)
    case .and(let parts):
      w.int(3)
      w.list(parts)
    case .or(let parts):
      w.int(4)
      w.list(parts)
    }
  }
}
