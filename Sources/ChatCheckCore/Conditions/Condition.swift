/// A condition over facts: fact names joined by `and`, `or`, `not` and
/// parentheses, as written in `when:` and invariants.
public indirect enum Condition: Hashable, Sendable, CustomStringConvertible {
  /// Always true (a missing `when:`).
  case always
  /// A fact, with its character offset in the source text (for errors).
  case fact(String, offset: Int)
  case not(Condition)
  case and([Condition])
  case or([Condition])

  /// Evaluates the condition; `isSet` says whether a fact holds.
  public func evaluate(_ isSet: (String) -> Bool) -> Bool {
    switch self {
    case .always: return true
    case .fact(let name, _): return isSet(name)
    case .not(let inner): return !inner.evaluate(isSet)
    case .and(let parts): return parts.allSatisfy { $0.evaluate(isSet) }
    case .or(let parts): return parts.contains { $0.evaluate(isSet) }
    }
  }

  /// Every fact the condition mentions, with its offset, in source order.
  public var factReferences: [(name: String, offset: Int)] {
    switch self {
    case .always: return []
    case .fact(let name, let offset): return [(name, offset)]
    case .not(let inner): return inner.factReferences
    case .and(let parts), .or(let parts): return parts.flatMap(\.factReferences)
    }
  }

  /// The facts that, being set, make this condition hold: the ones it names
  /// outside any `not`. Used for a card's "because".
  public func supportingFacts(_ isSet: (String) -> Bool) -> [String] {
    switch self {
    case .always, .not: return []
    case .fact(let name, _): return isSet(name) ? [name] : []
    case .and(let parts):
      return parts.flatMap { $0.supportingFacts(isSet) }
    case .or(let parts):
      return parts.filter { $0.evaluate(isSet) }.flatMap { $0.supportingFacts(isSet) }
    }
  }

  /// The condition written back in the language, fully parenthesised where
  /// needed.
  public var description: String {
    switch self {
    case .always: return "always"
    case .fact(let name, _): return name
    case .not(let inner):
      if case .fact = inner { return "not \(inner)" }
      return "not (\(inner))"
    case .and(let parts):
      return parts.map { part in
        if case .or = part { return "(\(part))" }
        return part.description
      }.joined(separator: " and ")
    case .or(let parts):
      return parts.map(\.description).joined(separator: " or ")
    }
  }

  /// How many facts and operators it has: the work of one evaluation.
  public var size: Int {
    var count = 0
    var pending: [Condition] = [self]
    while let next = pending.popLast() {
      count += 1
      switch next {
      case .always, .fact: break
      case .not(let inner): pending.append(inner)
      case .and(let parts), .or(let parts): pending += parts
      }
    }
    return count
  }
}
