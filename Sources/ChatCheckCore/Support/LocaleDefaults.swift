/// Default language and region from the locale variables.
public enum LocaleDefaults {
  /// The first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`.
  public static func localeName(_ environment: [String: String]) -> String? {
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[key], !value.isEmpty { return value }
    }
    return nil
  }

  /// The language of `LC_ALL`, `LC_MESSAGES` or `LANG` (the first set;
  /// `fr_CH.UTF-8` → `fr`) when `supported` has it, else `fallback`.
  public static func language(_ environment: [String: String], supported: [String], fallback: String = "en") -> String {
    if let name = localeName(environment), supported.contains(languageCode(name)) { return languageCode(name) }
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
