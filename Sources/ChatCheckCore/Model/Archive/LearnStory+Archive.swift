extension ChatMessage.Speaker: Archivable {}

extension LearnStory: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    id = try r.string()
    reader = try r.read()
    ages = try r.read()
    audience = try r.read()
    goals = try r.list()
    title = try r.read()
    setting = try r.read()
    them = try r.read()
    start = try r.list()
    decisions = try r.list()
    outcome = try r.read()
    rules = try r.list()
    location = try r.read()
  }

  func write(to w: inout ArchiveWriter) {
    w.string(id)
    w.write(reader)
    w.write(ages)
    w.write(audience)
    w.list(goals)
    w.write(title)
    w.write(setting)
    w.write(them)
    w.list(start)
    w.list(decisions)
    w.write(outcome)
    w.list(rules)
    w.write(location)
  }
}

extension LearnDecision: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    id = try r.string()
    prompt = try r.read()
    options = try r.list()
    discuss = try r.list()
    location = try r.read()
  }

  func write(to w: inout ArchiveWriter) {
    w.string(id)
    w.write(prompt)
    w.list(options)
    w.list(discuss)
    w.write(location)
  }
}

extension LearnOption: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    id = try r.string()
    safe = try r.bool()
    text = try r.read()
    feedback = try r.read()
    then = try r.list()
  }

  func write(to w: inout ArchiveWriter) {
    w.string(id)
    w.bool(safe)
    w.write(text)
    w.write(feedback)
    w.list(then)
  }
}

extension ChatMessage: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    speaker = try r.read()
    time = try r.optionalString()
    text = try r.read()
  }

  func write(to w: inout ArchiveWriter) {
    w.write(speaker)
    w.optionalString(time)
    w.write(text)
  }
}
