import ChatCheckCore

/// One key binding of a page: the keys, the hint shown for it (nil for a
/// second key of a hint shown elsewhere) and what it does.
public struct KeyBinding: Sendable {
  public var keys: [Key]
  public var label: String?
  public var action: Action
  /// False for keys listed by `?` only (the footer has no room for them).
  public var inFooter = true
}

/// The keys of what is on screen: the page's own (each page declares them
/// in its file) and the session's (help, language, answers, quit). Key
/// dispatch, the footer, the `?` list and the footer's click targets all
/// come from here, so they cannot drift apart.
public enum KeyTable {
  /// The bindings of what is on screen, most important first. Quick exit
  /// (F12, Esc Esc) and the boxes' keys are handled before these.
  public static func bindings(_ state: AppState) -> [KeyBinding] {
    let t = { (key: String) in state.text(key) }
    let interactive = state.mode == .interactive
    let keys = state.pageState.model.keys(state)
    // Typing goes into a field: its own keys only.
    if keys.typing { return keys.main }
    let page = keys.main, secondary = keys.more + keys.secondary
    var global: [KeyBinding] = [
      KeyBinding(keys: [.function(1), .character("?")], label: t("ui.key.help"), action: .help),
    ]
    // The language before the review: a newcomer may need it first.
    if state.content.languages.count > 1 {
      global.append(KeyBinding(keys: [.function(3)], label: "F3 \(AppView.languageKeyLabel(state))", action: .switchLanguage))
    }
    if !state.interview.answers.isEmpty && state.page != .review && state.page != .welcome {
      global.append(KeyBinding(keys: [.function(2)], label: t("ui.key.review"), action: .review))
    }
    if interactive {
      global.append(KeyBinding(keys: [.character("q"), .character("Q")], label: t("ui.key.quit"), action: .quit))
    }
    // The footer shows the page's main key, then help and the language
    // (so neither is lost on a narrow window), then the rest.
    let help = global.filter { $0.keys.contains(.function(1)) || $0.keys.contains(.function(3)) }
    let others = global.filter { !($0.keys.contains(.function(1)) || $0.keys.contains(.function(3))) }
    return page.prefix(1) + help + page.dropFirst() + others + secondary
  }

  /// What `key` does on this screen, if anything.
  public static func action(for key: Key, _ state: AppState) -> Action? {
    bindings(state).first { $0.keys.contains(key) }?.action
  }

  /// Every hint of this screen, for the `?` list: quick exit first.
  /// A hint's words never wrap apart (no-break spaces inside).
  public static func hints(_ state: AppState) -> [String] {
    ([state.text("ui.key.quick_exit_both")] + bindings(state).compactMap(\.label)).map {
      String($0.map { $0 == " " ? "\u{00A0}" : $0 })
    }
  }
}
