/// The `chatcheck/result@1` JSON of contract §3.
public enum ResultJSON {
  public static let schema = "chatcheck/result@1"

  public static func render(_ result: AdviceResult) -> String {
    value(result).serialized() + "\n"
  }

  public static func value(_ result: AdviceResult) -> JSONValue {
    let lang = result.language
    return .object([
      ("schema", .string(schema)),
      ("language", .string(lang)),
      ("region", .string(result.region)),
      ("answers", .array(result.answers.map(answerValue))),
      ("facts", .array(result.facts.map(JSONValue.string))),
      ("advice", .array(result.cards.map { chosen in
        let card = chosen.card
        return .object([
          ("id", .string(card.id)),
          ("topic", .string(card.topic)),
          ("priority", .string(card.priority.rawValue)),
          ("title", .string(card.title.text(lang))),
          ("text", .string(card.text.text(lang))),
          ("steps", .array(card.steps.map { .string($0.text(lang)) })),
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
    if let phone = r.phone, !phone.isEmpty { pairs.append(("phone", .string(phone))) }
    if let url = r.url, !url.isEmpty { pairs.append(("url", .string(url))) }
    if let hours = r.hours?.text(lang), !hours.isEmpty { pairs.append(("hours", .string(hours))) }
    if let audience = r.audience?.text(lang), !audience.isEmpty { pairs.append(("audience", .string(audience))) }
    pairs.append(("source", .string(r.source)))
    pairs.append(("checked", .string(r.checked)))
    return .object(pairs)
  }
}
