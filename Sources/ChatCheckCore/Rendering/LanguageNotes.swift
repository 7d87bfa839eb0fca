/// What the result says about its language: that a translation is not
/// yet checked by a counsellor who speaks it (pointing at the checked
/// languages), and, when none of the lines shown says it answers in the
/// reader's language, so, naming the region's lines that do (lines
/// whose languages are not known count as neither).
public enum LanguageNotes {
  /// The notes for `result`, whose full help entries are `shown`.
  public static func notes(_ result: AdviceResult, shown: [ResourceListing.Entry], _ content: Content) -> [String] {
    let lang = result.textLanguage
    var notes: [String] = []
    if content.languageInfo.unreviewed.contains(result.language) {
      notes.append(content.string("result.unreviewed", lang))
    }
    let resources = shown.compactMap { entry -> Resource? in
      if case .full(let resource) = entry { return resource }
      return nil
    }
    // Only what the lines say counts: a line whose languages are not known
    // neither brings the note nor keeps it away.
    let stated = resources.filter { !$0.languages.isEmpty }
    guard !stated.isEmpty, !stated.contains(where: { $0.languages.contains(result.language) }) else { return notes }
    let name = languageName(result.language, lang, content)
    var note = content.string("result.no_line_language", lang).replacingPlaceholder("language", name)
    let minor = result.facts.contains("victim.minor")
    let shownIDs = Set(resources.map(\.id))
    let others = (content.regions[result.region]?.resources ?? []).filter {
      !$0.languages.isEmpty && $0.languages.contains(result.language) && !shownIDs.contains($0.id)
        && $0.ages.serves(minor: minor) && !ResourceListing.isEmergency($0)
    }
    if !others.isEmpty {
      let named = others.prefix(2).map { resource in
        let first = resource.channels.first.map { " \($0.value)" } ?? ""
        let audience = resource.audience.map { " (\($0.text(lang)))" } ?? ""
        return resource.name.text(lang) + first + audience
      }
      note += " " + content.string("result.line_in_language", lang).replacingPlaceholder("lines", named.joined(separator: "; "))
    }
    notes.append(note)
    return notes
  }

  /// The language's name in the reader's language, capitalised ("Français").
  static func languageName(_ code: String, _ lang: String, _ content: Content) -> String {
    guard content.strings["language.\(code)"] != nil else { return content.languageInfo.name(code) }
    let name = content.string("language.\(code)", lang)
    guard let first = name.first else { return name }
    return first.uppercased() + name.dropFirst()
  }
}
