/// Pieces of a result that every renderer words the same way: channels
/// with their kind in words, and the one-line "because".
public enum ResultWording {
  /// "Anruf: 110", "SMS: 741741" — the channel's kind in words, then its
  /// value.
  public static func channel(_ channel: Channel, _ language: String, _ content: Content) -> String {
    "\(content.string("channel.\(channel.kind.rawValue)", language)): \(channel.value)"
  }

  /// The channel with its note: "SMS: 741741 (text THORN to 741741)".
  public static func channelWithNote(_ item: Channel, _ language: String, _ content: Content) -> String {
    let base = channel(item, language, content)
    guard let note = item.note?.text(language), !note.isEmpty else { return base }
    return "\(base) (\(note))"
  }

  /// "Because you said: …" in at most `width` columns: the facts' labels
  /// that fit, then "…" when some were left out.
  public static func because(_ chosen: ChosenCard, _ language: String, _ content: Content, width: Int) -> String? {
    guard !chosen.because.isEmpty else { return nil }
    let labels = chosen.because.map { content.fact($0)?.label.text(language) ?? $0 }
    let prefix = "\(content.string("result.because", language)): "
    var line = prefix + labels[0]
    for label in labels.dropFirst() {
      let candidate = "\(line); \(label)"
      if DisplayWidth.of(candidate) > width - 2 {
        line += " …"
        break
      }
      line = candidate
    }
    return fit(line, width: width)
  }

  /// `text` cut to `width` columns, ending in "…" when cut.
  public static func fit(_ text: String, width: Int) -> String {
    guard DisplayWidth.of(text) > width, width > 1 else { return text }
    var out = ""
    var used = 0
    for character in text {
      let w = DisplayWidth.of(character)
      if used + w > width - 1 { break }
      out.append(character)
      used += w
    }
    return out + "…"
  }
}
