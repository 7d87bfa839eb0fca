/// Makes text safe to print on a terminal: every character that could
/// move the cursor, change colours, write the clipboard (escape
/// sequences) or reorder what is shown (bidi controls) is written as
/// `\u{…}` instead.
public enum TerminalText {
  /// Whether `scalar` must never reach a terminal as it is: control
  /// characters (C0, DEL, C1), format characters (bidi controls, zero
  /// widths), private-use and surrogate code points, line and paragraph
  /// separators, and the invisible filler characters.
  public static func isForbidden(_ scalar: Unicode.Scalar, allowNewlines: Bool = false) -> Bool {
    if allowNewlines && (scalar == "\n" || scalar == "\t") { return false }
    switch scalar.properties.generalCategory {
    case .control, .format, .privateUse, .surrogate, .lineSeparator, .paragraphSeparator, .unassigned:
      return true
    default:
      // Default-ignorable code points show as nothing (variation
      // selectors, the combining grapheme joiner, Khmer and Mongolian
      // invisibles, tags).
      return fillers.contains(scalar.value) || scalar.properties.isDefaultIgnorableCodePoint
    }
  }

  /// The first character of `text` that must not reach a terminal: a
  /// forbidden one, or a combining mark with no letter before it (at the
  /// start, or after a space or line break), which would stack on whatever
  /// is shown before it.
  public static func firstProblem(in text: String, allowNewlines: Bool) -> (scalar: Unicode.Scalar, kind: String)? {
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      if isPlainLetterOrSign(scalar.value) {
        previous = scalar
        continue
      }
      if isForbidden(scalar, allowNewlines: allowNewlines) { return (scalar, category(scalar)) }
      let category = scalar.properties.generalCategory
      if category == .nonspacingMark || category == .enclosingMark {
        if previous.map({ $0.properties.isWhitespace }) ?? true { return (scalar, "a combining mark without a letter before it") }
      }
      previous = scalar
    }
    return nil
  }

  /// Whether `value` lies in a range whose every code point is a visible
  /// letter, digit, punctuation or symbol (or the space): no control,
  /// format, combining or unassigned one. Checked first, it spares the
  /// Unicode property lookups for nearly every character of the content.
  @inline(__always)
  static func isPlainLetterOrSign(_ value: UInt32) -> Bool {
    switch value {
    case 0x20...0x7E,  // printable ASCII
      0xA0...0xAC, 0xAE...0xFF,  // Latin-1 without the soft hyphen
      0x100...0x24F,  // Latin Extended-A and -B (Turkish, Polish, …)
      0x400...0x482, 0x48A...0x52F,  // Cyrillic without its combining marks
      0x2010...0x2027,  // dashes, quotes, bullets, ellipsis
      0x20A0...0x20BF:  // currency signs
      return true
    default:
      return false
    }
  }

  /// Whether every character of the UTF-8 text `bytes` is one Unicode
  /// scalar, so that reading its bytes finds what reading its Characters
  /// finds (no combining mark joins a quote or a brace): at once when every
  /// scalar is ASCII or a plain letter or sign, else by counting.
  static func hasOneScalarPerCharacter<Bytes: Collection>(utf8 bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar) where scalar.value < 0x80 || isPlainLetterOrSign(scalar.value): continue
      case .emptyInput: return true
      case .scalarValue, .error: break decoding
      }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    return text.count == text.unicodeScalars.count
  }

  /// Characters that show as nothing but are not format characters:
  /// Hangul fillers, the braille blank and the Mongolian vowel separator.
  static let fillers: Set<UInt32> = [0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x180E]

  /// The name of a forbidden character's kind, for messages.
  public static func category(_ scalar: Unicode.Scalar) -> String {
    switch scalar.properties.generalCategory {
    case .control: return "a control character"
    case .format: return "a format character"
    case .privateUse: return "a private-use character"
    case .surrogate: return "a surrogate"
    case .lineSeparator: return "a line separator"
    case .paragraphSeparator: return "a paragraph separator"
    case .unassigned: return "an unassigned code point or a noncharacter"
    default: return fillers.contains(scalar.value) ? "an invisible filler" : "an invisible character"
    }
  }

  /// `text` with every forbidden character (newlines too) escaped.
  public static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if isForbidden(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
