import ChatCheckCore
import ChatCheckTestSupport
import Foundation
import Testing

/// Eight languages from the built-in content: `--lang` takes each, the
/// locale picks the language and the country, and a translation not yet
/// checked by a counsellor says so, in its own language, in every output.
@Suite("Languages")
struct LanguageTests {
  static let answers = [
    "answer", "--answer", "who=me", "--answer", "age_self=minor", "--answer", "feeling_self=coping",
    "--answer", "contact=stranger", "--answer", "pictures=yes_or_unsure", "--answer", "threat=threatens",
    "--answer", "demand=money", "--answer", "happened=neither",
  ]
  static let content = Fixtures.shipped()

  @Test(arguments: ["de", "en", "fr", "it", "tr", "uk", "ru", "pl"])
  func everyLanguageAnswersInItsOwnWords(language: String) throws {
    let run = try Binary.run(Self.answers + ["--lang", language, "--region", "CH"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix(Self.content.string("result.title", language)))
    // The text output has plain spaces where the screen holds words together.
    let note = Self.content.string("result.unreviewed", language).replacingOccurrences(of: "\u{00A0}", with: " ")
    #expect(run.stdout.replacingOccurrences(of: "\n", with: " ").contains(note) == Self.content.languageInfo.unreviewed.contains(language))
    let markdown = try Binary.run(Self.answers + ["--lang", language, "--region", "CH", "--format", "markdown"])
    #expect(markdown.status == 0)
    #expect(markdown.stdout.contains(Self.content.string("result.unreviewed", language)) == Self.content.languageInfo.unreviewed.contains(language), "the handout says it too")
    #expect(!run.stdout.contains("{"), "every placeholder is filled")
  }

  /// `fr_CH` is French in Switzerland, `tr_DE` Turkish in Germany, `uk_UA`
  /// Ukrainian with the international lines (no Ukrainian region here).
  @Test(arguments: [
    ("fr_CH.UTF-8", "fr", "CH"), ("tr_DE.UTF-8", "tr", "DE"), ("uk_UA.UTF-8", "uk", "INT"),
    ("it_CH.UTF-8", "it", "CH"), ("pl_PL.UTF-8", "pl", "INT"), ("es_ES.UTF-8", "en", "INT"), ("C.UTF-8", "en", "INT"),
  ])
  func theLocaleChoosesLanguageAndCountry(locale: String, language: String, region: String) throws {
    let run = try Binary.run(Self.answers + ["--format", "json"], environment: ["LANG": locale])
    #expect(run.status == 0, "\(run.stderr)")
    let object = try Binary.json(run.stdout)
    #expect(object["language"] as? String == language)
    #expect(object["region"] as? String == region)
  }

  /// All eight languages pass lint --strict: every text in each, no
  /// catalog behind its source.
  @Test func allEightLanguagesPassStrictLint() throws {
    let run = try Binary.run(["lint", "--strict"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("; 8 languages, 6 of them from translation catalogs, every text in each"), "\(run.stdout)")
    #expect(!run.stderr.contains(".po:"), "no catalog warning")
  }

  @Test func anUnknownLanguageNamesAllEight() throws {
    let run = try Binary.run(Self.answers + ["--lang", "xx"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("unsupported language 'xx'; use one of: de, en, fr, it, tr, uk, ru, pl"))
  }

  /// Plain mode says it before the first question.
  @Test func plainModeSaysATranslationIsNotYetChecked() throws {
    let run = try Binary.run(["--plain", "--lang", "uk", "--region", "DE"], stdin: "")
    #expect(run.stdout.contains(Self.content.string("result.unreviewed", "uk")), "\(run.stdout)")
    let german = try Binary.run(["--plain", "--lang", "de", "--region", "DE"], stdin: "")
    #expect(!german.stdout.contains(Self.content.string("result.unreviewed", "de")))
  }

  /// The whole workflow a translator meets: a changed English text makes
  /// lint fail (the catalogs are behind it); Content/i18n/update's merge
  /// marks each translation fuzzy; lint still fails, naming the fuzzy
  /// entry in every catalog, until it is translated again.
  @Test(.needs(.msgmerge))
  func aChangedSourceMakesLintFailUntilTranslatedAgain() throws {
    let msgmerge = try Tool.msgmerge.require()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("i18n-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("Content"), to: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    let ui = folder.appendingPathComponent("ui.yaml")
    let text = try String(contentsOf: ui, encoding: .utf8)
    let old = "en: \"Your next steps\""
    #expect(text.contains(old))
    try text.replacingOccurrences(of: old, with: "en: \"Your next steps, in order\"").write(to: ui, atomically: true, encoding: .utf8)

    let behind = try Binary.run(["lint", "--content", folder.path])
    #expect(behind.status == 65)
    #expect(behind.stderr.contains("/i18n/fr.po:"), "\(behind.stderr)")
    #expect(behind.stderr.contains("error: string 'result.title': translated from an older 'en' text; run Content/i18n/update"))

    let template = try Binary.run(["lint", "--content", folder.path, "--template"])
    #expect(template.status == 0, "the template is made while the catalogs are behind: \(template.stderr)")
    let pot = folder.appendingPathComponent("i18n/chatcheck.pot")
    try template.stdout.write(to: pot, atomically: true, encoding: .utf8)
    for language in Self.content.languageInfo.translated {
      let merge = try Binary.run(
        ["--quiet", "--update", "--backup=none", "--previous", folder.appendingPathComponent("i18n/\(language).po").path, pot.path],
        executable: msgmerge)
      #expect(merge.status == 0, "\(merge.stderr)")
    }
    let fuzzy = try Binary.run(["lint", "--content", folder.path])
    #expect(fuzzy.status == 65)
    for language in Self.content.languageInfo.translated {
      #expect(fuzzy.stderr.contains("/i18n/\(language).po:"), "\(language)")
      #expect(fuzzy.stderr.contains("error: string 'result.title': the '\(language)' translation is marked fuzzy"), "\(language): \(fuzzy.stderr)")
    }
  }
}
