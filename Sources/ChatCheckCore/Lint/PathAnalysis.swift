/// Every distinct outcome of the interview, found without enumerating
/// paths: a dynamic program over the question graph (which the loader has
/// proven acyclic) that keeps, per question, the distinct sets of
/// *relevant* facts (those any condition mentions) reachable from it to the
/// result. Its cost is linear in the number of questions times the number
/// of distinct outcomes, not in the number of paths.
public struct PathAnalysis {
  /// An answer choice of one question: the options and what they add.
  struct Choice {
    var options: [String]
    var mask: UInt64
    var next: Int?  // nil: the result
    /// The answers this choice stands for (they add the same facts and
    /// lead to the same question), for counting paths.
    var answers: UInt64 = 1
  }

  /// What makes two answers one choice: the facts they add and where they
  /// lead (-1: the result).
  private struct ChoiceKey: Hashable {
    var mask: UInt64
    var next: Int
  }

  public let content: Content
  /// Facts some condition mentions, in declaration order.
  public let relevantFacts: [String]
  let choices: [[Choice]]
  /// Per question, the distinct fact sets from it to the result, sorted:
  /// eight bytes each. A question with the same outcomes as the one it
  /// leads to shares that list, so a long chain does not repeat it.
  let reachable: [[UInt64]]
  let startIndex: Int
  /// Number of paths from the start to the result (saturating).
  public let pathCount: UInt64

  /// The largest multi-select question analysed (2^12 combinations).
  public static let maxMultiOptions = Question.maxCombined

  /// The most distinct outcomes (sets of relevant facts) lint proves; the
  /// shipped content has about 36,000. Each independent yes/no question
  /// that sets a fact doubles the outcomes, so this bound keeps lint's
  /// time and memory in check and names the questions that cause it.
  public static let maxOutcomes = 100_000

  public enum Failure: Error, Equatable {
    case tooManyRelevantFacts(Int)
    case tooManyMultiOptions(question: String, count: Int)
    /// `questions`: the questions whose answers set different facts.
    case tooManyOutcomes(limit: Int, questions: [String])
  }

  public init(content: Content) throws(Failure) {
    self.content = content
    var mentioned: Set<String> = []
    for card in content.cards { mentioned.formUnion(card.when.factReferences.map(\.name)) }
    for invariant in content.invariants { mentioned.formUnion(invariant.when.factReferences.map(\.name)) }
    // The reader and the person's age choose wordings and resources.
    mentioned.formUnion(Reader.facts + [AgeBand.minorFact])
    let relevant = content.facts.map(\.id).filter(mentioned.contains)
    guard relevant.count <= 64 else { throw .tooManyRelevantFacts(relevant.count) }
    relevantFacts = relevant
    var bit: [String: UInt64] = [:]
    for (i, fact) in relevant.enumerated() { bit[fact] = 1 << UInt64(i) }
    func mask(_ facts: [String]) -> UInt64 { facts.reduce(0) { $0 | (bit[$1] ?? 0) } }

    let graph = QuestionGraph(content: content)
    var allChoices: [[Choice]] = []
    for (index, question) in content.questions.enumerated() {
      if question.kind == .multi {
        let n = question.options.filter { !$0.exclusive }.count
        guard n <= Self.maxMultiOptions else { throw .tooManyMultiOptions(question: question.id, count: n) }
      }
      // Answers that add the same facts and lead to the same question are
      // one choice for the analysis.
      // A few choices are compared one by one; past 16 (a multi-select
      // question's combinations), they are found by hashing.
      var list: [Choice] = []
      var seen: [ChoiceKey: Int] = [:]
      for edge in graph.choices(index) {
        let m = mask(edge.options.flatMap(\.sets))
        let key = ChoiceKey(mask: m, next: edge.target ?? -1)
        if let earlier = seen.isEmpty ? list.firstIndex(where: { $0.mask == m && $0.next == edge.target }) : seen[key] {
          list[earlier].answers += 1
          continue
        }
        list.append(Choice(options: edge.options.map(\.id), mask: m, next: edge.target))
        if list.count == 17 {
          for (i, choice) in list.enumerated() { seen[ChoiceKey(mask: choice.mask, next: choice.next ?? -1)] = i }
        } else if list.count > 17 {
          seen[key] = list.count - 1
        }
      }
      allChoices.append(list)
    }
    choices = allChoices
    startIndex = content.indexOfQuestion(content.start) ?? 0
    // Every question after all it leads to.
    let order = graph.postOrder

    var sets = Array(repeating: [UInt64](), count: content.questions.count)
    var counts = Array(repeating: UInt64(0), count: content.questions.count)
    let end: [UInt64] = [0]
    var here = OutcomeSet(facts: relevant.count)
    for node in order {
      var count: UInt64 = 0
      for choice in allChoices[node] {
        here.insert(choice.mask, or: choice.next.map { sets[$0] } ?? end)
        if here.count > Self.maxOutcomes {
          let branching = content.questions.indices.filter { Set(allChoices[$0].map(\.mask)).count > 1 }
          throw .tooManyOutcomes(limit: Self.maxOutcomes, questions: branching.map { content.questions[$0].id })
        }
      }
      // Paths count every answer, not only distinct choices (saturating).
      for choice in allChoices[node] {
        let (paths, tooMany) = choice.answers.multipliedReportingOverflow(by: choice.next.map { counts[$0] } ?? 1)
        let (sum, overflow) = count.addingReportingOverflow(paths)
        count = tooMany || overflow ? .max : sum
      }
      // A question whose outcomes are those of the question it leads to
      // (one that sets no relevant fact, or none that adds any) shares
      // that question's list instead of holding a copy.
      let outcomes = here.takeSorted()
      if let next = allChoices[node].first?.next, sets[next] == outcomes {
        sets[node] = sets[next]
      } else {
        sets[node] = outcomes
      }
      counts[node] = count
    }
    reachable = sets
    pathCount = content.questions.isEmpty ? 0 : counts[startIndex]
  }

