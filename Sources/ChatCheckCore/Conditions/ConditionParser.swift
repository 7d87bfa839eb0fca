/// A syntax error in a condition, at a 0-based character offset.
public struct ConditionSyntaxError: Error, Equatable, Sendable {
  public var offset: Int
  public var message: String
}

/// Parses the condition language:
///
///     condition := or
///     or        := and ("or" and)*
///     and       := unary ("and" unary)*
///     unary     := "not" unary | "(" or ")" | FACT
///     FACT      := letter (letter | digit | "_" | "." | "-")*
///
/// `not` binds tightest, then `and`, then `or`.
public struct ConditionParser {
  private enum Token: Equatable {
    case word(String)
    case open, close, end
  }

  private var tokens: [(token: Token, offset: Int)] = []
  private var position = 0
  /// How many `(` and `not` enclose the current token.
  private var depth = 0

  /// Parses `text`; throws a located `ConditionSyntaxError`.
  public static func parse(_ text: String) throws(ConditionSyntaxError) -> Condition {
    var parser = ConditionParser()
    try parser.tokenize(Array(text))
    if parser.tokens.count == 1 {
      throw ConditionSyntaxError(offset: 0, message: "empty condition; write a fact name such as 'payment.demanded'")
    }
    let result = try parser.parseOr()
    let (token, offset) = parser.tokens[parser.position]
    if token != .end {
      if token == .close {
        throw ConditionSyntaxError(offset: offset, message: "')' without a matching '('")
      }
      throw ConditionSyntaxError(offset: offset, message: "expected 'and', 'or' or the end, found \(describe(token))")
    }
    return result
  }

  private mutating func tokenize(_ chars: [Character]) throws(ConditionSyntaxError) {
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == " " || c == "\t" || c == "\n" {
        i += 1
      } else if c == "(" {
        tokens.append((.open, i)); i += 1
      } else if c == ")" {
        tokens.append((.close, i)); i += 1
      } else if c.isASCII && c.isLetter {
        let start = i
        while i < chars.count, chars[i].isASCII,
          chars[i].isLetter || chars[i].isNumber || "_.-".contains(chars[i])
        {
          i += 1
        }
        tokens.append((.word(String(chars[start..<i])), start))
      } else {
        throw ConditionSyntaxError(
          offset: i, message: "unexpected character '\(c)'; use fact names, 'and', 'or', 'not' and parentheses")
      }
    }
    tokens.append((.end, chars.count))
  }

  private static func describe(_ token: Token) -> String {
    switch token {
    case .word(let w): return "'\(w)'"
    case .open: return "'('"
    case .close: return "')'"
    case .end: return "the end"
    }
  }

  private mutating func parseOr() throws(ConditionSyntaxError) -> Condition {
    var parts = [try parseAnd()]
    while tokens[position].token == .word("or") {
      position += 1
      parts.append(try parseAnd())
    }
    return parts.count == 1 ? parts[0] : .or(parts)
  }

  private mutating func parseAnd() throws(ConditionSyntaxError) -> Condition {
    var parts = [try parseUnary()]
    while tokens[position].token == .word("and") {
      position += 1
      parts.append(try parseUnary())
    }
    return parts.count == 1 ? parts[0] : .and(parts)
  }

  /// Recursion stops at `InputLimits.conditionDepth`, so neither parsing
  /// nor any later walk over the condition can exhaust the stack.
  private mutating func parseUnary() throws(ConditionSyntaxError) -> Condition {
    let (token, offset) = tokens[position]
    if token == .open || token == .word("not") {
      depth += 1
      if depth > InputLimits.conditionDepth {
        throw ConditionSyntaxError(
          offset: offset, message: "nested deeper than \(InputLimits.conditionDepth) levels of '(' and 'not'; write it flatter")
      }
    }
    defer { if token == .open || token == .word("not") { depth -= 1 } }
    switch token {
    case .word("not"):
      position += 1
      return .not(try parseUnary())
    case .word("and"), .word("or"):
      throw ConditionSyntaxError(offset: offset, message: "expected a fact name, found \(Self.describe(token))")
    case .word(let name):
      position += 1
      return .fact(name, offset: offset)
    case .open:
      position += 1
      let inner = try parseOr()
      guard tokens[position].token == .close else {
        throw ConditionSyntaxError(
          offset: tokens[position].offset,
          message: "expected ')' to close the '(' at character \(offset + 1), found \(Self.describe(tokens[position].token))")
      }
      position += 1
      return inner
    case .close, .end:
      throw ConditionSyntaxError(offset: offset, message: "expected a fact name, found \(Self.describe(token))")
    }
  }
}
