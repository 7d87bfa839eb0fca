/// Default language and region from the locale variables (contract §1).
public enum LocaleDefaults {
  /// The first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`.
  public static func localeName(_ environment: [String: String]) -> String? {
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[key], !value.isEmpty { return value }
    }
    return nil
  }

  /// German for `de*`, else English.
  public static func language(_ environment: [String: String]) -> String {
    localeName(environment)?.lowercased().hasPrefix("de") == true ? "de" : "en"
  }

  /// The locale's territory (`de_AT.UTF-8` → `AT`) when `supported`
  /// contains it, else `INT`.
  public static func region(_ environment: [String: String], supported: [String]) -> String {
    guard let name = localeName(environment) else { return "INT" }
    let base = name.split(separator: ".").first.map(String.init) ?? name
    let withoutModifier = base.split(separator: "@").first.map(String.init) ?? base
    let parts = withoutModifier.split(separator: "_")
    guard parts.count >= 2 else { return "INT" }
    let territory = parts[1].uppercased()
    // The UK's ISO code is GB; some systems write en_UK.
    let code = territory == "UK" ? "GB" : territory
    return supported.contains(code) ? code : "INT"
  }
}
