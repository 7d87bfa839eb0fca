import ChatCheckCore

extension AppState {
  /// Applies one event; returns what the driver must do.
  public mutating func update(_ event: Event) -> [Effect] {
    let effects = apply(event)
    refreshResultCache()
    return effects
  }

  /// Keeps the laid-out result text while answers, language, width and
  /// notice stay the same, so scrolling and redraws do not lay it out again.
  mutating func refreshResultCache() {
    guard case .result = pageState else { return }
    let key = ResultCacheKey(answers: interview.answers, language: language, region: region, columns: size.columns, notice: notice)
    if resultCache?.key != key {
      resultCache = nil
      resultCache = ResultCache(key: key, layout: ResultLayout(self))
    }
  }

  /// The one place that decides what an event does, in the same order on
  /// every page: quick exit first, then the open box, then the page.
  private mutating func apply(_ event: Event) -> [Effect] {
    switch event {
    case .tick(let now):
      if case .story(var story) = pageState {
        story.tick(now, self)
        pageState = .story(story)
      }
      return kiosk != nil ? kioskTick(now) : []
    case .resize(let size):
      self.size = size
      if case .result(var m) = pageState {
        m.scroll = ResultModel.clamped(m.scroll, self)
        pageState = .result(m)
      }
      return []
    case .saved(let path, let problem):
      saved(path, problem)
      return []
    case .freeName(let name):
      freeName(name)
      return []
    case .key, .action, .wheel:
      break
    }
    kioskNoteInput()
    // 1. Quick exit: F12, Esc twice, or its button, even with a box open.
    if event == .key(.function(12)) || event == .action(.quickExit) || (event == .key(.escape) && escapePending) {
      return quickExit()
    }
    if event == .key(.escape) {
      // The first Esc closes an open box; a second one is quick exit.
      escapePending = true
      overlay = nil
      return []
    }
    escapePending = false
    // Staff's Ctrl-X in a kiosk opens the PIN box over any other box.
    if kiosk != nil, event == .key(.control("x")), pinBox == nil, let effects = kioskKey(.control("x")) { return effects }
    // 2. The open box takes everything else.
    if let box = overlay {
      switch event {
      case .key(let key): return overlayKey(key, box)
      case .action(let action): return overlayAction(action, box)
      case .wheel(let delta):
        if case .help = box { return overlayAction(.scroll(delta), box) }
        if case .countdown = box { overlay = nil }
        return []
      default: return []
      }
    }
    // 3. The page.
    switch event {
    case .key(let key): return pageKey(key)
    case .action(let action): return perform(action)
    case .wheel(let delta):
      switch page {
      case .result, .story, .storyEnd: return perform(.scroll(delta * 3))
      case .question, .review, .crisis, .stories: return perform(.moveCursor(delta))
      default: return []
      }
    default: return []
    }
  }

  /// A key on the page, with no box open: a field being typed into takes
  /// it first, then the kiosk's own keys, digits, and the key table.
  private mutating func pageKey(_ key: Key) -> [Effect] {
    if let effects = takeOnPage(key) { return effects }
    if kiosk != nil, let effects = kioskKey(key) { return effects }
    if key == .control("c") { return mode == .interactive ? [.quit] : [] }
    // Digits move the highlight; Enter confirms, so a nervous double tap
    // never answers a question unseen.
    if case .character(let c) = key, let n = c.wholeNumberValue, n >= 1 {
      highlightOnPage(n)
      return []
    }
    guard let action = KeyTable.action(for: key, self) ?? KeyTable.action(for: Self.latinKey(key), self) else { return [] }
    return perform(action)
  }

  /// On a Ukrainian or Russian keyboard layout the keys of q, r and l
  /// type й, к and д: they act as the letters printed on the key.
  static func latinKey(_ key: Key) -> Key {
    guard case .character(let c) = key else { return key }
    let latin: [Character: Character] = ["й": "q", "Й": "Q", "к": "r", "К": "R", "д": "l", "Д": "L"]
    return latin[c].map(Key.character) ?? key
  }

  /// Performs an action (from a key or a click): the session's own
  /// actions here, every other by the page on screen.
  public mutating func perform(_ action: Action) -> [Effect] {
    switch action {
    case .switchLanguage:
      let languages = content.languages
      if languages.count > 2 {
        overlay = .languages(highlight: languages.firstIndex(of: language) ?? 0)
      } else if let index = languages.firstIndex(of: language) {
        _ = useLanguage(languages[(index + 1) % languages.count])
      }
    case .chooseLanguage(let code):
      overlay = nil
      _ = useLanguage(code)
    case .help:
      // On a question: why we ask, and the keys; elsewhere the keys.
      overlay = .help
    case .closeOverlay:
      overlay = nil
    case .review:
      guard !interview.answers.isEmpty, page != .review, page != .welcome else { return [] }
      showReview()
    case .quit:
      if mode == .interactive { overlay = .confirm(.quit) }
    case .confirmQuit(let yes):
      let question = confirming
      overlay = nil
      guard yes, let question else { return [] }
      switch question {
      case .quit: return [.quit]
      // The visitor's "finish": everything is wiped.
      case .finish: return wipe()
      case .startOver: startOver()
      }
    case .quickExit:
      return quickExit()
    default:
      return performOnPage(action) ?? []
    }
    return []
  }

  /// Drops every answer and shows the welcome screen.
  private mutating func startOver() {
    interview.reset()
    show(.welcome(WelcomeModel()))
  }
}
