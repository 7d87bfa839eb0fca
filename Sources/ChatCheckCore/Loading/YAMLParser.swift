import CYaml

/// Parses YAML text with libyaml into `Node`s, one event at a time and
/// without recursion, so deep nesting cannot overflow the stack. Limits:
/// nesting depth, and the nodes that aliases may expand to (a "billion
/// laughs" file is refused, not expanded).
enum YAMLParser {
  /// A problem with the text, at a place (1-based).
  struct Failure: Error {
    var line: Int
    var column: Int
    var message: String

    /// libyaml places a problem found at the end of the input after the
    /// final line break: on a line the file does not have (a 2-line file's
    /// error at line 3). A place after the last line with text becomes the
    /// end of that line, the column just after its last character, where
    /// the input ran out.
    func inside(_ text: String) -> Failure {
      let lines = YAMLParser.lines(text)
      guard let last = lines.lastIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
        return Failure(line: 1, column: 1, message: message)
      }
      guard line > last + 1 else { return self }
      return Failure(line: last + 1, column: lines[last].unicodeScalars.count + 1, message: message)
    }
  }

  /// The text's lines as libyaml counts them: a break is LF, CR, CR LF,
  /// NEL, LS or PS; a break at the very end starts no further line.
  static func lines(_ text: String) -> [Substring] {
    var lines: [Substring] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      if ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"].contains(character) {
        lines.append(text[start..<index])
        start = next
      }
      index = next
    }
    if start < text.endIndex || lines.isEmpty { lines.append(text[start...]) }
    return lines
  }

  /// One list handed out an item at a time as it is read, instead of
  /// kept in the document: the list under `key` in the document's top
  /// mapping (the first such key). The document keeps that list empty, so
  /// a file of 100,000 questions never stands as one tree.
  struct ItemStream {
    let key: String
    let take: (Node) -> Void
  }

  /// Parses one document. Nil: the text holds no document (only
  /// comments or blank lines). With `stream`, the items of its list go to
  /// `stream.take` in order as each is complete; on a failure some may
  /// have gone already.
  static func parse(_ text: String, streaming stream: ItemStream? = nil) throws(Failure) -> Node? {
    // The text's own bytes when it keeps them in one piece (a file read
    // always does), else a copy; an empty text reads as one line break.
    let read = { (buffer: UnsafeBufferPointer<UInt8>) in Result { () throws(Failure) in try parse(buffer, text, stream) } }
    let result = text.isEmpty
      ? [UInt8(ascii: "\n")].withUnsafeBufferPointer(read)
      : text.utf8.withContiguousStorageIfAvailable(read) ?? Array(text.utf8).withUnsafeBufferPointer(read)
    return try result.get()
  }

  private static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, _ text: String, _ stream: ItemStream?
  ) throws(Failure) -> Node? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      throw Failure(line: 1, column: 1, message: "the YAML parser could not start (out of memory)")
    }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
    // Aliases cannot amplify: a document stands for at most twice its
    // bytes in values and their text (each value weighs one plus its
    // bytes; plain YAML spends at least that), never more than the
    // global limit.
    var builder = Builder(budget: min(InputLimits.yamlNodes, max(InputLimits.yamlSmallBudget, 2 * bytes.count)), stream: stream)
    while true {
      var event = yaml_event_t()
      guard yaml_parser_parse(&parser, &event) == 1 else { throw failure(parser).inside(text) }
      defer { yaml_event_delete(&event) }
      if event.type == YAML_STREAM_END_EVENT { break }
      try builder.add(event)
    }
    return builder.document
  }

  static func failure(_ parser: yaml_parser_t) -> Failure {
    let problem = parser.problem.map { String(cString: $0) } ?? "the text is not valid YAML"
    var message = problem
    if let context = parser.context { message += " (\(String(cString: context)))" }
    if parser.error == YAML_READER_ERROR {
      return Failure(line: 1, column: 1, message: message)
    }
    return Failure(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1, message: message)
  }

  /// Turns events into nodes with an explicit stack.
  struct Builder {
    /// A list or mapping being read: its items (a mapping's keys and
    /// values in turn) are `scratch[base...]` until it closes, so reading
    /// never grows an array per container; `start` is `expanded` when it
    /// opened.
    struct Open {
      let isMapping: Bool
      let anchor: String?
      let start: Int
      let mark: Node.Mark
      var base = 0
      /// The streamed list: its items go to the stream, not to `scratch`.
      var streams = false
    }

    var stack: [Open] = []
    /// The items of every open container, innermost last. A class: a
    /// builder is used by one parse and never copied.
    let scratch = PendingNodes()
    var anchors: [String: (node: Node, size: Int)] = [:]
    /// Nodes so far, counting every alias as the nodes it stands for.
    var expanded = 0
    /// The most nodes this document may stand for.
    let budget: Int
    let stream: ItemStream?
    var documents = 0
    var document: Node?

    func mark(_ m: yaml_mark_t) -> Node.Mark { Node.Mark(line: m.line + 1, column: m.column + 1) }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
      guard let pointer else { return nil }
      return String(cString: pointer)
    }

    mutating func add(_ event: yaml_event_t) throws(Failure) {
      let at = mark(event.start_mark)
      switch event.type {
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          throw Failure(line: at.line, column: at.column, message: "a second YAML document ('---'); a file holds one")
        }
      case YAML_SCALAR_EVENT:
        let data = event.data.scalar
        let text = data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self) } ?? ""
        let style: Node.Scalar.Style
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        // A value weighs one plus its bytes: an alias of a long text costs
        // what the text costs, wherever it is used.
        try finish(.scalar(Node.Scalar(string: text, style: style, mark: at)), anchor: Self.string(data.anchor), size: 1 + data.length, at: at)
      case YAML_ALIAS_EVENT:
        let name = Self.string(event.data.alias.anchor) ?? ""
        guard let target = anchors[name] else {
          throw Failure(line: at.line, column: at.column, message: "found undefined alias '\(name)'")
        }
        try finish(target.node, anchor: nil, size: target.size, at: at)
      case YAML_SEQUENCE_START_EVENT:
        try openContainer(Open(isMapping: false, anchor: Self.string(event.data.sequence_start.anchor), start: expanded, mark: at), at: at)
      case YAML_MAPPING_START_EVENT:
        try openContainer(Open(isMapping: true, anchor: Self.string(event.data.mapping_start.anchor), start: expanded, mark: at), at: at)
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let top = stack.popLast() else { return }
        // The items move off the end of `scratch` in order (no copies).
        let node: Node
        if top.isMapping {
          if (scratch.count - top.base) % 2 == 1 { scratch.removeLast() }  // a key without its value
          node = .mapping(Node.Mapping(items: scratch.take(from: top.base), mark: top.mark))
        } else {
          node = .sequence(Node.NodeList(items: scratch.take(from: top.base), mark: top.mark))
        }
        // A container stands for itself and everything in it.
        try finish(node, anchor: top.anchor, size: expanded - top.start + 1, counted: expanded - top.start, at: top.mark)
      default:
        break
      }
    }

    mutating func openContainer(_ opened: Open, at: Node.Mark) throws(Failure) {
      if stack.count >= InputLimits.yamlDepth {
        throw Failure(
          line: at.line, column: at.column,
          message: "nested deeper than \(InputLimits.yamlDepth) levels (the limit for YAML nesting)")
      }
      var container = opened
      container.base = scratch.count
      // The streamed list: the value of the top mapping's first key named
      // `stream.key` (its keys so far are every other item, the last one
      // waiting for this value).
      if let stream, !container.isMapping, stack.count == 1, let top = stack.first, top.isMapping,
        (scratch.count - top.base) % 2 == 1
      {
        let isKey = { (node: Node) -> Bool in
          if case .scalar(let key) = node { return key.string == stream.key }
          return false
        }
        let earlierKeys = stride(from: top.base, to: scratch.count - 1, by: 2)
        container.streams = isKey(scratch[scratch.count - 1]) && !earlierKeys.contains { isKey(scratch[$0]) }
      }
      stack.append(container)
    }

    /// A complete node: into its parent, or the document.
    /// `size` is what an alias of it stands for; `counted` of that was
    /// already added (the container's items).
    mutating func finish(_ node: Node, anchor: String?, size: Int, counted: Int = 0, at: Node.Mark) throws(Failure) {
      expanded += size - counted
      if expanded > budget {
        throw Failure(
          line: at.line, column: at.column,
          message: "more than \(budget) values and characters, counting what aliases stand for (a file may stand for at most twice its own size)")
      }
      if let anchor { anchors[anchor] = (node, size) }
      guard let top = stack.last else {
        document = node
        return
      }
      if top.streams {
        stream?.take(node)
      } else {
        scratch.append(node)
      }
    }
  }
}
