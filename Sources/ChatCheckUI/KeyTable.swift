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

/// Every page's keys, declared once: key dispatch, the footer, the `?`
/// list and the footer's click targets all come from here, so they cannot
/// drift apart.
public enum KeyTable {
  /// The bindings of what is on screen, most important first. Quick exit
  /// (F12, Esc Esc) and the boxes' keys are handled before these.
  public static func bindings(_ state: AppState) -> [KeyBinding] {
    let t = { (key: String) in state.text(key) }
    let interactive = state.mode == .interactive
    var page: [KeyBinding] = []
    // Shown after the global keys: the footer keeps what matters most.
    var secondary: [KeyBinding] = []
    switch state.page {
    case .welcome:
      page = [
        KeyBinding(keys: [.enter, .right, .space], label: t("ui.key.start"), action: .start),
        KeyBinding(keys: [.character("r"), .character("R")], label: t("ui.key.region"), action: .nextRegion),
      ]
      if !state.content.stories.isEmpty {
        page.insert(KeyBinding(keys: [.character("l"), .character("L")], label: t("ui.key.learn"), action: .learn), at: 1)
      }
    case .stories:
      page = [
        KeyBinding(keys: [.enter, .right], label: t("ui.key.next"), action: .confirm),
        KeyBinding(keys: [.up, .character("k")], label: nil, action: .moveCursor(-1)),
        KeyBinding(keys: [.down, .character("j"), .tab], label: t("ui.key.move"), action: .moveCursor(1)),
        KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back),
        KeyBinding(keys: [], label: t("ui.key.digits"), action: .moveCursor(0), inFooter: false),
      ]
    case .story:
      let choosing = state.storyModel?.phase == .choosing
      // A page is the chat's visible rows less one, so no line is skipped.
      let screenful = max(1, StoryPage.chatRows(state) - 1)
      page = [KeyBinding(keys: [.enter, .right] + (choosing ? [] : [.space]), label: t(choosing ? "ui.key.next" : "ui.key.go_on"), action: .confirm)]
      if choosing {
        page += [
          KeyBinding(keys: [.up, .character("k")], label: nil, action: .moveCursor(-1)),
          KeyBinding(keys: [.down, .character("j"), .tab], label: t("ui.key.move"), action: .moveCursor(1)),
          KeyBinding(keys: [], label: t("ui.key.digits"), action: .moveCursor(0), inFooter: false),
        ]
      }
      page.append(KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back))
      secondary = [
        KeyBinding(keys: [.pageUp], label: nil, action: .scroll(-screenful)),
        KeyBinding(keys: [.pageDown], label: t("ui.key.chat_scroll"), action: .scroll(screenful)),
      ]
    case .storyEnd:
      let screenful = max(1, state.size.rows - 3)
      page = [
        KeyBinding(keys: [.enter], label: t("ui.key.next"), action: .confirm),
        KeyBinding(keys: [.right, .tab], label: t("ui.key.buttons"), action: .moveCursor(1)),
        KeyBinding(keys: [.up, .character("k")], label: nil, action: .scroll(-1)),
        KeyBinding(keys: [.down, .character("j")], label: t("ui.key.scroll"), action: .scroll(1)),
        KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back),
      ]
      secondary = [
        KeyBinding(keys: [.pageUp], label: nil, action: .scroll(-screenful)),
        KeyBinding(keys: [.pageDown, .space], label: t("ui.key.page"), action: .scroll(screenful)),
      ]
    case .question:
      let multi = state.shownQuestion?.kind == .multi
      page = [
        KeyBinding(keys: [.enter, .right], label: t("ui.key.next"), action: .confirm),
        KeyBinding(keys: [.up, .character("k")], label: nil, action: .moveCursor(-1)),
        KeyBinding(keys: [.down, .character("j"), .tab], label: t("ui.key.move"), action: .moveCursor(1)),
      ]
      if multi { page.append(KeyBinding(keys: [.space], label: t("ui.key.toggle"), action: .toggle(state.cursor))) }
      page.append(KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back))
      // Digits move the highlight (handled before the table).
      page.append(KeyBinding(keys: [], label: t("ui.key.digits"), action: .moveCursor(0), inFooter: false))
    case .crisis:
      page = [
        KeyBinding(keys: [.enter], label: t("ui.key.crisis"), action: state.cursor == 0 ? .crisisGoOn : .crisisEnd),
        KeyBinding(keys: [.up, .down, .right, .tab, .character("k"), .character("j")], label: nil, action: .moveCursor(state.cursor == 0 ? 1 : -1)),
        KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back),
      ]
    case .review:
      page = [
        KeyBinding(keys: [.enter, .right], label: t("ui.key.change"), action: .edit(state.cursor)),
        KeyBinding(keys: [.up, .character("k")], label: nil, action: .moveCursor(-1)),
        KeyBinding(keys: [.down, .character("j"), .tab], label: t("ui.key.move"), action: .moveCursor(1)),
        KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back),
      ]
    case .result:
      let screenful = max(1, state.size.rows - 4)
      page = [
        KeyBinding(keys: [.up, .character("k")], label: nil, action: .scroll(-1)),
        KeyBinding(keys: [.down, .character("j")], label: t("ui.key.scroll"), action: .scroll(1)),
        KeyBinding(keys: [.character("t"), .character("T")], label: t("ui.key.take_away"), action: .takeAway),
      ]
      if interactive {
        page.append(KeyBinding(keys: [.character("s"), .character("S")], label: t("ui.key.save"), action: .save))
        page.append(KeyBinding(keys: [.character("n"), .character("N")], label: t("ui.key.start_over"), action: .startOver))
      } else {
        page.append(KeyBinding(keys: [.character("f"), .character("F"), .character("n"), .character("N")], label: t("ui.key.finish"), action: .finish))
      }
      secondary = [
        KeyBinding(keys: [.pageUp], label: nil, action: .scroll(-screenful)),
        KeyBinding(keys: [.pageDown, .space], label: t("ui.key.page"), action: .scroll(screenful)),
        KeyBinding(keys: [.home, .character("g")], label: nil, action: .scroll(-state.resultScroll)),
        KeyBinding(keys: [.end, .character("G")], label: t("ui.key.ends"), action: .scroll(Int.max / 2)),
        KeyBinding(keys: [.left, .backspace], label: t("ui.key.back"), action: .back),
      ]
    case .takeAway:
      page = [
        KeyBinding(keys: [.right, .down, .tab, .space, .character("n")], label: t("ui.key.next_code"), action: .qrNext(1)),
        KeyBinding(keys: [.up], label: nil, action: .qrNext(-1)),
        KeyBinding(keys: [.left, .backspace, .enter, .escape], label: t("ui.key.back"), action: .back),
      ]
    case .save:
      // Typing goes into the file name; these are its only keys.
      return [
        KeyBinding(keys: [.enter], label: t("ui.key.save_confirm"), action: .save),
        KeyBinding(keys: [.left], label: t("ui.key.cancel"), action: .back),
      ]
    }
    var global: [KeyBinding] = [
      KeyBinding(keys: [.function(1), .character("?")], label: t("ui.key.help"), action: .help),
    ]
    // The language before the review: a newcomer may need it first.
    if state.content.languages.count > 1 {
      global.append(KeyBinding(keys: [.function(3)], label: "F3 \(AppView.otherLanguage(state))", action: .switchLanguage))
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
