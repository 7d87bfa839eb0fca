import ChatCheckCore

/// What a confirmation box asks.
public enum Confirmation: Sendable, Equatable {
  /// "Quit?" in a session.
  case quit
  /// "Finished?" in a kiosk: yes wipes everything.
  case finish
  /// "Start again?" on the result: yes drops the answers.
  case startOver
}

/// The kiosk's staff PIN box.
public struct PINBox: Sendable, Equatable {
  /// The digits typed so far.
  public var entry = ""
  /// The last PIN was wrong.
  public var wrong = false
  /// Digits were typed during a wrong PIN's wait and dropped.
  public var ignoredDigits = false

  public init(entry: String = "", wrong: Bool = false, ignoredDigits: Bool = false) {
    self.entry = entry
    self.wrong = wrong
    self.ignoredDigits = ignoredDigits
  }
}

/// The one box that may be open over a page. While open it takes every
/// event except quick exit, which always comes first.
public enum Overlay: Sendable, Equatable {
  /// Why we ask (on a question) and the keys of the screen, scrolled by
  /// `scroll` lines.
  case help(scroll: Int)
  /// A question with [ Yes ] and [ No ]; `yes` is the focused button.
  case confirm(Confirmation, yes: Bool)
  /// Kiosk: the staff PIN.
  case pin(PINBox)
  /// Kiosk: the idle countdown, ending at this time.
  case countdown(ends: Double)
  /// Kiosk: Ctrl-X without a staff PIN file says how a kiosk is stopped.
  case noPIN
  /// The languages, each in its own name, with one highlighted.
  case languages(highlight: Int)

  /// A confirmation with "No" focused: Enter alone never ends anything.
  public static func confirm(_ question: Confirmation) -> Overlay { .confirm(question, yes: false) }

  /// A help box at its top.
  public static let help = Overlay.help(scroll: 0)
}

extension AppState {
  /// Whether the help box is open.
  public var showingHelp: Bool {
    if case .help = overlay { return true }
    return false
  }

  /// Whether a confirmation box is open.
  public var confirming: Confirmation? {
    if case .confirm(let question, _) = overlay { return question }
    return nil
  }

  /// Kiosk: when the running idle countdown ends.
  public var countdownEnds: Double? {
    if case .countdown(let ends) = overlay { return ends }
    return nil
  }

  /// Kiosk: the open PIN box.
  public var pinBox: PINBox? {
    if case .pin(let box) = overlay { return box }
    return nil
  }

  /// Quick exit: a session ends at once; a kiosk wipes everything and
  /// shows the welcome screen for the next person.
  mutating func quickExit() -> [Effect] {
    kiosk != nil ? wipe() : [.quickExit]
  }

  /// A key while a box is open: the box decides, and nothing reaches the
  /// page below.
  mutating func overlayKey(_ key: Key, _ box: Overlay) -> [Effect] {
    switch box {
    case .help(let scroll):
      switch key {
      case .up, .character("k"): overlay = .help(scroll: max(0, scroll - 1))
      case .down, .character("j"): overlay = .help(scroll: scroll + 1)
      case .pageUp: overlay = .help(scroll: max(0, scroll - max(1, size.rows - 8)))
      case .pageDown, .space: overlay = .help(scroll: scroll + max(1, size.rows - 8))
      default: overlay = nil
      }
      return []
    case .confirm(let question, let yes):
      switch key {
      case .character(let c) where yesKeys.contains(c): return perform(.confirmQuit(true))
      case .left, .right, .tab, .up, .down:
        overlay = .confirm(question, yes: !yes)
        return []
      case .enter, .space: return perform(.confirmQuit(yes))
      // Any other key keeps going: only "yes" ends or wipes.
      default: return perform(.confirmQuit(false))
      }
    case .pin:
      return pinKey(key)
    case .countdown:
      // Any key means "I am still here"; it does nothing else.
      overlay = nil
      return []
    case .noPIN:
      overlay = nil
      return []
    case .languages(let highlight):
      let count = content.languages.count
      switch key {
      // The names flow in rows: every arrow steps through them in order.
      case .up, .left, .character("k"): overlay = .languages(highlight: (highlight + count - 1) % count)
      case .down, .right, .character("j"), .tab: overlay = .languages(highlight: (highlight + 1) % count)
      case .enter, .space: return perform(.chooseLanguage(content.languages[min(highlight, count - 1)]))
      case .function(3): overlay = nil
      case .character(let c):
        if let n = c.wholeNumberValue, n >= 1, n <= count { return perform(.chooseLanguage(content.languages[n - 1])) }
        overlay = nil
      default: overlay = nil
      }
      return []
    }
  }

  /// The keys that say "yes" in a confirmation: y and j always, and the
  /// first letter of "yes" in the session's language (o for "oui", д
  /// for "да"), in either case.
  public var yesKeys: Set<Character> {
    var keys: Set<Character> = ["y", "Y", "j", "J"]
    if let first = text("ui.yes").first {
      // A letter whose other case is two letters ("ß", "ﬁ") keeps its own.
      for variant in [String(first), first.lowercased(), first.uppercased()] where variant.count == 1 {
        keys.insert(Character(variant))
      }
    }
    return keys
  }

  /// An action while a box is open (a click on one of its targets): the
  /// box's own actions, or it closes.
  mutating func overlayAction(_ action: Action, _ box: Overlay) -> [Effect] {
    switch action {
    case .confirmQuit(let yes) where confirming != nil:
      return perform(.confirmQuit(yes))
    case .chooseLanguage(let code):
      if case .languages = box { return perform(.chooseLanguage(code)) }
      overlay = nil
      return []
    case .scroll(let delta):
      if case .help(let scroll) = box { overlay = .help(scroll: max(0, scroll + delta)) }
      return []
    default:
      // A click beside its targets, or anything else, closes the box.
      overlay = nil
      return []
    }
  }
}
