/// Default language and region from the locale variables.
public enum LocaleDefaults {
  /// The first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`.
  public static func localeName(_ environment: [String: String]) -> String? {
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[key], !value.isEmpty { return value }
    }
    return nil
  }

  /// The language the locale asks for when `supported` has it, else
  /// `fallback`: the first supported entry of GNU `LANGUAGE` (a colon list
  /// such as `uk:ru`, honoured as gettext does unless the locale is `C` or
  /// `POSIX`), then the language of `LC_ALL`, `LC_MESSAGES` or `LANG`
  /// (`fr_CH.UTF-8` → `fr`).
  public static func language(_ environment: [String: String], supported: [String], fallback: String = "en") -> String {
    let name = localeName(environment)
    let base = name.map(languageCode)
    if let base, base != "c", base != "posix", let list = environment["LANGUAGE"] {
      for entry in list.split(separator: ":") where supported.contains(languageCode(String(entry))) {
        return languageCode(String(entry))
      }
    }
    if let base, supported.contains(base) { return base }
    return supported.contains(fallback) ? fallback : supported.first ?? fallback
  }

  /// The language part of a locale name: `pt_BR.UTF-8@euro` → `pt`.
  static func languageCode(_ name: String) -> String {
    let end = name.firstIndex { $0 == "_" || $0 == "." || $0 == "@" || $0 == "-" } ?? name.endIndex
    return String(name[..<end]).lowercased()
  }

  /// The locale's territory (`de_AT.UTF-8` → `AT`; `en_UK` → `GB`), or
  /// nil when the locale names none (`C.UTF-8`, unset).
  public static func territory(_ environment: [String: String]) -> String? {
    guard let name = localeName(environment) else { return nil }
    let base = name.split(separator: ".").first.map(String.init) ?? name
    let withoutModifier = base.split(separator: "@").first.map(String.init) ?? base
    let parts = withoutModifier.split(separator: "_")
    guard parts.count >= 2 else { return nil }
    let territory = parts[1].uppercased()
    // The UK's ISO code is GB; some systems write en_UK.
    return territory == "UK" ? "GB" : territory
  }

  /// The locale's territory when `supported` contains it, else nil (the
  /// caller falls back to the content's own fallback region).
  public static func region(_ environment: [String: String], supported: [String]) -> String? {
    guard let code = territory(environment), supported.contains(code) else { return nil }
    return code
  }
}
