/// Decoding the compact format (see `CompactCoding`) into `Decodable`s.
struct ValueDecoder: Decoder {
  let value: CompactCoding.Value
  var codingPath: [CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func failure(_ what: String) -> DecodingError {
    .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: what))
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .map(let pairs) = value else { throw failure("expected a mapping") }
    return KeyedDecodingContainer(KeyedValues<Key>(pairs: pairs, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> UnkeyedDecodingContainer {
    guard case .array(let items) = value else { throw failure("expected a list") }
    return UnkeyedValues(items: items, codingPath: codingPath)
  }

  func singleValueContainer() throws -> SingleValueDecodingContainer { SingleValue(value: value, codingPath: codingPath) }

  static func decode<T: Decodable>(_ type: T.Type, from value: CompactCoding.Value, codingPath: [CodingKey]) throws -> T {
    // Metatype identity, not `is`/`as?` casts: those look up protocol
    // conformances at run time, which made up most of a start.
    switch value {
    case .string(let s) where T.self == String.self: return unsafeBitCast(s, to: T.self)
    case .int(let i) where T.self == Int.self: return unsafeBitCast(i, to: T.self)
    case .bool(let b) where T.self == Bool.self: return unsafeBitCast(b, to: T.self)
    default: return try T(from: ValueDecoder(value: value, codingPath: codingPath))
    }
  }
}

struct KeyedValues<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let pairs: [(String, CompactCoding.Value)]
  var codingPath: [CodingKey]

  var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.0) } }
  func contains(_ key: Key) -> Bool { pairs.contains { $0.0 == key.stringValue } }

  func value(_ key: Key) throws -> CompactCoding.Value {
    let name = key.stringValue
    guard let value = pairs.first(where: { $0.0 == name })?.1 else {
      throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "missing"))
    }
    return value
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    if case .null = try value(key) { return true }
    return false
  }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try ValueDecoder.decode(type, from: try value(key), codingPath: codingPath)
  }
  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
    try ValueDecoder(value: try value(key), codingPath: codingPath).container(keyedBy: type)
  }
  func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
    try ValueDecoder(value: try value(key), codingPath: codingPath).unkeyedContainer()
  }
  func superDecoder() throws -> Decoder { ValueDecoder(value: .map(pairs), codingPath: codingPath) }
  func superDecoder(forKey key: Key) throws -> Decoder { ValueDecoder(value: try value(key), codingPath: codingPath) }
}

struct UnkeyedValues: UnkeyedDecodingContainer {
  let items: [CompactCoding.Value]
  var codingPath: [CodingKey]
  var currentIndex = 0
  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  init(items: [CompactCoding.Value], codingPath: [CodingKey]) {
    self.items = items
    self.codingPath = codingPath
  }

  mutating func next() throws -> CompactCoding.Value {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "list ended"))
    }
    defer { currentIndex += 1 }
    return items[currentIndex]
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, case .null = items[currentIndex] else { return false }
    currentIndex += 1
    return true
  }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try ValueDecoder.decode(type, from: try next(), codingPath: codingPath)
  }
  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
    try ValueDecoder(value: try next(), codingPath: codingPath).container(keyedBy: type)
  }
  mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
    try ValueDecoder(value: try next(), codingPath: codingPath).unkeyedContainer()
  }
  mutating func superDecoder() throws -> Decoder { ValueDecoder(value: try next(), codingPath: codingPath) }
}

struct SingleValue: SingleValueDecodingContainer {
  let value: CompactCoding.Value
  var codingPath: [CodingKey]
  func decodeNil() -> Bool {
    if case .null = value { return true }
    return false
  }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try ValueDecoder.decode(type, from: value, codingPath: codingPath) }
}
