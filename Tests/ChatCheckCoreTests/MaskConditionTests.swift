import Testing

@testable import ChatCheckCore

/// Lint evaluates card and invariant conditions on outcome bit masks:
/// through a truth table when a condition mentions few facts, through
/// the condition tree otherwise. Both must say what the condition says.
@Suite("Mask conditions")
struct MaskConditionTests {
  /// A small deterministic generator, so a failure names a condition
  /// that can be found again.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  static let facts = (0..<20).map { "fact.\($0)" }

  static func condition(over count: Int, depth: Int, _ random: inout Generator) -> Condition {
    if depth == 0 || random.next(4) == 0 {
      // Now and then a fact no outcome holds (its bit is 0).
      let index = random.next(count + 1)
      return .fact(index == count ? "fact.unknown" : facts[index], offset: 0)
    }
    switch random.next(5) {
    case 0: return .not(condition(over: count, depth: depth - 1, &random))
    case 1: return .always
    case 2, 3: return .and((0..<(1 + random.next(4))).map { _ in condition(over: count, depth: depth - 1, &random) })
    default: return .or((0..<(1 + random.next(4))).map { _ in condition(over: count, depth: depth - 1, &random) })
    }
  }

  /// Conditions over 1 to 20 facts (tables up to `tableBits`, trees
  /// beyond), each on 3,000 masks: the compiled condition and the
  /// condition on the masks' facts agree.
  @Test(arguments: [1, 2, 5, 6, 7, 9, 13, 14, 15, 20])
  func compiledConditionsAgreeWithTheConditions(facts count: Int) {
    var random = Generator(state: UInt64(count))
    let bit = { (name: String) -> UInt64 in Self.facts.prefix(count).firstIndex(of: name).map { 1 << UInt64($0) } ?? 0 }
    for _ in 0..<40 {
      let condition = Self.condition(over: count, depth: 5, &random)
      let compiled = MaskCondition(condition, bit: bit)
      for _ in 0..<3_000 {
        let mask = UInt64(random.next(1 << count))
        let expected = condition.evaluate { bit($0) & mask != 0 }
        #expect(compiled.holds(mask) == expected, "\(condition) on \(String(mask, radix: 2))")
      }
    }
  }
}
