import ArgumentParser
import ChatCheckCore

/// Options every command takes.
struct CommonOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Language: de, en, fr, it, tr, uk, ru or pl. Default: the language of LC_ALL, LC_MESSAGES or LANG when there is one, else en.", valueName: "CODE"))
  var lang: String?

  @Option(name: .long, help: ArgumentHelp("Region for helplines: DE, AT, CH, GB, US or INT. Default: the locale's country, else the content's fallback (INT).", valueName: "CODE"))
  var region: String?

  @Option(name: .long, help: ArgumentHelp("Use the content in DIR instead of the built-in content.", valueName: "DIR"))
  var content: String?

  @Flag(name: .long, help: "No colour (also: a non-empty NO_COLOR).")
  var noColor = false

  /// Loads the content and settles language and region, or throws the
  /// documented error.
  func session() throws(ChatCheckError) -> SessionSettings {
    let environment = Environment.variables
    let requested = lang
    let (content, language) = try ContentSource.load(folder: self.content) { languages, defaultLanguage throws(ChatCheckError) in
      guard let requested else {
        return LocaleDefaults.language(environment, supported: languages, fallback: defaultLanguage)
      }
      guard languages.contains(requested.lowercased()) else {
        throw ChatCheckError(.usage, "unsupported language '\(TerminalText.escape(requested))'; use one of: \(languages.joined(separator: ", "))")
      }
      return requested.lowercased()
    }
    let regionCode: String
    var regionGuessed = false
    if let region {
      regionCode = region.uppercased()
      guard content.regionCodes.contains(regionCode) else {
        throw ChatCheckError(.usage, "unsupported region '\(region)'; use one of: \(content.regionCodes.joined(separator: ", "))")
      }
    } else {
      let guess = LocaleDefaults.region(environment, supported: content.regionCodes)
      regionCode = guess ?? content.fallbackRegion
      // The locale named no country we have helplines for: the screens ask.
      regionGuessed = guess == nil
    }
    return SessionSettings(
      content: content, language: language, region: regionCode, regionGuessed: regionGuessed,
      color: !noColor && !Environment.noColor, allLanguages: ContentSource.allLanguages(folder: self.content))
  }
}

/// The content, language and region a command works with.
struct SessionSettings {
  let content: Content
  let language: String
  let region: String
  /// Neither `--region` nor the locale named a supported country.
  let regionGuessed: Bool
  let color: Bool
  /// The content with every language, for a session that switches (nil:
  /// `content` has them all).
  let allLanguages: (@Sendable () -> Content?)?
}
