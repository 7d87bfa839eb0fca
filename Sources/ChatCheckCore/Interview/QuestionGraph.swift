/// The interview as a graph: which answers lead where. One place owns the
/// edges (`option.next ?? question.next`), the depth-first searches and
/// the answers a question takes, for the loader's checks, path analysis,
/// `graph` and the screens' progress.
public struct QuestionGraph: Sendable {
  /// One way through a question: the options chosen together, and the
  /// question they lead to (nil: the result).
  public struct Edge: Sendable {
    public var options: [AnswerOption]
    public var target: Int?
  }

  public let questions: [Question]
  /// Per question and option, where it leads: `option.next ??
  /// question.next` (a multi-select question's options all lead to its
  /// `next`); nil for the result or a question that does not exist.
  public let targets: [[(option: AnswerOption, target: Int?)]]
  public let start: Int?

  public init(content: Content) {
    questions = content.questions
    start = content.indexOfQuestion(content.start)
    targets = content.questions.map { question in
      question.options.map { option in
        let step = question.kind == .multi ? question.next : option.next ?? question.next
        if case .question(let id)? = step { return (option, content.indexOfQuestion(id)) }
        return (option, nil)
      }
    }
  }

  /// The answers question `index` takes, with where each leads: one per
  /// option of a single-choice question, one per allowed combination of a
  /// multi-select one.
  public func choices(_ index: Int) -> [Edge] {
    let question = questions[index]
    switch question.kind {
    case .single:
      return targets[index].map { Edge(options: [$0.option], target: $0.target) }
    case .multi:
      let next = targets[index].first?.target
      return question.selections.map { Edge(options: $0, target: next) }
    }
  }

  /// The questions reachable from the start, each after every question it
  /// leads to (children before parents), without recursion.
  public var postOrder: [Int] {
    guard let start else { return [] }
    var order: [Int] = []
    var state = Array(repeating: 0, count: questions.count)
    var stack: [(node: Int, edge: Int)] = [(start, 0)]
    state[start] = 1
    while let (node, edge) = stack.last {
      if edge == targets[node].count {
        order.append(node)
        state[node] = 2
        stack.removeLast()
        continue
      }
      stack[stack.count - 1].edge += 1
      if let next = targets[node][edge].target, state[next] == 0 {
        state[next] = 1
        stack.append((next, 0))
      }
    }
    return order
  }

  /// Every answer that leads back to a question on its own path, with the
  /// cycle it closes (question indexes, from the question it returns to).
  public func cycles() -> [(path: [Int], option: AnswerOption)] {
    guard let start else { return [] }
    var found: [(path: [Int], option: AnswerOption)] = []
    // Iterative depth-first search with colours: 0 new, 1 on stack, 2 done.
    var colour = Array(repeating: 0, count: questions.count)
    var stack: [(node: Int, edge: Int)] = [(start, 0)]
    colour[start] = 1
    while let top = stack.last {
      if top.edge == targets[top.node].count {
        colour[top.node] = 2
        stack.removeLast()
        continue
      }
      stack[stack.count - 1].edge += 1
      let (option, next) = targets[top.node][top.edge]
      guard let target = next else { continue }
      if colour[target] == 1 {
        found.append((Array(stack.map(\.node).drop { $0 != target }) + [target], option))
      } else if colour[target] == 0 {
        colour[target] = 1
        stack.append((target, 0))
      }
    }
    return found
  }

  /// Questions no answer leads to from the start.
  public var unreachable: [Int] {
    let reached = Set(postOrder)
    return questions.indices.filter { !reached.contains($0) }
  }

  /// For each question: the most questions still to come after it (for an
  /// honest "at most N more").
  public var longestRemaining: [String: Int] {
    var longest = Array(repeating: 0, count: questions.count)
    for node in postOrder {
      longest[node] = targets[node].map { edge in edge.target.map { longest[$0] + 1 } ?? 0 }.max() ?? 0
    }
    var result: [String: Int] = [:]
    for node in postOrder { result[questions[node].id] = longest[node] }
    return result
  }
}
