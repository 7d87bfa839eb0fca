import ChatCheckCore
import ChatCheckUI
import Testing
import ChatCheckTestSupport

/// No raw HTML reaches a handout or a graph (security review N16): content
/// URLs are strict, and each output format escapes what it cannot trust.
@Suite("Safe output")
struct SafeOutputTests {
  static let attack = "https://polizei.example/> <img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">x</a> <"

  @Test func urlsHoldOnlyTheCharactersOfRFC3986() {
    #expect(SafeURL.isSafe("https://www.befrienders.org"))
    #expect(SafeURL.isSafe("https://hilfe-info.de/WebS/a_b.html?x=1&y=%20#top"))
    for bad in [Self.attack, "https://a.example/x y", "https://a.example/\"", "https://a.example/'", "https://a.example/`",
                "https://a.example/\\", "https://a.example/{}", "https://a.example/ä", "https://", "https:///path", "javascript:alert(1)"] {
      #expect(!SafeURL.isSafe(bad), "\(bad)")
    }
    #expect(SafeURL.problem("https://a.example/x y").hasPrefix("has a space at character 20"))
  }

  @Test func theLoaderRefusesAnUnsafeURLWhereItIs() {
    var files = Fixtures.replacing(
      "channels: [{kind: web, value: https://www.befrienders.org}]",
      with: "channels: [{kind: web, value: '\(Self.attack.replacingOccurrences("'", "''"))'}]",
      in: "resources/INT.yaml", Fixtures.validFiles())
    files = Fixtures.replacing(
      "    source: https://www.befrienders.org", with: "    source: \"https://www.befrienders.org/a b\"", in: "resources/INT.yaml", files)
    let messages = ContentLoader.load(files, folderName: "Content", requiring: FrontEndStrings.all).diagnostics.map(\.description)
    #expect(messages.contains { $0.contains("INT.yaml:14:") && $0.contains("the web URL has '>' at character 25") })
    #expect(messages.contains { $0.contains("INT.yaml:16:") && $0.contains("source has a space") })
  }

  @Test func markdownNeverWritesAnUnsafeValueAsALink() throws {
    let content = Fixtures.valid()
    var result = AdviceComposer.compose(
      content: content, facts: ["user.distress", "images.exist"], answers: [], language: "en", region: "DE")
    let index = try #require(result.cards.firstIndex { !$0.resources.isEmpty && !$0.resources[0].channels.isEmpty })
    result.cards[index].resources[0].channels[0] = Channel(kind: .web, value: Self.attack)
    let md = ResultMarkdown.render(result, content: content)
    // Every "<" is escaped: none opens a tag.
    #expect(!md.contains(" <img") && !md.contains(" <a ") && !md.contains("<https://polizei"))
    #expect(md.contains("\\<img src=x onerror=alert(1)\\>"), "shown as text")
  }

  @Test func mermaidLabelsCarryNoMarkup() {
    let files = Fixtures.replacing(
      "text: {de: \"Wie hat der Kontakt angefangen?\", en: \"How did the contact start?\"}",
      with: "text: {de: \"Wie hat der Kontakt angefangen?\", en: \"<img src=x onerror=alert(1)> & 'x' #1\"}",
      in: "questions.yaml", Fixtures.validFiles())
    let loaded = ContentLoader.load(files, folderName: "Content", requiring: FrontEndStrings.all)
    guard let content = loaded.content else {
      Issue.record("\(loaded.diagnostics)")
      return
    }
    let mermaid = GraphRenderer.render(content, format: .mermaid, language: "en")
    #expect(!mermaid.contains("<img"))
    #expect(mermaid.contains("#lt;img src=x onerror=alert(1)#gt; #amp; #39;x#39; #35;1"))
    let dot = GraphRenderer.render(content, format: .dot, language: "en")
    #expect(dot.contains("\"contact\\n<img src=x onerror=alert(1)> & 'x' #1\""), "DOT labels are quoted strings, not HTML")
  }
}
