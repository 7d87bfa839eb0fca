/// The positional format of the build-time content archive: values follow
/// each other in a fixed order, with no keys and no tree, so a start reads
/// the whole model in well under a millisecond. Every byte is printable
/// ASCII or part of a UTF-8 string (the archive is embedded as a string
/// literal): `12;` an integer, `5:hello` a string (its UTF-8 byte count,
/// then the bytes), `t`/`f` a flag, `-` or `+value` an optional, `3;` then
/// three values for a list.
public struct ArchiveWriter {
  public internal(set) var text = ""
  /// Translated texts by language, in the order they were written: a
  /// localized text writes its index into its language's table, and the
  /// tables are written apart, one block per language (see
  /// `Content.archived`), so a start reads one language's block only.
  var tables: [String: [String]] = [:]

  public init() {}

  /// Puts `text` in the table of `language` and writes its index.
  mutating func tableString(_ text: String, language: String) {
    var table = tables[language] ?? []
    int(table.count)
    table.append(text)
    tables[language] = table
  }

  mutating func int(_ value: Int) { text += "\(value);" }
  mutating func string(_ value: String) { text += "\(value.utf8.count):" + value }
  mutating func bool(_ value: Bool) { text += value ? "t" : "f" }

  mutating func optional<T>(_ value: T?, _ write: (inout ArchiveWriter, T) -> Void) {
    guard let value else {
      text += "-"
      return
    }
    text += "+"
    write(&self, value)
  }

  mutating func list<T>(_ values: [T], _ write: (inout ArchiveWriter, T) -> Void) {
    int(values.count)
    for value in values { write(&self, value) }
  }

  mutating func strings(_ values: [String]) { list(values) { $0.string($1) } }
}

/// Reads what `ArchiveWriter` wrote, in the same order.
public struct ArchiveReader {
  public struct Malformed: Error, CustomStringConvertible {
    public var description: String
  }

  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0
  /// The languages whose texts are decoded; nil: all.
  var languages: [String]?
  /// The decoded tables of those languages (see `ArchiveWriter.tables`).
  var tables: [String: [String]] = [:]

  /// A localized text's entry for `language`: its index in that
  /// language's table, or nil when the language is not decoded.
  mutating func tableString(language: String) throws(Malformed) -> String? {
    let index = try int()
    guard languages?.contains(language) ?? true else { return nil }
    guard let table = tables[language], table.indices.contains(index) else { throw fail("text \(index) of '\(language)' is not in its table") }
    return table[index]
  }

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { index >= bytes.count }

  func fail(_ what: String) -> Malformed { Malformed(description: "\(what) at byte \(index)") }

  mutating func number(until end: UInt8) throws(Malformed) -> Int {
    var negative = false
    if index < bytes.count, bytes[index] == 0x2D {
      negative = true
      index += 1
    }
    var n = 0, digits = 0
    while index < bytes.count, bytes[index] != end {
      let d = Int(bytes[index]) &- 48
      guard d >= 0, d <= 9, digits < 18 else { throw fail("a bad number") }
      n = n * 10 + d
      digits += 1
      index += 1
    }
    guard index < bytes.count, digits > 0 else { throw fail("an unfinished number") }
    index += 1
    return negative ? -n : n
  }

  mutating func int() throws(Malformed) -> Int { try number(until: 0x3B) }

  mutating func string() throws(Malformed) -> String {
    let count = try number(until: 0x3A)
    guard count >= 0, count <= bytes.count - index else { throw fail("a string past the end") }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + count)]), as: UTF8.self)
    index += count
    return text
  }

  mutating func flag() throws(Malformed) -> UInt8 {
    guard index < bytes.count else { throw fail("the end") }
    defer { index += 1 }
    return bytes[index]
  }

  mutating func bool() throws(Malformed) -> Bool {
    switch try flag() {
    case 0x74: return true
    case 0x66: return false
    default: throw fail("not a flag")
    }
  }

  mutating func optional<T>(_ read: (inout ArchiveReader) throws(Malformed) -> T) throws(Malformed) -> T? {
    switch try flag() {
    case 0x2D: return nil
    case 0x2B: return try read(&self)
    default: throw fail("not an optional")
    }
  }

  mutating func list<T>(_ read: (inout ArchiveReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
    let count = try int()
    guard count >= 0, count <= bytes.count - index else { throw fail("a list past the end") }
    var values: [T] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try read(&self)) }
    return values
  }

  mutating func strings() throws(Malformed) -> [String] { try list { (r: inout ArchiveReader) throws(Malformed) in try r.string() } }

  /// A raw-value enum.
  mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(Malformed) -> T where T.RawValue == String {
    let text = try string()
    guard let value = T(rawValue: text) else { throw fail("an unknown value '\(text)'") }
    return value
  }
}

typealias Malformed = ArchiveReader.Malformed

/// A model type that writes itself to the archive and reads itself back:
/// `init(from:)` reads the fields in the order `write(to:)` writes them.
/// Both stand side by side in one extension per type (`Model/Archive`).
protocol Archivable {
  init(from r: inout ArchiveReader) throws(Malformed)
  func write(to w: inout ArchiveWriter)
}

/// A string enum is archived as its raw value.
extension Archivable where Self: RawRepresentable, RawValue == String {
  init(from r: inout ArchiveReader) throws(Malformed) { self = try r.raw(Self.self) }
  func write(to w: inout ArchiveWriter) { w.string(rawValue) }
}

extension ArchiveWriter {
  mutating func write<T: Archivable>(_ value: T) { value.write(to: &self) }
  mutating func optional<T: Archivable>(_ value: T?) { optional(value) { $1.write(to: &$0) } }
  mutating func list<T: Archivable>(_ values: [T]) { list(values) { $1.write(to: &$0) } }
  mutating func optionalString(_ value: String?) { optional(value) { $0.string($1) } }

  /// A count, then each key (in sorted order) followed by its value.
  mutating func dictionary<V>(_ values: [String: V], _ write: (inout ArchiveWriter, V) -> Void) {
    list(values.keys.sorted()) { w, key in
      w.string(key)
      write(&w, values[key]!)
    }
  }

  mutating func dictionary<V: Archivable>(_ values: [String: V]) { dictionary(values) { $1.write(to: &$0) } }
}

extension ArchiveReader {
  mutating func read<T: Archivable>(_: T.Type = T.self) throws(Malformed) -> T { try T(from: &self) }
  mutating func optional<T: Archivable>(_: T.Type = T.self) throws(Malformed) -> T? { try optional(T.init(from:)) }
  mutating func list<T: Archivable>(_: T.Type = T.self) throws(Malformed) -> [T] { try list(T.init(from:)) }

  mutating func optionalString() throws(Malformed) -> String? {
    try optional { (r: inout ArchiveReader) throws(Malformed) in try r.string() }
  }

  /// What `ArchiveWriter.dictionary` wrote.
  mutating func dictionary<V>(_ read: (inout ArchiveReader) throws(Malformed) -> V) throws(Malformed) -> [String: V] {
    let count = try int()
    guard count >= 0, count <= bytes.count - index else { throw fail("a dictionary past the end") }
    var values: [String: V] = [:]
    values.reserveCapacity(count)
    for _ in 0..<count {
      let key = try string()
      values[key] = try read(&self)
    }
    return values
  }

  mutating func dictionary<V: Archivable>(_: V.Type = V.self) throws(Malformed) -> [String: V] { try dictionary(V.init(from:)) }
}
