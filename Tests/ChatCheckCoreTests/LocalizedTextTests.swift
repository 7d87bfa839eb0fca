import ChatCheckCore
import Testing

/// A localized text keeps one entry per language in a short sorted list;
/// it must behave as the dictionary it replaced.
@Suite("Localized texts")
struct LocalizedTextTests {
  @Test func equalTextsAreEqualWhateverTheOrderTheyWereWrittenIn() {
    var first = LocalizedText(translations: ["en": "Call", "de": "Ruf an", "uk": "Дзвони"])
    var second = LocalizedText(translations: ["uk": "Дзвони"])
    second.translations["en"] = "Call"
    second.translations["de"] = "Ruf an"
    #expect(first == second)
    #expect(Set([first, second]).count == 1)
    first.translations["en"] = "Phone"
    #expect(first != second)
    #expect(first.translations == ["en": "Phone", "de": "Ruf an", "uk": "Дзвони"])
  }

  @Test func aRegionalLanguageFallsBackToItsLanguage() {
    let text = LocalizedText(translations: ["de": "Straße", "en": "street"])
    #expect(text.text("de") == "Straße")
    #expect(text.translation("de-CH") == nil)
    #expect(text.text("de-CH") == "Strasse", "Swiss spelling, from the German text")
    #expect(text.text("fr") == "", "a language the text lacks")
    #expect(LocalizedText(universal: "Take It Down").text("de-CH") == "Take It Down")
  }

  @Test func removingALanguageRemovesOnlyIt() {
    var text = LocalizedText(translations: ["de": "a", "en": "b", "fr": "c"])
    text.translations["en"] = nil
    #expect(text.translations == ["de": "a", "fr": "c"])
    #expect(text.translation("fr") == "c")
    #expect(text.translation("en") == nil)
  }
}
