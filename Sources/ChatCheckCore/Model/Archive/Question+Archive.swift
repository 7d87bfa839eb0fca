extension Question.Kind: Archivable {}

extension Question: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    id = try r.string()
    kind = try r.read()
    text = try r.read()
    help = try r.read()
    options = try r.list()
    next = try r.optional()
    location = try r.read()
  }

  func write(to w: inout ArchiveWriter) {
    w.string(id)
    w.write(kind)
    w.write(text)
    w.write(help)
    w.list(options)
    w.optional(next)
    w.write(location)
  }
}

extension AnswerOption: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    id = try r.string()
    label = try r.read()
    sets = try r.strings()
    next = try r.optional()
    exclusive = try r.bool()
    location = try r.read()
  }

  func write(to w: inout ArchiveWriter) {
    w.string(id)
    w.write(label)
    w.strings(sets)
    w.optional(next)
    w.bool(exclusive)
    w.write(location)
  }
}

/// A flag (`t`: a question follows), then the question's id.
extension NextStep: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    if try r.bool() {
      self = .question(try r.string())
    } else {
      self = .result
    }
  }

  func write(to w: inout ArchiveWriter) {
    switch self {
    case .question(let id):
      w.bool(true)
      w.string(id)
    case .result:
      w.bool(false)
    }
  }
}

extension FactDeclaration: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    id = try r.string()
    label = try r.read()
    location = try r.read()
  }

  func write(to w: inout ArchiveWriter) {
    w.string(id)
    w.write(label)
    w.write(location)
  }
}
