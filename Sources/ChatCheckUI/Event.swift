import ChatCheckCore

/// A key, decoded by the terminal driver.
public enum Key: Hashable, Sendable {
  case up, down, left, right, enter, backspace, tab, escape, space
  case pageUp, pageDown, home, end, delete
  case function(Int)
  case character(Character)
  /// Ctrl plus a letter (`c` for Ctrl-C).
  case control(Character)
}

/// What a front end can ask of the app: keys map to actions depending on
/// the page, and clicks carry them directly.
public enum Action: Hashable, Sendable {
  case start
  /// F3: the next language when there are two, else the list.
  case switchLanguage
  /// A language from the list.
  case chooseLanguage(String)
  /// Show the helplines of this region.
  case setRegion(String)
  /// The next region, in the content's order.
  case nextRegion
  case moveCursor(Int)
  /// Choose option `index` (single choice: answer; multi: toggle).
  case choose(Int)
  case toggle(Int)
  case confirm
  case back
  case help
  case closeOverlay
  case review
  case edit(Int)
  case scroll(Int)
  case startOver
  case takeAway
  case qrNext(Int)
  case save
  case quit
  case confirmQuit(Bool)
  case quickExit
  /// On the crisis page: "I am safe right now" goes on with the check.
  case crisisGoOn
  /// On the crisis page: end the check and show the advice so far.
  case crisisEnd
  /// Kiosk: the visitor is done; everything is wiped.
  case finish
  /// Learning mode: the list of stories.
  case learn
  /// Learning mode: start story `index` from its beginning.
  case openStory(Int)
  /// Learning mode: pick reply `index` at the current decision.
  case reply(Int)
  /// The end of a story: start the self-check in this language and region.
  case startCheck
  /// The end of a story: back to the list of stories.
  case anotherStory
}

/// Everything that can happen to the app.
public enum Event: Hashable, Sendable {
  case key(Key)
  case action(Action)
  /// Mouse wheel: negative is up.
  case wheel(Int)
  case resize(Size)
  /// The result of writing a handout, reported by the driver: nil when
  /// saved.
  case saved(path: String, problem: SaveProblem?)
  /// The first free file name from the one offered on the save page,
  /// found by the driver (see `Effect.offerFreeName`).
  case freeName(String)
  /// The time, in seconds on a monotonic clock; sent a few times a second.
  case tick(Double)
}

/// What the driver must do after an update.
public enum Effect: Hashable, Sendable {
  case quit
  /// Clear screen and scrollback, restore the terminal, exit 0 at once.
  case quickExit
  /// Write `text` to `path` (the user confirmed it), then send `.saved`.
  case writeFile(path: String, text: String)
  /// Find the first name from `path` on (the name, then "-2", "-3" …)
  /// that no file has, and send it as `.freeName`: the save page offers
  /// a name that can be saved at once.
  case offerFreeName(String)
  /// Kiosk: clear the screen and the scrollback; the state is already
  /// fresh.
  case wipe
  /// Kiosk: the count of wrong staff PINs changed; keep it where a restart
  /// finds it, so that restarting does not reset the back-off.
  case recordPINFailures(Int)
}
