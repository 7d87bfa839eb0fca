/// The `chatcheck/result@2` JSON (README, "Scripted answers").
public enum ResultJSON {
  public static let schema = "chatcheck/result@2"

  public static func render(_ result: AdviceResult) -> String {
    value(result).serialized() + "\n"
  }

  public static func value(_ result: AdviceResult) -> JSONValue {
    let lang = result.textLanguage
    return .object([
      ("schema", .string(schema)),
      ("language", .string(result.language)),
      ("region", .string(result.region)),
      ("reader", .string(result.reader.rawValue)),
      ("answers", .array(result.answers.map(answerValue))),
      ("facts", .array(result.facts.map(JSONValue.string))),
      ("summary", .array(result.summary.map { item in
        .object([("text", .string(item.text.text(lang))), ("card", .string(item.card))])
      })),
      ("advice", .array(result.cards.map { chosen in
        let card = chosen.card, wording = chosen.wording
        return .object([
          ("id", .string(card.id)),
          ("topic", .string(card.topic)),
          ("priority", .string(card.priority.rawValue)),
          ("reader", .string(wording.readerName)),
          ("title", .string(wording.title.text(lang))),
          ("text", .string(wording.text.text(lang))),
          ("steps", .array(wording.steps.map { .string($0.text(lang)) })),
          ("because", .array(chosen.because.map(JSONValue.string))),
          ("resources", .array(chosen.resources.map { resourceValue($0, lang) })),
        ])
      })),
    ])
  }

  /// `{"question": q, "option": o}`, or `"options": [...]` for several.
  public static func answerValue(_ answer: Answer) -> JSONValue {
    if answer.options.count == 1 {
      return .object([("question", .string(answer.question)), ("option", .string(answer.options[0]))])
    }
    return .object([("question", .string(answer.question)), ("options", .array(answer.options.map(JSONValue.string)))])
  }

  /// Optional fields are left out, never written as empty strings.
  static func resourceValue(_ r: Resource, _ lang: String) -> JSONValue {
    var pairs: [(String, JSONValue)] = [("id", .string(r.id)), ("name", .string(r.name.text(lang)))]
    pairs.append(("channels", .array(r.channels.map { channel in
      var fields: [(String, JSONValue)] = [("kind", .string(channel.kind.rawValue)), ("value", .string(channel.value))]
      if let note = channel.note?.text(lang), !note.isEmpty { fields.append(("note", .string(note))) }
      return .object(fields)
    })))
    if let hours = r.hours?.text(lang), !hours.isEmpty { pairs.append(("hours", .string(hours))) }
    if let opening = r.openingHours { pairs.append(("opening_hours", .string(opening.source))) }
    if !r.languages.isEmpty { pairs.append(("languages", .array(r.languages.map(JSONValue.string)))) }
    if let audience = r.audience?.text(lang), !audience.isEmpty { pairs.append(("for", .string(audience))) }
    pairs.append(("ages", .string(r.ages.rawValue)))
    if !r.verified { pairs.append(("verified", .bool(false))) }
    pairs.append(("source", .string(r.source)))
    pairs.append(("checked", .string(r.checked)))
    return .object(pairs)
  }
}
