/// The positional format of the build-time content archive: values follow
/// each other in a fixed order, with no keys and no tree, so a start reads
/// the whole model in well under a millisecond. Every byte is printable
/// ASCII or part of a UTF-8 string (the archive is embedded as a string
/// literal): `12;` an integer, `5:hello` a string (its UTF-8 byte count,
/// then the bytes), `t`/`f` a flag, `-` or `+value` an optional, `3;` then
/// three values for a list.
public struct ArchiveWriter {
  public internal(set) var text = ""
  /// The content's languages, in order: a localized text in all of them
  /// is written as one slot of the tables below.
  var languages: [String] = []
  /// Translated texts by language, aligned: slot N of every table holds
  /// the same text. The tables are written apart, one block per language
  /// (see `Content.archived`), so a start reads one language's block only
  /// and a localized text costs one number, however many languages.
  var tables: [String: [String]] = [:]
  var slots = 0

  public init() {}

  /// Puts a text in every language into the tables and writes its slot;
  /// false (nothing written) when it is not in exactly `languages`.
  mutating func tableSlot(_ translations: [String: String]) -> Bool {
    guard !languages.isEmpty, translations.count == languages.count,
      languages.allSatisfy({ translations[$0] != nil })
    else { return false }
    int(slots)
    for language in languages { tables[language, default: []].append(translations[language]!) }
    slots += 1
    return true
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

  /// A localized text's slot: its text in every decoded language.
  mutating func tableSlot(universal: String?) throws(Malformed) -> LocalizedText {
    let slot = try int()
    var texts: [LocalizedText.Entry] = []
    texts.reserveCapacity(tables.count)
    for (language, table) in tables {
      guard table.indices.contains(slot) else { throw fail("slot \(slot) is not in the table of '\(language)'") }
      texts.append(LocalizedText.Entry(language: language, text: table[slot]))
    }
    if texts.count > 1 { texts.sort { $0.language < $1.language } }
    var text = LocalizedText(sorted: texts)
    text.universal = universal
    return text
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
