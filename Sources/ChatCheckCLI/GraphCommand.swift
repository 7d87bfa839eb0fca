import ArgumentParser
import ChatCheckCore

extension GraphRenderer.Format: ExpressibleByArgument {}

/// `chatcheck graph`: the decision tree for review.
struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph", abstract: "Print the question graph as Graphviz DOT or Mermaid.",
    discussion: """
      Examples:
        chatcheck graph | dot -Tsvg > questions.svg
        chatcheck graph --format mermaid --lang de
      """)

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: ArgumentHelp("Output format.", valueName: "dot|mermaid"))
  var format: GraphRenderer.Format = .dot

  func run() throws(ChatCheckError) {
    let session = try common.session()
    Output.write(GraphRenderer.render(session.content, format: format, language: session.language))
  }
}

/// `chatcheck paths`: every path, its facts and the topics it ends with.
struct PathsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "paths", abstract: "List every path through the questions with its facts and advice topics.",
    discussion: """
      Each path's answers, written as an answers file, give the same topics from 'chatcheck answer'.

      Examples:
        chatcheck paths | less
        chatcheck paths --format json --content Content
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: ArgumentHelp("Output format.", valueName: "text|json"))
  var format: Format = .text

  func run() throws(ChatCheckError) {
    let session = try common.session()
    let paths = PathEnumerator.paths(session.content)
    switch format {
    case .text: Output.write(PathEnumerator.text(paths))
    case .json: Output.write(PathEnumerator.json(paths))
    }
  }
}
