/// A small self-describing text format for `Codable` values, so the
/// content can be checked at build time and embedded as one string that a
/// start reads in about a millisecond, without Foundation and without
/// parsing YAML. Every byte is printable ASCII or part of a UTF-8 string:
/// `n` null, `f`/`t` false/true, `i-12;` an integer, `s5:hello` a string
/// (its UTF-8 byte count, then the bytes), `a3:` a list of three values,
/// `m2:` a mapping of two key strings and values.
public enum CompactCoding {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  indirect enum Value {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([Value])
    /// Keys and values in order; mappings are small, so a key is found
    /// by looking through them (no hashing).
    case map([(String, Value)])
  }

  /// `value` in the compact format.
  public static func encode<T: Encodable>(_ value: T) throws -> String {
    let slot = Slot()
    try Slot.encode(value, into: slot)
    var out = ""
    write(slot.resolve(), to: &out)
    return out
  }

  /// A value of type `T` read from the compact format.
  public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
    var text = text
    let value = try text.withUTF8 { bytes throws -> Value in
      var reader = Reader(bytes: bytes)
      let value = try reader.value()
      guard reader.index == bytes.count else { throw Failure(description: "trailing bytes at \(reader.index)") }
      return value
    }
    return try T(from: ValueDecoder(value: value, codingPath: []))
  }

  static func write(_ value: Value, to out: inout String) {
    switch value {
    case .null: out += "n"
    case .bool(let b): out += b ? "t" : "f"
    case .int(let i): out += "i\(i);"
    case .string(let s): out += "s\(s.utf8.count):" + s
    case .array(let items):
      out += "a\(items.count):"
      for item in items { write(item, to: &out) }
    case .map(let pairs):
      out += "m\(pairs.count):"
      for (key, value) in pairs {
        out += "s\(key.utf8.count):" + key
        write(value, to: &out)
      }
    }
  }

  /// Reads values from UTF-8 bytes.
  struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    mutating func number(until end: UInt8) throws -> Int {
      var negative = false
      if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
        negative = true
        index += 1
      }
      var n = 0
      var digits = 0
      while index < bytes.count, bytes[index] != end {
        let d = Int(bytes[index]) - 48
        guard (0...9).contains(d), digits < 19 else { throw Failure(description: "bad number at \(index)") }
        n = n * 10 + d
        digits += 1
        index += 1
      }
      guard index < bytes.count, digits > 0 else { throw Failure(description: "unfinished number") }
      index += 1
      return negative ? -n : n
    }

    mutating func string() throws -> String {
      let count = try number(until: UInt8(ascii: ":"))
      guard count >= 0, index + count <= bytes.count else { throw Failure(description: "string past the end") }
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + count)]), as: UTF8.self)
      index += count
      return text
    }

    mutating func value() throws -> Value {
      guard index < bytes.count else { throw Failure(description: "unexpected end") }
      let tag = bytes[index]
      index += 1
      switch tag {
      case UInt8(ascii: "n"): return .null
      case UInt8(ascii: "t"): return .bool(true)
      case UInt8(ascii: "f"): return .bool(false)
      case UInt8(ascii: "i"): return .int(try number(until: UInt8(ascii: ";")))
      case UInt8(ascii: "s"): return .string(try string())
      case UInt8(ascii: "a"):
        let count = try number(until: UInt8(ascii: ":"))
        var items: [Value] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try value()) }
        return .array(items)
      case UInt8(ascii: "m"):
        let count = try number(until: UInt8(ascii: ":"))
        var pairs: [(String, Value)] = []
        pairs.reserveCapacity(count)
        for _ in 0..<count {
          guard index < bytes.count, bytes[index] == UInt8(ascii: "s") else { throw Failure(description: "a key must be a string") }
          index += 1
          let key = try string()
          pairs.append((key, try value()))
        }
        return .map(pairs)
      default:
        throw Failure(description: "unknown tag at \(index - 1)")
      }
    }
  }
}

// MARK: - Encoding

/// A value being encoded: filled by the containers, resolved at the end.
final class Slot {
  var value: CompactCoding.Value?
  var array: [Slot]?
  var map: [(String, Slot)]?

  func resolve() -> CompactCoding.Value {
    if let array { return .array(array.map { $0.resolve() }) }
    if let map {
      var pairs: [(String, CompactCoding.Value)] = []
      for (key, slot) in map where !pairs.contains(where: { $0.0 == key }) {
        pairs.append((key, slot.resolve()))
      }
      // Sorted, so that the same content always gives the same text
      // (dictionaries iterate in no fixed order).
      return .map(pairs.sorted { $0.0 < $1.0 })
    }
    return value ?? .null
  }

  static func encode<T: Encodable>(_ value: T, into slot: Slot) throws {
    switch value {
    case let v as String: slot.value = .string(v)
    case let v as Int: slot.value = .int(v)
    case let v as Bool: slot.value = .bool(v)
    default: try value.encode(to: SlotEncoder(slot: slot, codingPath: []))
    }
  }
}

struct SlotEncoder: Encoder {
  let slot: Slot
  var codingPath: [CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if slot.map == nil { slot.map = [] }
    return KeyedEncodingContainer(KeyedSlots<Key>(slot: slot, codingPath: codingPath))
  }

  func unkeyedContainer() -> UnkeyedEncodingContainer {
    if slot.array == nil { slot.array = [] }
    return UnkeyedSlots(slot: slot, codingPath: codingPath)
  }

  func singleValueContainer() -> SingleValueEncodingContainer { SingleSlot(slot: slot, codingPath: codingPath) }
}

struct KeyedSlots<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let slot: Slot
  var codingPath: [CodingKey]

  func child(_ key: Key) -> Slot {
    let child = Slot()
    slot.map!.append((key.stringValue, child))
    return child
  }

  mutating func encodeNil(forKey key: Key) throws { child(key).value = .null }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try Slot.encode(value, into: child(key)) }
  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
    SlotEncoder(slot: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
  }
  mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
    SlotEncoder(slot: child(key), codingPath: codingPath + [key]).unkeyedContainer()
  }
  mutating func superEncoder() -> Encoder { SlotEncoder(slot: slot, codingPath: codingPath) }
  mutating func superEncoder(forKey key: Key) -> Encoder { SlotEncoder(slot: child(key), codingPath: codingPath + [key]) }
}

struct UnkeyedSlots: UnkeyedEncodingContainer {
  let slot: Slot
  var codingPath: [CodingKey]
  var count: Int { slot.array!.count }

  func child() -> Slot {
    let child = Slot()
    slot.array!.append(child)
    return child
  }

  mutating func encodeNil() throws { child().value = .null }
  mutating func encode<T: Encodable>(_ value: T) throws { try Slot.encode(value, into: child()) }
  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
    SlotEncoder(slot: child(), codingPath: codingPath).container(keyedBy: keyType)
  }
  mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { SlotEncoder(slot: child(), codingPath: codingPath).unkeyedContainer() }
  mutating func superEncoder() -> Encoder { SlotEncoder(slot: child(), codingPath: codingPath) }
}

struct SingleSlot: SingleValueEncodingContainer {
  let slot: Slot
  var codingPath: [CodingKey]
  mutating func encodeNil() throws { slot.value = .null }
  mutating func encode<T: Encodable>(_ value: T) throws { try Slot.encode(value, into: slot) }
}
