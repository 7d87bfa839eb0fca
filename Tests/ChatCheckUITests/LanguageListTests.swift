import ChatCheckCore
import ChatCheckTestSupport
import ChatCheckUI
import Testing

/// F3 with eight languages: a list, each language in its own name; a
/// start holds only its own language and reads the rest when one is
/// picked, keeping the answers; and a translation not yet checked by a
/// counsellor says so on the welcome screen.
@Suite("The language list")
struct LanguageListTests {
  static let shipped = Fixtures.shipped()
  static let archive = shipped.archived()

  /// A session as a start makes it: only `language` decoded, the rest on
  /// demand.
  static func session(_ language: String = "de", size: Size = Size(columns: 80, rows: 24)) throws -> AppState {
    let content = try Content.unarchived(archive, languages: [language])
    var state = AppState(content: content, language: language, region: "DE", size: size)
    let archive = Self.archive
    state.allLanguages = { try? Content.unarchived(archive) }
    return state
  }

  @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)])
  func f3ListsEveryLanguageInItsOwnName(size: Size) throws {
    var state = try Self.session(size: size)
    #expect(state.content.loadedLanguages == ["de"])
    if size.columns >= 80 { #expect(AppView.render(state).lines.last!.contains("F3 Sprache/Language")) }
    press(&state, [.function(3)])
    #expect(state.overlay == .languages(highlight: 0))
    let text = AppView.render(state).text
    for (number, name) in ["Deutsch", "English", "Français", "Italiano", "Türkçe", "Українська", "Русский", "Polski"].enumerated() {
      #expect(text.contains("\(number + 1) \(name)"), "\(name) at \(size)")
    }
    #expect(text.contains("Sprache/Language"))
  }

  @Test func aNumberPicksALanguageAndReadsItsTexts() throws {
    var state = try Self.session()
    press(&state, [.function(3), .character("5")])
    #expect(state.overlay == nil)
    #expect(state.language == "tr")
    #expect(state.content.loadedLanguages.contains("tr"))
    let text = AppView.render(state).text
    #expect(text.contains(Self.shipped.string("ui.welcome.tagline", "tr")))
    let note = Self.shipped.string("ui.unreviewed", "tr")
    #expect(text.contains(String(note.prefix(20))), "the unchecked-translation line, in Turkish")
    #expect(AppView.render(state).lines.last!.contains("F3 Dil/Language"))
  }

  @Test func arrowsAndEnterPickEscapeKeepsTheLanguage() throws {
    var state = try Self.session("en")
    press(&state, [.function(3), .down, .down, .enter])
    #expect(state.language == "it")
    press(&state, [.function(3), .up, .escape])
    #expect(state.language == "it")
    #expect(state.overlay == nil)
  }

  @Test func aClickOnALanguagePicksIt() throws {
    var state = try Self.session()
    press(&state, [.function(3)])
    _ = click(&state, on: "7 Русский")
    #expect(state.language == "ru")
  }

  /// Changing language mid-check keeps every answer; the question on
  /// screen is now in the new language.
  @Test func switchingMidCheckKeepsTheAnswers() throws {
    var state = try Self.session()
    press(&state, [.enter])
    press(&state, [.character("1"), .enter])
    let answered = state.interview.answers
    #expect(answered.count == 1)
    let question = try #require(state.shownQuestion)
    #expect(question.text.text("uk").isEmpty, "a start holds only its own language")
    press(&state, [.function(3), .character("6")])
    #expect(state.language == "uk")
    #expect(state.interview.answers == answered)
    let shown = try #require(state.shownQuestion)
    #expect(shown.id == question.id)
    let ukrainian = shown.text.text("uk")
    #expect(!ukrainian.isEmpty)
    #expect(AppView.render(state).text.contains(String(ukrainian.prefix(20))))
  }

  /// "Yes" in a confirmation is also the first letter of the language's
  /// own word: o (oui), д (да), e (evet); y always works.
  @Test(arguments: [("fr", "o"), ("ru", "д"), ("tr", "e"), ("de", "j"), ("pl", "y")])
  func yesIsTheLanguagesOwnLetter(language: String, key: String) throws {
    var state = try Self.session(language)
    press(&state, [.enter, .character("q")])
    #expect(state.confirming == .quit)
    let effects = state.update(.key(.character(Character(key))))
    #expect(effects.contains(.quit), "\(language): \(key)")
  }

  /// The names flow in rows: → and ← step through them like ↓ and ↑.
  @Test func sideArrowsStepThroughTheList() throws {
    var state = try Self.session()
    press(&state, [.function(3), .right, .right])
    #expect(state.overlay == .languages(highlight: 2))
    press(&state, [.left, .enter])
    #expect(state.language == "en")
  }

  /// After a kiosk's wipe, the next visitor can still pick any language.
  @Test func aKioskAfterItsWipeStillOffersEveryLanguage() throws {
    let content = try Content.unarchived(Self.archive, languages: ["de"])
    var state = AppState(
      content: content, kiosk: KioskSettings(idleTimeout: 10, countdown: 5, pin: nil, local: nil),
      language: "de", region: "DE", size: Size(columns: 80, rows: 24))
    let archive = Self.archive
    state.allLanguages = { try? Content.unarchived(archive) }
    _ = state.update(.tick(100))
    press(&state, [.enter, .character("1"), .enter])
    _ = state.update(.key(.function(12)))
    #expect(state.page == .welcome && state.interview.answers.isEmpty, "wiped")
    press(&state, [.function(3), .character("5")])
    #expect(state.language == "tr")
    #expect(state.content.loadedLanguages.contains("tr"))
  }

  /// A "yes" whose other case is two letters never breaks the box.
  @Test func aYesWordStartingWithSharpSIsSafe() {
    let files = Fixtures.files(Fixtures.root.appendingPathComponent("screens"), display: "screens").map { file -> ContentFile in
      guard file.relativePath == "ui.yaml" else { return file }
      var copy = file
      copy.text = file.text.replacingOccurrences(of: "ui.yes: {de: \"Ja\", en: \"Yes\"}", with: "ui.yes: {de: \"ßja\", en: \"ﬁne\"}")
      return copy
    }
    let content = Fixtures.load(files, folder: "screens")
    for language in ["de", "en"] {
      var state = UIFixtures.state(content, language: language)
      press(&state, [.enter, .character("q")])
      #expect(state.confirming == .quit)
      #expect(state.yesKeys.contains(language == "de" ? "ß" : "ﬁ"))
      press(&state, [.character("x")])
      #expect(state.confirming == nil, "any other key is no")
    }
  }

  /// Two languages keep F3 a switch (the fixture): no list to open.
  @Test func twoLanguagesStaySwitched() {
    var state = UIFixtures.state(language: "de")
    press(&state, [.function(3)])
    #expect(state.overlay == nil)
    #expect(state.language == "en")
  }
}
