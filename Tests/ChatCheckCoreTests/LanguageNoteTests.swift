import ChatCheckCore
import ChatCheckUI
import Testing
import ChatCheckTestSupport

/// A help line that does not answer in the reader's language says so in
/// its one details line, in the reader's words.
@Suite("Language of a help line")
struct LanguageNoteTests {
  static let content = Fixtures.shipped()

  static func text(_ language: String, _ region: String) -> String {
    let result = AdviceComposer.compose(
      content: content, facts: ["user.distress", "images.exist", "threat.publish"], answers: [], language: language, region: region)
    return ResultText.render(result, content: content, width: nil)
  }

  @Test func englishReaderInGermanyIsToldTheLineAnswersInGerman() {
    let text = Self.text("en", "DE")
    let line = text.split(separator: "\n").first { $0.contains("24/7") && $0.contains("German only") }
    #expect(line != nil, "TelefonSeelsorge's details line")
    #expect(!Self.text("de", "DE").contains("nur Deutsch"), "a German reader needs no note in Germany")
  }

  @Test func germanReaderInBritainIsToldTheLineAnswersInEnglish() {
    #expect(Self.text("de", "GB").contains("nur Englisch"))
    #expect(!Self.text("en", "GB").contains(" only ·") && !Self.text("en", "GB").contains("English only"))
  }

  @Test func aLineThatAnswersInTheReadersLanguageHasNoNote() throws {
    let swiss = try #require(Self.content.regions["CH"])
    let multilingual = try #require(swiss.resources.first { $0.languages.contains("fr") && $0.languages.contains("de") })
    #expect(ResourceListing.languageNote(multilingual, "de-CH", Self.content) == nil)
    #expect(ResourceListing.languageNote(multilingual, "en", Self.content) == "German, French, Italian only")
    var unknown = multilingual
    unknown.languages = []
    #expect(ResourceListing.languageNote(unknown, "en", Self.content) == nil, "unknown languages are not guessed")
  }

  @Test func aLanguageWithoutANameIsALoaderErrorWhereItIsUsed() {
    let files = Fixtures.replacing(
      "name: {de: Deutschland, en: Germany}\n", with: "name: {de: Deutschland, en: Germany}\nlanguages: [de, xx]\n",
      in: "resources/DE.yaml", Fixtures.validFiles())
    let messages = ContentLoader.load(files, folderName: "Content", requiring: FrontEndStrings.all).diagnostics.map(\.description)
    #expect(messages.contains { $0.contains("DE.yaml:") && $0.contains("language 'xx' has no name") && $0.contains("language.xx") })
    #expect(messages.contains { $0.contains("string 'result.speaks' is missing") })
  }
}
