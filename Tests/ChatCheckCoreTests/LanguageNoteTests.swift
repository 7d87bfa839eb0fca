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
    let multilingual = try #require(swiss.resources.first {
      $0.languages.contains("fr") && $0.languages.contains("de") && !ResourceListing.isEmergency($0)
    })
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

  /// An emergency number never says "German only": a person in danger
  /// calls it whatever language they speak (a reviewer's harmful finding).
  @Test(arguments: ["en", "fr", "tr", "uk"])
  func emergencyNumbersNeverSayGermanOnly(language: String) throws {
    let emergency = try #require(Self.content.regions["DE"]?.resources.first { ResourceListing.isEmergency($0) })
    #expect(emergency.languages == ["de"], "the data still says German")
    #expect(ResourceListing.languageNote(emergency, language, Self.content) == nil)
    let result = AdviceComposer.compose(
      content: Self.content, facts: ["danger.immediate", "user.distress", "victim.minor"], answers: [], language: language, region: "DE")
    let document = ResultDocument(result, content: Self.content)
    let only = Self.content.string("result.speaks", language).replacingPlaceholder("languages", Self.content.string("language.de", language))
    #expect(document.emergency.map { !$0.contains(only) } == true)
    // A crisis line that speaks only German still says so: the reader
    // can pick another, or call the emergency number.
    #expect(document.cards.contains { $0.help.contains { $0.languages == only } } == (language != "de"))
  }

  /// No talk line shown states the reader's language: the result says so,
  /// and names the region's line that does, its number kept whole.
  @Test func aReaderWhoseLanguageNoLineStatesIsTold() throws {
    let result = AdviceComposer.compose(
      content: Self.content, facts: ["user.distress", "images.exist", "threat.publish"], answers: [], language: "pl", region: "DE")
    let note = try #require(ResultDocument(result, content: Self.content).languageNote)
    #expect(note.hasPrefix("Polski: "))
    #expect(note.contains("Hilfetelefon) 116\u{00A0}016"), "\(note)")
    let german = AdviceComposer.compose(
      content: Self.content, facts: ["user.distress", "images.exist", "threat.publish"], answers: [], language: "de", region: "DE")
    #expect(ResultDocument(german, content: Self.content).languageNote == nil)
    let international = AdviceComposer.compose(
      content: Self.content, facts: ["user.distress", "images.exist", "threat.publish"], answers: [], language: "pl", region: "INT")
    #expect(ResultDocument(international, content: Self.content).languageNote == nil, "lines of unknown languages count as neither")
  }
}
