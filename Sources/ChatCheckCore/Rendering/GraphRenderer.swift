/// The question graph for review: Graphviz DOT or Mermaid.
public enum GraphRenderer {
  public enum Format: String, CaseIterable, Sendable { case dot, mermaid }

  /// One edge per option (multi-select questions: one edge to `next`).
  static func edges(_ content: Content) -> [(from: String, to: String, label: String)] {
    let graph = QuestionGraph(content: content)
    var result: [(String, String, String)] = []
    for (index, q) in content.questions.enumerated() {
      let targets = graph.targets[index]
      func name(_ target: Int?) -> String { target.map { content.questions[$0].id } ?? "result" }
      switch q.kind {
      case .single:
        for (option, target) in targets { result.append((q.id, name(target), option.id)) }
      case .multi:
        result.append((q.id, name(targets.first?.target), q.options.map(\.id).joined(separator: " | ")))
      }
    }
    return result
  }

  public static func render(_ content: Content, format: Format, language: String) -> String {
    switch format {
    case .dot: return dot(content, language: language)
    case .mermaid: return mermaid(content, language: language)
    }
  }

  static func dot(_ content: Content, language: String) -> String {
    func quote(_ s: String) -> String {
      "\"" + s.replacingOccurrences("\\", "\\\\").replacingOccurrences("\"", "\\\"").replacingOccurrences("\n", "\\n") + "\""
    }
    var out = "digraph chatcheck {\n  rankdir=TB;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
    for q in content.questions {
      let label = "\(q.id)\(q.kind == .multi ? " (multi)" : "")\n" + TextWrap.lines(q.text.text(language), width: 40).joined(separator: "\n")
      out += "  \(quote(q.id)) [label=\(quote(label))\(q.id == content.start ? ", penwidth=2" : "")];\n"
    }
    out += "  \"result\" [label=\"result\", shape=doublecircle];\n"
    for e in edges(content) {
      out += "  \(quote(e.from)) -> \(quote(e.to)) [label=\(quote(e.label))];\n"
    }
    return out + "}\n"
  }

  static func mermaid(_ content: Content, language: String) -> String {
    var ids: [String: String] = ["result": "result"]
    for (i, q) in content.questions.enumerated() { ids[q.id] = "q\(i)" }
    // Mermaid renders labels as HTML: every character that could open a
    // tag or an entity is written as Mermaid's entity code.
    func text(_ s: String) -> String {
      s.replacingOccurrences("#", "#35;").replacingOccurrences("&", "#amp;").replacingOccurrences("<", "#lt;")
        .replacingOccurrences(">", "#gt;").replacingOccurrences("\"", "#quot;").replacingOccurrences("'", "#39;")
        .replacingOccurrences("\n", " ")
    }
    var out = "flowchart TD\n"
    for q in content.questions {
      out += "  \(ids[q.id]!)[\"\(text(q.id)): \(text(q.text.text(language)))\"]\n"
    }
    out += "  result((\"result\"))\n"
    for e in edges(content) {
      out += "  \(ids[e.from]!) -->|\"\(text(e.label))\"| \(ids[e.to] ?? "result")\n"
    }
    return out
  }
}
