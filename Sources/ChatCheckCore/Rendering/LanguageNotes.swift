/// What the result says about its language: that a translation is not
/// yet checked by a counsellor who speaks it (pointing at the checked
/// languages), and, when none of the lines shown that one can talk to
/// says it helps in the reader's language, so, naming the region's lines
/// that do (lines whose languages are not known count as neither; web
/// tools do not count).
public enum LanguageNotes {
  /// "Translation not yet checked …" for a language in
  /// `unreviewed_languages`, else nil.
  public static func unreviewed(_ result: AdviceResult, _ content: Content) -> String? {
    content.languageInfo.unreviewed.contains(result.language) ? content.string("result.unreviewed", result.textLanguage) : nil
  }

  /// The note about lines in the reader's language, for a result whose
  /// full help entries are `shown`; nil when one of them states it.
  public static func noLine(_ result: AdviceResult, shown: [ResourceListing.Entry], _ content: Content) -> String? {
    let lang = result.textLanguage
    let talk = shown.compactMap { entry -> Resource? in
      if case .full(let resource) = entry, isTalkLine(resource) { return resource }
      return nil
    }
    let stated = talk.filter { !$0.languages.isEmpty }
    guard !stated.isEmpty, !stated.contains(where: { $0.languages.contains(result.language) }) else { return nil }
    var note = content.string("result.no_line_language", lang).replacingPlaceholder("language", languageName(result.language, lang, content))
    let minor = result.facts.contains("victim.minor")
    let shownIDs = Set(talk.map(\.id))
    let others = (content.regions[result.region]?.resources ?? []).filter {
      $0.languages.contains(result.language) && !shownIDs.contains($0.id) && isTalkLine($0)
        && $0.ages.serves(minor: minor) && !ResourceListing.isEmergency($0)
    }
    if !others.isEmpty {
      let named = others.prefix(2).map { resource in
        // A number never breaks across lines.
        // The name says whom the line is for ("… against women"); its
        // number is enough to reach it.
        let first = resource.channels.first.map { " " + String($0.value.map { $0 == " " ? "\u{00A0}" : $0 }) } ?? ""
        return resource.name.text(lang) + first
      }
      note += " " + content.string("result.line_in_language", lang)
        .replacingPlaceholder("lines", named.joined(separator: Spelling.listSeparator(lang)))
    }
    return note
  }

  /// A line one can call, text or chat with (not a web tool).
  static func isTalkLine(_ resource: Resource) -> Bool {
    resource.channels.contains { $0.kind == .call || $0.kind == .text || $0.kind == .chat }
  }

  /// The language's name in the reader's language, capitalised ("Français").
  static func languageName(_ code: String, _ lang: String, _ content: Content) -> String {
    guard content.strings["language.\(code)"] != nil else { return content.languageInfo.name(code) }
    let name = content.string("language.\(code)", lang)
    guard let first = name.first else { return name }
    return first.uppercased() + name.dropFirst()
  }
}
