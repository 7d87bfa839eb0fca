import ChatCheckCore
import ChatCheckTestSupport
import ChatCheckUI
import Testing

/// The translation catalogs: the PO reader, the tokens a translation
/// keeps, and the loader taking a language's texts from its catalog with
/// every check a translation must pass.
@Suite("Translation catalogs")
struct TranslationCatalogTests {
  // MARK: - Reading a catalog

  @Test func readsContextsSourcesTranslationsAndFuzzyFlags() throws {
    let po = """
      # a comment
      msgid ""
      msgstr ""
      "Language: fr\\n"

      #: Content/ui.yaml:3
      msgctxt "string 'result.title'"
      msgid "Your next steps"
      msgstr "Tes prochaines étapes"

      #, fuzzy
      #| msgid "Call"
      msgctxt "string 'channel.call'"
      msgid ""
      "Call "
      "now"
      msgstr "Appel\\n\\"vite\\"\\t\\\\"

      #~ msgctxt "gone"
      #~ msgid "Gone"
      #~ msgstr "Parti"
      """
    let catalog = try TranslationCatalog.parse(po, language: "fr", file: "fr.po")
    #expect(catalog.entries.count == 2, "the header and the obsolete entry are skipped")
    let title = try #require(catalog.entries["string 'result.title'"])
    #expect(title.source == "Your next steps")
    #expect(title.translation == "Tes prochaines étapes")
    #expect(!title.fuzzy)
    #expect(title.line == 7)
    let call = try #require(catalog.entries["string 'channel.call'"])
    #expect(call.fuzzy)
    #expect(call.source == "Call now")
    #expect(call.translation == "Appel\n\"vite\"\t\\")
    #expect(call.line == 13)
  }

