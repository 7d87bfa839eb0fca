@testable import ChatCheckCore
import Testing
import ChatCheckTestSupport

/// How the YAML builder hands its lists and mappings to the reader: items
/// moved in file order from one list of pending items, and a mapping's
/// accepted keys marked on its own pairs.
@Suite("YAML lists and mappings as the reader sees them")
struct YAMLMappingTests {
  static var valid: String { Fixtures.validQuestions }

  func load(_ questions: String) -> LoadResult { Fixtures.loadValid(questions: questions) }

  /// Allowed keys after more than 64 unknown ones are still read: only
  /// the unknown keys are reported, none as missing.
  @Test func allowedKeysAfterManyUnknownOnesAreRead() {
    let unknown = (0..<70).map { "    extra\($0): x\n" }.joined()
    let moved = Self.valid.replacingOccurrences(
      of: "  - id: contact\n", with: "  - colour: red\n" + unknown + "    id: contact\n")
    let loaded = load(moved)
    let messages = loaded.errors.map(\.message)
    #expect(messages.filter { $0.contains("unknown key 'extra") }.count == 70)
    #expect(messages.filter { $0.contains("unknown key 'colour'") }.count == 1)
    #expect(!messages.contains { $0.contains("missing required key") }, "\(messages)")
    #expect(messages.count == 71, "\(messages)")
    // The question is read as without the unknown keys: the same texts
    // of the question and its options, with the same words.
    let plain = load(Self.valid)
    func contactTexts(_ result: LoadResult) -> [String] {
      result.texts.filter { $0.context.contains("question 'contact'") || $0.context.contains("'contact=") }
        .map { "\($0.context): \($0.text.translation("en") ?? "")" }
    }
    #expect(contactTexts(plain).count == 4)
    #expect(contactTexts(loaded) == contactTexts(plain))
  }

  /// A duplicate key after many unknown ones is still found to be one
  /// (both past the 64th pair).
  @Test func aDuplicateKeyFarDownIsReported() {
    let unknown = (0..<70).map { "    extra\($0): x\n" }.joined()
    let moved = Self.valid.replacingOccurrences(
      of: "  - id: contact\n", with: "  - colour: red\n" + unknown + "    id: contact\n    id: again\n")
    let messages = load(moved).errors.map(\.message)
    #expect(messages.filter { $0.contains("duplicate key 'id'") }.count == 1, "\(messages)")
    #expect(!messages.contains { $0.contains("again") }, "the first id counts")
  }

  /// Long lists inside lists and mappings (more pending items than the
  /// builder starts with room for) keep every item in order.
  @Test func longAndNestedListsKeepTheirOrder() throws {
    let count = 300
    let options = (0..<count).map { i in
      "      - {id: o\(i), label: {de: \"Antwort \(i)\", en: \"Answer \(i)\"}, sets: [contact.unknown], next: happened}\n"
    }.joined()
    let many = Self.valid.replacingOccurrences(
      of: "    options:\n      - id: stranger\n", with: "    options:\n" + options + "      - id: stranger\n")
    let loaded = load(many)
    #expect(loaded.errors.isEmpty, "\(loaded.errors)")
    let first = try #require(loaded.content?.questions.first)
    #expect(first.options.map(\.id) == (0..<count).map { "o\($0)" } + ["stranger", "known"])
    #expect(first.options[count - 1].label.translation("en") == "Answer \(count - 1)")
  }

  /// A mapping's accepted entries, below and past the 64th pair: looked
  /// up by key and listed in file order.
  @Test func fieldsListAcceptedPairsInFileOrder() {
    let mark = Node.Mark(line: 1, column: 1)
    func scalar(_ text: String) -> Node { .scalar(Node.Scalar(string: text, style: .plain, mark: mark)) }
    let items = (0..<80).flatMap { [scalar("k\($0)"), scalar("v\($0)")] }
    var fields = Fields(over: Node.Mapping(items: items, mark: mark))
    for pair in [0, 5, 63, 64, 70, 79] { fields.accept(pair: pair) }
    #expect(fields.map(\.key) == ["k0", "k5", "k63", "k64", "k70", "k79"])
    #expect(fields.map { entry -> String in
      guard case .scalar(let value) = entry.value else { return "" }
      return value.string
    } == ["v0", "v5", "v63", "v64", "v70", "v79"])
    for (key, found) in [("k63", "v63"), ("k64", "v64"), ("k79", "v79")] {
      guard case .scalar(let value)? = fields[key] else {
        Issue.record("no value for \(key)")
        continue
      }
      #expect(value.string == found)
    }
    #expect(fields["k1"] == nil && fields["k65"] == nil && fields["v0"] == nil)
  }
}
