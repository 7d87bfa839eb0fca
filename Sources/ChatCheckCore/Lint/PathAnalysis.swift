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
  }

  /// How a fact set was reached from a question: which choice, and which
  /// fact set the rest of the path contributes.
  struct Witness {
    var choice: Int
    var rest: UInt64
  }

  public let content: Content
  /// Facts some condition mentions, in declaration order.
  public let relevantFacts: [String]
  let choices: [[Choice]]
  let reachable: [[UInt64: Witness]]
  let startIndex: Int
  /// Number of paths from the start to the result (saturating).
  public let pathCount: UInt64

  /// The largest multi-select question analysed (2^12 combinations).
  public static let maxMultiOptions = Question.maxCombined

  public enum Failure: Error, Equatable {
    case tooManyRelevantFacts(Int)
    case tooManyMultiOptions(question: String, count: Int)
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

    var allChoices: [[Choice]] = []
    for question in content.questions {
      var list: [Choice] = []
      var seen: Set<[UInt64]> = []
      func add(_ options: [String], _ m: UInt64, _ step: NextStep?) {
        let next: Int? = Interview.questionID(step).flatMap(content.indexOfQuestion)
        let key = [m, UInt64(bitPattern: Int64(next ?? -1))]
        if seen.insert(key).inserted { list.append(Choice(options: options, mask: m, next: next)) }
      }
      switch question.kind {
      case .single:
        for option in question.options { add([option.id], mask(option.sets), option.next ?? question.next) }
      case .multi:
        let n = question.options.filter { !$0.exclusive }.count
        guard n <= Self.maxMultiOptions else { throw .tooManyMultiOptions(question: question.id, count: n) }
        for picked in question.selections {
          add(picked.map(\.id), mask(picked.flatMap(\.sets)), question.next)
        }
      }
      allChoices.append(list)
    }
    choices = allChoices
    startIndex = content.indexOfQuestion(content.start) ?? 0

    // Post-order from the start: every question after all it leads to.
    var order: [Int] = []
    var state = Array(repeating: 0, count: content.questions.count)
    var stack: [(Int, Int)] = content.questions.isEmpty ? [] : [(startIndex, 0)]
    if !stack.isEmpty { state[startIndex] = 1 }
    while let (node, edge) = stack.last {
      if edge == allChoices[node].count {
        order.append(node)
        state[node] = 2
        stack.removeLast()
        continue
      }
      stack[stack.count - 1].1 += 1
      if let next = allChoices[node][edge].next, state[next] == 0 {
        state[next] = 1
        stack.append((next, 0))
      }
    }

    var sets = Array(repeating: [UInt64: Witness](), count: content.questions.count)
    var counts = Array(repeating: UInt64(0), count: content.questions.count)
    let end: [UInt64: Witness] = [0: Witness(choice: -1, rest: 0)]
    for node in order {
      var here: [UInt64: Witness] = [:]
      var count: UInt64 = 0
      for (index, choice) in allChoices[node].enumerated() {
        let rest = choice.next.map { sets[$0] } ?? end
        for restMask in rest.keys where here[choice.mask | restMask] == nil {
          here[choice.mask | restMask] = Witness(choice: index, rest: restMask)
        }
      }
      // Paths count every option combination, not only distinct ones.
      let question = content.questions[node]
      switch question.kind {
      case .single:
        for option in question.options {
          let next = Interview.questionID(option.next ?? question.next).flatMap(content.indexOfQuestion)
          let (sum, overflow) = count.addingReportingOverflow(next.map { counts[$0] } ?? 1)
          count = overflow ? .max : sum
        }
      case .multi:
        let next = Interview.questionID(question.next).flatMap(content.indexOfQuestion)
        let combos = UInt64(question.selections.count)
        let (product, overflow) = combos.multipliedReportingOverflow(by: next.map { counts[$0] } ?? 1)
        count = overflow ? .max : product
      }
      sets[node] = here
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
    return reachable[startIndex].keys.sorted()
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
    while let current = node, let witness = reachable[current][mask], witness.choice >= 0 {
      let choice = choices[current][witness.choice]
      answers.append(Answer(question: content.questions[current].id, options: choice.options))
      mask = witness.rest
      node = choice.next
    }
    return answers
  }
}
