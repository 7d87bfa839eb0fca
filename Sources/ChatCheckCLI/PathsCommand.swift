import ArgumentParser
import ChatCheckCore

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

  @Option(name: .long, help: ArgumentHelp("Stop after N paths.", valueName: "N"))
  var limit: Int?

  func validate() throws {
    if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
  }

  /// Paths are written as they are found: the first appears at once, and
  /// memory stays that of one path.
  func run() throws(ChatCheckError) {
    let session = try common.session()
    var count = 0
    if format == .json { Output.write("{\n  \"schema\": \"chatcheck/paths@1\",\n  \"paths\": [") }
    PathEnumerator.forEach(session.content) { path in
      count += 1
      switch format {
      case .text: Output.write(PathEnumerator.text(path, number: count))
      case .json: Output.write((count == 1 ? "\n    " : ",\n    ") + PathEnumerator.jsonValue(path).serialized(pretty: false))
      }
      return count < (limit ?? .max) && !Output.failedToWrite
    }
    switch format {
    case .text:
      let stopped = limit.map { count >= $0 } ?? false
      Output.write(stopped ? "first \(count) paths (--limit)\n" : "\(count) paths\n")
    case .json: Output.write((count == 0 ? "]" : "\n  ]") + "\n}\n")
    }
  }
}
