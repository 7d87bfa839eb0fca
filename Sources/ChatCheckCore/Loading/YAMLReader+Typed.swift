/// Typed accessors for closed sets of words: each writes its "must be one
/// of" message once, with a did-you-mean suggestion for a near miss.
extension YAMLReader {
  /// One of `type`'s raw values, or nil (reported) when the value is
  /// another word; nil (not reported) when `node` is absent. `what` names
  /// the key in messages, with its owner ("card 'x': priority").
  /// `alsoAllowed` lists words the caller handles itself before calling,
  /// so that the message names them too.
  func enumeration<E: RawRepresentable & CaseIterable>(
    _ node: Node?, _ type: E.Type, what: @autoclosure () -> String, alsoAllowed: [String] = []
  ) -> E? where E.RawValue == String {
    guard let node, let text = string(node, what()) else { return nil }
    return enumeration(text, at: node, type, what: what(), alsoAllowed: alsoAllowed)
  }

  /// `text`, already read from `node`, as one of `type`'s raw values; nil
  /// (reported) when it is another word.
  func enumeration<E: RawRepresentable & CaseIterable>(
    _ text: String, at node: Node, _ type: E.Type, what: @autoclosure () -> String, alsoAllowed: [String] = []
  ) -> E? where E.RawValue == String {
    if let value = E(rawValue: text) { return value }
    let words = E.allCases.map(\.rawValue) + alsoAllowed
    log.error(
      location(node),
      "\(what()) must be one of \(words.joined(separator: ", ")), found '\(text)'\(Suggestion.didYouMean(text, words))")
    return nil
  }

  /// `true` or `false`; nil when `node` is absent or holds another word
  /// (reported).
  func bool(_ node: Node?, what: @autoclosure () -> String) -> Bool? {
    guard let node, let text = string(node, what()) else { return nil }
    switch text {
    case "true": return true
    case "false": return false
    default:
      log.error(location(node), "\(what()) must be true or false, found '\(text)'")
      return nil
    }
  }
}
