import ChatCheckCore
import ChatCheckTestSupport
import ChatCheckUI
import Foundation
import Testing

/// The translation catalogs' template: every translatable text under a
/// context of its own, kept up to date with the content, readable by
/// gettext's tools; and the workflow a translator relies on, where a
/// changed English source marks its translation fuzzy.
@Suite("Translation template", .serialized)
struct TranslationTemplateTests {
  static let folder = Fixtures.packageRoot.appendingPathComponent("Content")
  static let templatePath = folder.appendingPathComponent("i18n/chatcheck.pot").path

  func loaded() -> LoadResult {
    ContentLoader.load(Fixtures.files(Self.folder, display: "Content"), folderName: "Content", requiring: FrontEndStrings.all)
  }

  @Test func everyTextHasAContextOfItsOwn() {
    let texts = loaded().texts
    #expect(texts.count > 2000, "the interview, the cards, the UI, the resources and the stories")
    #expect(TranslationTemplate.duplicateContexts(texts).isEmpty)
    #expect(texts.allSatisfy { !$0.text.text(TranslationTemplate.sourceLanguage).isEmpty })
    for kind in ["the text of question", "the title of card", "string 'ui.", "the name of resource", "story 'parent-talk', decision"] {
      #expect(texts.contains { $0.context.hasPrefix(kind) }, "\(kind)")
    }
  }

  /// Content/i18n/chatcheck.pot is what `lint --template` makes now: a
  /// text changed without running Content/i18n/update fails here.
  @Test func theTemplateInTheRepositoryMatchesTheContent() throws {
    let kept = try String(contentsOfFile: Self.templatePath, encoding: .utf8)
    #expect(kept == TranslationTemplate.pot(loaded().texts), "run Content/i18n/update")
    let run = try Binary.run(["lint", "--content", Self.folder.path, "--template"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("msgctxt \"the text of question 'who'\""))
  }

  /// Content with an error gives no template: the errors with their
  /// file and line, exit 65, nothing on standard output.
  @Test func brokenContentGivesNoTemplate() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("template-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("valid"), to: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    let questions = folder.appendingPathComponent("questions.yaml")
    let text = try String(contentsOf: questions, encoding: .utf8)
    try text.replacingOccurrences(of: "    text: {de: \"Was ist passiert?\", en: \"What happened?\"}", with: "    text: {de: \"Was ist passiert?\"}")
      .write(to: questions, atomically: true, encoding: .utf8)
    let run = try Binary.run(["lint", "--content", folder.path, "--template"])
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("questions.yaml:15:11: error: the text of question 'happened': missing translation for 'en'"), "\(run.stderr)")
    let valid = try Binary.run(["lint", "--content", Fixtures.root.appendingPathComponent("valid").path, "--template"])
    #expect(valid.status == 0, "\(valid.stderr)")
    #expect(valid.stdout.contains("msgctxt \"the text of question 'happened'\"\nmsgid \"What happened?\""))
  }

  @Test func quotesBackslashesAndNewlinesAreEscaped() {
    let text = SourceText(
      context: "a \"quoted\" context", text: LocalizedText(translations: ["en": "line 1\nline \\2\t\"3\"", "de": "x"]),
      location: SourceLocation(file: "f.yaml", line: 3, column: 1))
    let pot = TranslationTemplate.pot([text])
    #expect(pot.contains(#"msgctxt "a \"quoted\" context""#))
    #expect(pot.contains(#"msgid "line 1\nline \\2\t\"3\"""#))
    #expect(pot.contains("#: f.yaml:3\n"))
  }

  @Test(.needs(.msgfmt))
  func gettextReadsTheTemplate() throws {
    let msgfmt = try Tool.msgfmt.require()
    let run = try Binary.run(["--check", "--output-file=/dev/null", Self.templatePath], executable: msgfmt)
    #expect(run.status == 0, "\(run.stderr)")
  }

  /// A catalog with one translated text; its English source changes; the
  /// update (msgmerge, as Content/i18n/update runs it) marks it fuzzy and
  /// keeps the earlier source for the translator to compare.
  @Test(.needs(.msgmerge))
  func aChangedSourceMakesItsTranslationFuzzy() throws {
    let msgmerge = try Tool.msgmerge.require()
    let texts = Array(loaded().texts.prefix(3))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("po-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var catalog = TranslationTemplate.pot(texts).replacingOccurrences(of: "\"Content-Transfer-Encoding: 8bit\\n\"\n", with: "\"Content-Transfer-Encoding: 8bit\\n\"\n\"Language: fr\\n\"\n")
    let first = texts[0]
    let old = "msgctxt \(TranslationTemplateTests.quote(first.context))\nmsgid \(TranslationTemplateTests.quote(first.text.text("en")))\nmsgstr \"\""
    #expect(catalog.contains(old))
    catalog = catalog.replacingOccurrences(of: old, with: old.dropLast(2) + "\"la personne n'est connue qu'en ligne\"")
    let po = folder.appendingPathComponent("fr.po")
    try catalog.write(to: po, atomically: true, encoding: .utf8)
    var changed = texts
    changed[0].text = LocalizedText(translations: ["en": first.text.text("en") + " (changed)", "de": "x"])
    let pot = folder.appendingPathComponent("chatcheck.pot")
    try TranslationTemplate.pot(changed).write(to: pot, atomically: true, encoding: .utf8)
    let run = try Binary.run(["--quiet", "--update", "--backup=none", "--previous", po.path, pot.path], executable: msgmerge)
    #expect(run.status == 0, "\(run.stderr)")
    let merged = try String(contentsOf: po, encoding: .utf8)
    let entry = try #require(merged.components(separatedBy: "\n\n").first { $0.contains("msgctxt \(TranslationTemplateTests.quote(first.context))") })
    #expect(entry.contains("#, fuzzy"), "\(entry)")
    #expect(entry.contains("#| msgid"), "the earlier source is kept for comparison")
    #expect(entry.contains("la personne n'est connue qu'en ligne"))
  }

  static func quote(_ text: String) -> String { TranslationTemplate.quoted(text) }
}
