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
