import ChatCheckCore
import Testing

@Suite("Condition language")
struct ConditionTests {
  func holds(_ text: String, _ facts: Set<String>) throws -> Bool {
    try ConditionParser.parse(text).evaluate(facts.contains)
  }

  @Test func notBindsTighterThanAndTighterThanOr() throws {
    // a or (b and (not c))
    #expect(try holds("a or b and not c", ["a", "c"]))
    #expect(try holds("a or b and not c", ["b"]))
    #expect(try !holds("a or b and not c", ["b", "c"]))
    #expect(try !holds("a or b and not c", []))
  }

  @Test func parenthesesGroup() throws {
    #expect(try !holds("(a or b) and c", ["a"]))
    #expect(try holds("(a or b) and c", ["b", "c"]))
    #expect(try holds("not (a and b)", ["a"]))
    #expect(try !holds("not (a and b)", ["a", "b"]))
  }

  @Test func factNamesWithDotsUnderscoresAndDashes() throws {
    let condition = try ConditionParser.parse("claim.email_only and x-y")
    #expect(condition.factReferences.map(\.name) == ["claim.email_only", "x-y"])
    #expect(condition.factReferences.map(\.offset) == [0, 21])
  }

  @Test(arguments: [
    ("a and", 5, "expected a fact name, found the end"),
    ("a & b", 2, "unexpected character '&'"),
    ("(a or b", 7, "expected ')' to close the '(' at character 1"),
    ("a b", 2, "expected 'and', 'or' or the end, found 'b'"),
    ("a )", 2, "')' without a matching '('"),
    ("or a", 0, "expected a fact name, found 'or'"),
    ("   ", 0, "empty condition"),
  ])
  func syntaxErrorsNameTheColumn(text: String, offset: Int, message: String) {
    #expect(throws: ConditionSyntaxError.self) { try ConditionParser.parse(text) }
    do {
      _ = try ConditionParser.parse(text)
    } catch {
      #expect(error.offset == offset)
      #expect(error.message.hasPrefix(message), "\(error.message)")
    }
  }

  @Test func becauseListsOnlyFactsThatMadeItHold() throws {
    let condition = try ConditionParser.parse("(a or b) and not c and d")
    #expect(condition.supportingFacts(Set(["a", "d"]).contains) == ["a", "d"])
    #expect(condition.supportingFacts(Set(["a", "b", "d"]).contains) == ["a", "b", "d"])
  }

  @Test func describesItselfReadably() throws {
    #expect(try ConditionParser.parse("(a or b) and not c").description == "(a or b) and not c")
  }
}
