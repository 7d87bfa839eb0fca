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

    let graph = QuestionGraph(content: content)
    var allChoices: [[Choice]] = []
    for (index, question) in content.questions.enumerated() {
      if question.kind == .multi {
        let n = question.options.filter { !$0.exclusive }.count
        guard n <= Self.maxMultiOptions else { throw .tooManyMultiOptions(question: question.id, count: n) }
      }
      // Answers that add the same facts and lead to the same question are
      // one choice for the analysis.
      var list: [Choice] = []
      var seen: Set<[UInt64]> = []
      for edge in graph.choices(index) {
        let m = mask(edge.options.flatMap(\.sets))
        if seen.insert([m, UInt64(bitPattern: Int64(edge.target ?? -1))]).inserted {
          list.append(Choice(options: edge.options.map(\.id), mask: m, next: edge.target))
        }
      }
      allChoices.append(list)
    }
    choices = allChoices
    startIndex = content.indexOfQuestion(content.start) ?? 0
    // Every question after all it leads to.
    let order = graph.postOrder

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
      // Paths count every answer, not only distinct choices.
      for edge in graph.choices(node) {
        let (sum, overflow) = count.addingReportingOverflow(edge.target.map { counts[$0] } ?? 1)
        count = overflow ? .max : sum
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