  /// The distinct relevant-fact sets a path can end with.
  public var outcomes: [Set<String>] {
    outcomeMasks.map(facts(of:))
  }

  /// The same outcomes as bit masks over `relevantFacts`.
  public var outcomeMasks: [UInt64] {
    guard !reachable.isEmpty else { return [] }
    return reachable[startIndex]
  }

  /// The bit of a relevant fact in an outcome mask (0 when not relevant).
  public func bit(_ fact: String) -> UInt64 {
    relevantFacts.firstIndex(of: fact).map { 1 << UInt64($0) } ?? 0
  }

  public func facts(of mask: UInt64) -> Set<String> {
    Set(relevantFacts.enumerated().filter { mask & (1 << UInt64($0.offset)) != 0 }.map(\.element))
  }

  /// One path that ends with `outcome`, as answers in order.
  public func witness(for outcome: Set<String>) -> [Answer] {
    var mask: UInt64 = 0
    for (i, fact) in relevantFacts.enumerated() where outcome.contains(fact) { mask |= 1 << UInt64(i) }
    var answers: [Answer] = []
    var node: Int? = startIndex
    // Walk forward: at each question, a choice whose facts fit and whose
    // rest of the path can add exactly the facts still missing.
    while let current = node {
      guard let (index, rest) = step(current, mask) else { break }
      let choice = choices[current][index]
      answers.append(Answer(question: content.questions[current].id, options: choice.options))
      mask = rest
      node = choice.next
    }
    return answers
  }

  /// A choice at `question` that leads to `mask`, and the mask the rest of
  /// the path must add.
  func step(_ question: Int, _ mask: UInt64) -> (Int, UInt64)? {
    for (index, choice) in choices[question].enumerated() where choice.mask & ~mask == 0 {
      guard let next = choice.next else {
        if choice.mask == mask { return (index, 0) }
        continue
      }
      if let rest = reachable[next].first(where: { choice.mask | $0 == mask }) { return (index, rest) }
    }
    return nil
  }
}

/// A question's outcome masks while they are collected. With at most
/// `maxFacts` relevant facts they are one bit per possible mask (8 kB at
/// most, reused): no hashing, and reading them out gives them sorted;
/// with more, a hashed set. Emptied when read out.
struct OutcomeSet {
  static let maxFacts = 16
  /// Whether the masks are bits in `words` (at most `maxFacts` facts) or
  /// hashed.
  private let usesBits: Bool
  private var words: [UInt64]
  private var hashed: Set<UInt64> = []
  private(set) var count = 0

  init(facts: Int) {
    usesBits = facts <= Self.maxFacts
    words = usesBits ? [UInt64](repeating: 0, count: max(1, (1 << facts) >> 6)) : []
  }

  /// Adds `mask | rest` for every `rest` in `masks` (each below 2^facts).
  mutating func insert(_ mask: UInt64, or masks: [UInt64]) {
    guard usesBits else {
      for rest in masks where hashed.insert(mask | rest).inserted { count += 1 }
      return
    }
    var added = 0
    words.withUnsafeMutableBufferPointer { bits in
      for rest in masks {
        let outcome = mask | rest
        let word = Int(outcome >> 6)
        let bit: UInt64 = 1 << (outcome & 63)
        if bits[word] & bit == 0 {
          bits[word] |= bit
          added += 1
        }
      }
    }
    count += added
  }

  /// The masks in ascending order; the set is empty afterwards.
  mutating func takeSorted() -> [UInt64] {
    defer { count = 0 }
    guard usesBits else {
      defer { hashed = [] }
      return hashed.sorted()
    }
    var out: [UInt64] = []
    out.reserveCapacity(count)
    words.withUnsafeMutableBufferPointer { bits in
      for index in bits.indices where bits[index] != 0 {
        var word = bits[index]
        while word != 0 {
          out.append(UInt64(index << 6 | word.trailingZeroBitCount))
          word &= word &- 1
        }
        bits[index] = 0
      }
    }
    return out
  }
}