  @Test(arguments: [
    ("msgctxt \"a\"\nmsgid \"b\"\nmsgstr \"c\nd\"\n", 3, "expected a string in double quotes"),
    ("msgctxt \"a\"\nmsgid \"b\"\nmsgstr \"c\"\n\nmsgctxt \"a\"\nmsgid \"b\"\nmsgstr \"d\"\n", 5, "msgctxt \"a\" is given twice"),
    ("msgctxt \"a\"\nmsgid \"b\"\n", 1, "an entry without its msgstr"),
    ("msgctxt \"a\"\nmsgid \"b\"\nmsgid_plural \"bs\"\n", 3, "plural forms are not used"),
    ("msgid \"a\"\nmsgstr \"b \\q\"\n", 2, "unknown escape '\\q'"),
    ("hello\n", 1, "expected msgctxt, msgid, msgstr"),
  ])
  func aBrokenCatalogNamesItsLine(text: String, line: Int, message: String) {
    #expect {
      _ = try TranslationCatalog.parse(text, language: "fr", file: "fr.po")
    } throws: { error in
      guard let error = error as? TranslationCatalog.SyntaxError else { return false }
      return error.line == line && error.message.contains(message)
    }
  }

  /// A character that joins a quote, a backslash or a hash (a combining
  /// mark after it) is read as the one character it is, not as syntax: a
  /// line holding one is read as Characters, every other line as bytes.
  @Test func charactersThatJoinTheSyntaxAreNotSyntax() throws {
    let head = "msgctxt \"c\"\nmsgid \"s\"\n"
    // A combining acute after a backslash: one character, kept as text.
    let kept = try TranslationCatalog.parse(head + "msgstr \"a\\\u{301}é\"\n", language: "fr", file: "fr.po")
    let joined = "a\\\u{301}é"
    #expect(kept.entries["c"]?.translation == joined)
    // After the quote that would open a continued string: not a string.
    #expect {
      _ = try TranslationCatalog.parse(head + "msgstr \"e\"\n\"\u{301}x\"\n", language: "fr", file: "fr.po")
    } throws: { error in
      (error as? TranslationCatalog.SyntaxError).map { $0.line == 4 && $0.message.hasPrefix("expected msgctxt") } ?? false
    }
    // After the hash that would start a comment: not a comment.
    #expect(throws: TranslationCatalog.SyntaxError.self) {
      _ = try TranslationCatalog.parse("#\u{301} note\n" + head + "msgstr \"e\"\n", language: "fr", file: "fr.po")
    }
    // Plain letters of every shipped script read as bytes, unchanged.
    let plain = try TranslationCatalog.parse(head + "msgstr \"Ünïcödé «ß» Україна – 5 €\\n\"\n", language: "uk", file: "uk.po")
    #expect(plain.entries["c"]?.translation == "Ünïcödé «ß» Україна – 5 €\n")
  }

  // MARK: - What a translation keeps

  @Test func numbersAddressesAndPlaceholdersAreKept() {
    #expect(KeptTokens.tokens("Call 0800 111 0 333 or https://www.147.ch/chat. Mail: beratung@147.ch, {region} {line:crisis}")
      == ["08001110333", "https://www.147.ch/chat", "beratung@147.ch", "{region}", "{line:crisis}"])
    // Ages and two-digit numbers are not phone numbers; 112 is.
    #expect(KeptTokens.tokens("Under 18? Call 112.") == ["112"])
    #expect(KeptTokens.dropped(from: "Call 116 111 or 147.", in: "Appelle le 116111 ou le 147.").isEmpty, "spacing may change")
    #expect(KeptTokens.dropped(from: "Now another 1,000.", in: "Encore 1\u{00A0}000.").isEmpty, "thousands written the language's way")
    #expect(KeptTokens.dropped(from: "Call 116 111 or 147.", in: "Appelle le 116 111.") == ["147"])
    #expect(KeptTokens.dropped(from: "See {n} and https://a.example/x", in: "Voir {m} et https://a.example/y")
      == ["{n}", "https://a.example/x"])
  }

  // MARK: - The loader with a catalog

  /// The valid fixture with its manifest edited by `edit`.
  static func validFiles(manifest edit: (String) -> String) -> [ContentFile] {
    Fixtures.validFiles().map { file -> ContentFile in
      guard file.relativePath == "chatcheck.yaml" else { return file }
      var copy = file
      copy.text = edit(file.text)
      return copy
    }
  }

  /// The valid fixture with French translated from a catalog, and that
  /// catalog: every text is the English one behind "FR ".
  static func french() -> (files: [ContentFile], catalog: String) {
    let files = validFiles {
      $0.replacingOccurrences(of: "languages: [de, en]\n", with: "languages: [de, en, fr]\ntranslated_languages: [fr]\nunreviewed_languages: [fr]\n")
        .replacingOccurrences(of: "language_names: {de: \"Deutsch\", en: \"English\"}", with: "language_names: {de: \"Deutsch\", en: \"English\", fr: \"Français\"}")
    }
    var po = "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n"
    for text in ContentLoader.load(Fixtures.validFiles(), folderName: "valid", requiring: FrontEndStrings.all).texts {
      let english = text.text.text("en")
      po += "\nmsgctxt \(quote(text.context))\nmsgid \(quote(english))\nmsgstr \(quote("FR " + english))\n"
    }
    return (files, po)
  }

  /// `french()` loaded, its catalog edited by `edit` (or left out).
  static func load(catalog edit: (String) -> String = { $0 }, withCatalog: Bool = true) -> LoadResult {
    let (seed, po) = french()
    var files = seed
    if withCatalog {
      files.append(ContentFile(relativePath: "i18n/fr.po", displayPath: "valid/i18n/fr.po", text: edit(po)))
    }
    return ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all)
  }

  static func quote(_ text: String) -> String { TranslationTemplate.quoted(text) }

  @Test func aCompleteCatalogGivesTheLanguageEveryText() throws {
    let loaded = Self.load()
    let content = try #require(loaded.content, "\(loaded.errors)")
    #expect(content.languages == ["de", "en", "fr"])
    #expect(content.languageInfo.translated == ["fr"])
    #expect(content.languageInfo.unreviewed == ["fr"])
    #expect(content.languageInfo.name("fr") == "Français")
    #expect(content.string("result.title", "fr") == "FR " + content.string("result.title", "en"))
    let question = try #require(content.question(content.start))
    #expect(question.text.text("fr") == "FR " + question.text.text("en"))
    #expect(loaded.diagnostics.filter { $0.location.file.hasSuffix("fr.po") }.isEmpty)
  }

  @Test func aMissingCatalogIsAnError() {
    let loaded = Self.load(withCatalog: false)
    #expect(loaded.content == nil)
    #expect(loaded.errors.map(\.description).contains {
      $0.hasPrefix("valid/i18n/fr.po:1:1: error: the file is missing ('fr' is one of the translated_languages)")
    })
  }

  @Test func aMissingTranslationIsAnError() {
    let loaded = Self.load { $0.replacingOccurrences(of: "msgstr \"FR What happened?\"", with: "msgstr \"\"") }
    #expect(loaded.content == nil)
    #expect(loaded.errors.contains {
      $0.location.file == "valid/i18n/fr.po" && $0.message == "the text of question 'happened': no 'fr' translation in valid/i18n/fr.po; run Content/i18n/update, then translate it"
    }, "\(loaded.errors)")
  }

  /// An entry gone from the catalog is reported at the text in the YAML.
  @Test func anEntryMissingFromTheCatalogPointsAtItsText() {
    let loaded = Self.load { $0.replacingOccurrences(of: "msgctxt \"the text of question 'happened'\"", with: "msgctxt \"gone\"") }
    #expect(loaded.errors.contains {
      $0.location.file == "valid/questions.yaml" && $0.location.line > 1
        && $0.message.hasPrefix("the text of question 'happened': no 'fr' translation")
    }, "\(loaded.errors)")
  }

  /// Windows line endings and a byte-order mark read the same.
  @Test func aCatalogWithWindowsLineEndingsReadsTheSame() throws {
    let po = "\u{FEFF}msgctxt \"a\"\r\nmsgid \"Call 147\"\r\nmsgstr \"Appelle le 147\"\r\n\r\nmsgctxt \"b\"\r\nmsgid \"x\"\r\nmsgstr \"y\"\r\n"
    let catalog = try TranslationCatalog.parse(po, language: "fr", file: "fr.po")
    #expect(catalog.entries["a"]?.translation == "Appelle le 147")
    #expect(catalog.entries["b"]?.line == 5)
  }

  /// Without catalogs (the template), content whose every language is
  /// translated has no source language: an error, not a crash.
  @Test func aTemplateOfContentWithNoSourceLanguageIsAnError() {
    let files = Self.validFiles { $0.replacingOccurrences(of: "languages: [de, en]\ndefault_language: en\n", with: "languages: [fr]\ndefault_language: fr\ntranslated_languages: [fr]\n") }
    let loaded = ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all, catalogs: false)
    #expect(loaded.content == nil)
    #expect(loaded.errors.contains { $0.message.contains("translated languages need 'en'") })
  }

  @Test func aFuzzyTranslationIsAnError() {
    let context = "msgctxt \"the text of question 'happened'\""
    let loaded = Self.load { $0.replacingOccurrences(of: context, with: "#, fuzzy\n" + context) }
    #expect(loaded.content == nil)
    #expect(loaded.errors.contains { $0.message.hasPrefix("the text of question 'happened': the 'fr' translation is marked fuzzy") })
  }

  @Test func aTranslationOfAnOlderSourceIsAnError() {
    let loaded = Self.load { $0.replacingOccurrences(of: "msgid \"What happened?\"", with: "msgid \"What happened then?\"") }
    #expect(loaded.content == nil)
    #expect(loaded.errors.contains { $0.message.hasPrefix("the text of question 'happened': translated from an older 'en' text") })
  }

  @Test func aTranslationThatDropsANumberIsAnError() throws {
    // The first text with a phone number, translated without it.
    let texts = ContentLoader.load(Fixtures.validFiles(), folderName: "valid", requiring: FrontEndStrings.all).texts
    let numbered = try #require(texts.first { !KeptTokens.tokens($0.text.text("en")).isEmpty })
    let english = numbered.text.text("en")
    let loaded = Self.load { $0.replacingOccurrences(of: "msgstr \(Self.quote("FR " + english))", with: "msgstr \"FR sans numéro\"") }
    #expect(loaded.content == nil)
    #expect(loaded.errors.contains {
      $0.message.hasPrefix("\(numbered.context): the 'fr' translation drops '\(KeptTokens.tokens(english)[0])'")
    }, "\(loaded.errors)")
  }

  @Test func aControlCharacterInATranslationIsAnError() {
    let loaded = Self.load { $0.replacingOccurrences(of: "msgstr \"FR What happened?\"", with: "msgstr \"FR What\u{202E} happened?\"") }
    #expect(loaded.errors.contains { $0.message.contains("the 'fr' translation contains the invisible or control character U+202E") })
  }

  @Test func aTranslatedLanguageMustBeOfferedAndNotTheSource() {
    let files = Self.validFiles { $0.replacingOccurrences(of: "languages: [de, en]\n", with: "languages: [de, en]\ntranslated_languages: [en, fr]\n") }
    let loaded = ContentLoader.load(files, folderName: "valid", requiring: FrontEndStrings.all)
    let messages = loaded.errors.map(\.message)
    #expect(messages.contains("'en' cannot be translated from a catalog: catalogs are translated from it"))
    #expect(messages.contains("translated language 'fr' is not one of the languages (de, en)"))
  }

  /// A start decodes one language: the archive read for French has the
  /// French texts and no others, and says so.
  @Test func theArchiveReadsOnlyTheLanguageAsked() throws {
    let content = try #require(Self.load().content)
    let archive = content.archived()
    #expect(try Content.archivedLanguages(archive) == (["de", "en", "fr"], "en"))
    let french = try Content.unarchived(archive, languages: ["fr"])
    #expect(french.languages == ["de", "en", "fr"])
    #expect(french.loadedLanguages == ["fr"])
    #expect(french.string("result.title", "fr") == content.string("result.title", "fr"))
    #expect(french.string("result.title", "de").isEmpty)
    #expect(french.languageInfo == content.languageInfo)
    #expect(try Content.unarchived(archive) == content)
  }
}
