import ChatCheckCore
import ChatCheckUI
import ChatCheckEmbedded
import ChatCheckTestSupport
import Foundation
import Testing

/// A small deterministic random generator, so every fuzz run can be
/// repeated exactly from its seed.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Mutations that make broken YAML and broken content in many ways.
enum Mutator {
  static let fragments = [
    ":", "- ", "  ", "\n", "{", "}", "[", "]", "'", "\"", "#", "&a", "*a", "!!str ", "? ", "|", ">",
    "\t", "\u{0}", "\u{7}", "\u{FEFF}", "\u{202E}", "ü", "中文", "😀", "e\u{301}", "next: result",
    "when: (a or", "sets: [x]", "id: who", "- id: q\n    text: t", "checked: 2099-01-01", "---\n", "...\n",
    String(repeating: "[", count: 200), String(repeating: "a", count: 5000),
  ]

  static func mutate(_ text: String, _ rng: inout SplitMix64) -> String {
    var scalars = Array(text.unicodeScalars)
    let operations = Int.random(in: 1...4, using: &rng)
    for _ in 0..<operations {
      let position = scalars.isEmpty ? 0 : Int.random(in: 0..<scalars.count, using: &rng)
      switch Int.random(in: 0..<7, using: &rng) {
      case 0:  // delete a run
        let length = min(scalars.count - position, Int.random(in: 1...40, using: &rng))
        if length > 0 { scalars.removeSubrange(position..<(position + length)) }
      case 1:  // insert a fragment
        scalars.insert(contentsOf: fragments.randomElement(using: &rng)!.unicodeScalars, at: position)
      case 2:  // replace a character by a random one
        if !scalars.isEmpty, let s = Unicode.Scalar(UInt32.random(in: 0...0x2FFF, using: &rng)) { scalars[position] = s }
      case 3:  // duplicate a line
        let lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false)
        if !lines.isEmpty {
          var copy = lines
          let i = Int.random(in: 0..<copy.count, using: &rng)
          copy.insert(lines[i], at: i)
          scalars = Array(copy.joined(separator: "\n").unicodeScalars)
        }
      case 4:  // truncate
        scalars.removeSubrange(position...)
      case 5:  // swap two lines
        var lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > 1 {
          lines.swapAt(Int.random(in: 0..<lines.count, using: &rng), Int.random(in: 0..<lines.count, using: &rng))
          scalars = Array(lines.joined(separator: "\n").unicodeScalars)
        }
      default:  // shift indentation of a line
        var lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if !lines.isEmpty {
          let i = Int.random(in: 0..<lines.count, using: &rng)
          lines[i] = Bool.random(using: &rng) ? "  " + lines[i] : String(lines[i].drop { $0 == " " })
        }
        scalars = Array(lines.joined(separator: "\n").unicodeScalars)
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}

/// Issue 7: nothing a content author or a script can write crashes, hangs
/// or traps. A smoke run of 12 by default; `CHATCHECK_FUZZ_ITERATIONS`
/// runs longer (`.ci/run` runs 200 in a stage of its own).
@Suite("Fuzzing")
struct FuzzTests {
  static var iterations: Int {
    Int(ProcessInfo.processInfo.environment["CHATCHECK_FUZZ_ITERATIONS"] ?? "") ?? 12
  }

  /// AddressSanitizer and ThreadSanitizer slow everything down several
  /// times: fewer iterations there (the plain run fuzzes longer), and the
  /// hang detector allows for the slowdown.

  /// The built-in content in German and English: each iteration lints a
  /// whole content, and six catalogs would make it several times slower;
  /// the catalogs have fuzz tests of their own below.
  static let seeds: [ContentFile] = Fixtures.sourceLanguagesOnly(EmbeddedContent.files.map {
    ContentFile(relativePath: $0.path, displayPath: "Content/\($0.path)", text: $0.text)
  })

  /// The first entries of a shipped catalog, cut at an entry's end.
  static let catalogSeed: String = {
    let text = try! String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Content/i18n/uk.po"), encoding: .utf8)
    let cut = text.utf8.count > 40_000 ? String(text.prefix(40_000)) : text
    return String(cut[..<(cut.range(of: "\n\n", options: .backwards)?.lowerBound ?? cut.endIndex)])
  }()

  /// A mutated catalog is read or refused with a line in it; never a crash.
  @Test func mutatedCatalogsNeverCrashTheReader() {
    var rng = SplitMix64(seed: 0x90)
    var refused = 0
    for _ in 0..<(Self.iterations * 5) {
      let text = Mutator.mutate(Self.catalogSeed, &rng)
      do {
        let catalog = try TranslationCatalog.parse(text, language: "uk", file: "uk.po")
        #expect(catalog.entries.values.allSatisfy { $0.line >= 1 })
      } catch {
        refused += 1
        #expect(error.line >= 1 && error.line <= text.split(separator: "\n", omittingEmptySubsequences: false).count + 1)
      }
    }
    #expect(refused > 0, "the mutations do break catalogs")
  }

  /// The valid fixture with a French catalog, the catalog mutated: the
  /// loader reports located problems and never crashes.
  @Test func mutatedCatalogsNeverCrashTheLoader() {
    var rng = SplitMix64(seed: 0x91)
    let (seed, po) = TranslationCatalogTests.french()
    var files = seed
    files.append(ContentFile(relativePath: "i18n/fr.po", displayPath: "valid/i18n/fr.po", text: po))
    #expect(ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all).content != nil, "the seed loads")
    for _ in 0..<(Self.iterations * 3) {
      var mutated = files
      mutated[mutated.count - 1].text = Mutator.mutate(po, &rng)
      let loaded = ContentLoader.load(mutated, folderName: "valid", requiring: FrontEndStrings.all)
      for d in loaded.diagnostics { #expect(d.location.line >= 1 && d.location.column >= 1) }
    }
  }

  /// A hang is caught by the test's time limit (a watchdog, not a speed
  /// target: that is the benchmarks').
  @Test(.timeLimit(.minutes(10))) func mutatedContentNeverCrashesTheLoaderOrTheLinter() {
    var rng = SplitMix64(seed: 0xC0FFEE)
    let today = CivilDate(iso: "2026-11-27")!
    var rejected = 0
    for _ in 0..<Self.iterations {
      var files = Self.seeds
      let victim = Int.random(in: 0..<files.count, using: &rng)
      files[victim].text = Mutator.mutate(files[victim].text, &rng)
      let report = Linter.lint(files, folderName: "Content", today: today, requiring: FrontEndStrings.all)
      if report.errorCount > 0 {
        rejected += 1
        // Every problem is located in a real file and line.
        for d in report.diagnostics {
          #expect(d.location.line >= 1 && d.location.column >= 1)
          #expect(files.contains { $0.displayPath == d.location.file })
        }
      }
    }
    #expect(rejected > Self.iterations / 4, "the mutations do break content")
  }

  @Test func randomConditionsParseOrFailWithAnOffset() {
    var rng = SplitMix64(seed: 7)
    let tokens = ["a", "b.c", "and", "or", "not", "(", ")", " ", "&", "ü", "x_y", "((", "))", ""]
    for _ in 0..<(Self.iterations * 10) {
      let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in tokens.randomElement(using: &rng)! }.joined(separator: " ")
      do {
        let condition = try ConditionParser.parse(text)
        // What parses evaluates and prints back to an equivalent condition.
        let again = try ConditionParser.parse(condition.description)
        for facts in [Set<String>(), ["a"], ["a", "b.c"], ["x_y"]] {
          #expect(condition.evaluate(facts.contains) == again.evaluate(facts.contains), "\(text)")
        }
      } catch {
        #expect(error.offset >= 0 && error.offset <= text.count, "\(text)")
        #expect(!error.message.isEmpty)
      }
    }
  }

  @Test func randomAnswersGiveOnlyDocumentedErrors() {
    var rng = SplitMix64(seed: 42)
    let content = ContentLoader.load(Self.seeds, folderName: "Content", requiring: FrontEndStrings.all).content!
    let ids = content.questions.map(\.id) + ["", "x", "who ", "ü"]
    let options = content.questions.flatMap { $0.options.map(\.id) } + ["", "nope", "1", "yes,no"]
    for _ in 0..<(Self.iterations * 5) {
      // Files: valid-looking maps, lists, garbage.
      var text = ""
      for _ in 0..<Int.random(in: 0...10, using: &rng) {
        text += "\(ids.randomElement(using: &rng)!): \(Bool.random(using: &rng) ? options.randomElement(using: &rng)! : "[\(options.randomElement(using: &rng)!), \(options.randomElement(using: &rng)!)]")\n"
      }
      if Int.random(in: 0..<4, using: &rng) == 0 { text = Mutator.mutate(text, &rng) }
      do {
        let answers = try ScriptedAnswers.parseFile(text, name: "a.yaml")
        _ = try ScriptedAnswers.replay(answers, content: content, presetFacts: [], partial: Bool.random(using: &rng))
      } catch {
        #expect(!error.problems.isEmpty, "\(error)")
      }
    }
  }
}
