/// A JSON value whose objects keep their key order, so output matches the
/// documented examples and diffs stay readable.
public indirect enum JSONValue: Equatable, Sendable {
  case string(String)
  case number(Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    a.serialized() == b.serialized()
  }

  /// Pretty-printed with two-space indents, or compact. Pretty output
  /// keeps short arrays and objects of plain values on one line, so that
  /// large outputs (every path) stay readable and diff well.
  public func serialized(pretty: Bool = true) -> String {
    var out = ""
    write(to: &out, indent: pretty ? "" : nil)
    return out
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }

  /// `[1, 2]` or `{"a": 1}` on one line, when every child is a plain value
  /// and the line stays short.
  private func inlineForm() -> String? {
    let children: [JSONValue]
    switch self {
    case .array(let items): children = items
    case .object(let pairs): children = pairs.map(\.1)
    default: return nil
    }
    guard !children.isEmpty, children.allSatisfy(\.isScalar) else { return nil }
    var out = ""
    switch self {
    case .array(let items):
      out = "[" + items.map { $0.serialized(pretty: false) }.joined(separator: ", ") + "]"
    case .object(let pairs):
      var parts: [String] = []
      for (key, value) in pairs {
        var keyText = ""
        Self.writeString(key, to: &keyText)
        parts.append(keyText + ": " + value.serialized(pretty: false))
      }
      out = "{" + parts.joined(separator: ", ") + "}"
    default: break
    }
    return out.count <= 160 ? out : nil
  }

  private func write(to out: inout String, indent: String?) {
    if indent != nil, let inline = inlineForm() {
      out += inline
      return
    }
    switch self {
    case .string(let s): Self.writeString(s, to: &out)
    case .number(let n): out += String(n)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      if items.isEmpty { out += "[]"; return }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        if let indent { out += "\n" + indent + "  " }
        item.write(to: &out, indent: indent.map { $0 + "  " })
      }
      if let indent { out += "\n" + indent }
      out += "]"
    case .object(let pairs):
      if pairs.isEmpty { out += "{}"; return }
      out += "{"
      for (i, (key, value)) in pairs.enumerated() {
        if i > 0 { out += "," }
        if let indent { out += "\n" + indent + "  " }
        Self.writeString(key, to: &out)
        out += indent == nil ? ":" : ": "
        value.write(to: &out, indent: indent.map { $0 + "  " })
      }
      if let indent { out += "\n" + indent }
      out += "}"
    }
  }

  private static func writeString(_ s: String, to out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
