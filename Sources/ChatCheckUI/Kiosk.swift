import ChatCheckCore

/// How a kiosk is set up.
public struct KioskSettings: Sendable {
  /// Seconds without input before the "are you still there?" countdown.
  public var idleTimeout: Double
  /// Seconds the countdown runs before everything is wiped.
  public var countdown: Double
  /// The staff PIN; nil: only SIGTERM or SIGHUP end the kiosk.
  public var pin: (any PINCheck)?
  /// The counselling centre's own contact.
  public var local: LocalContact?
  /// Wrong staff PINs before this start (kept across restarts): the kiosk
  /// starts locked for their back-off.
  public var earlierPINFailures: Int

  public init(idleTimeout: Double, countdown: Double, pin: (any PINCheck)?, local: LocalContact?, earlierPINFailures: Int = 0) {
    self.idleTimeout = idleTimeout
    self.countdown = countdown
    self.pin = pin
    self.local = local
    self.earlierPINFailures = max(0, earlierPINFailures)
  }
}

/// The kiosk's running state: time, idleness, the staff PIN prompt.
public struct KioskState: Sendable {
  public let settings: KioskSettings
  /// Seconds on a monotonic clock, from the driver's ticks.
  public var now: Double = 0
  public var lastInput: Double = 0
  /// Whether the visitor has done anything since the last wipe.
  public var touched = false
  /// When the running countdown reaches zero.
  public var countdownEnds: Double?
  /// The digits typed into the open staff prompt (nil: closed).
  public var pinEntry: String?
  public var pinFailures = 0
  public var pinLockedUntil: Double = 0
  public var pinWrong = false

  public init(settings: KioskSettings) {
    self.settings = settings
    pinFailures = settings.earlierPINFailures
  }

  /// Wrong PINs wait 1, 2, 4 … up to 60 seconds.
  public static func backoff(afterFailures failures: Int) -> Double {
    min(60, Double(1 << min(failures - 1, 6)))
  }
}

extension AppState {
  /// A kiosk session: nothing is saved, `q` does nothing, idle visitors are
  /// wiped.
  public init(content: Content, kiosk settings: KioskSettings, language: String, region: String, askRegion: Bool = false, size: Size) {
    self.init(content: content, mode: .kiosk, language: language, region: region, askRegion: askRegion, size: size)
    kiosk = KioskState(settings: settings)
  }

  /// Everything the visitor did is dropped; the welcome screen returns in
  /// the default language.
  mutating func wipe() -> [Effect] {
    guard let kiosk else { return [.quickExit] }
    // The next visitor starts as the first did: nothing shows where the
    // last one was from.
    var fresh = AppState(
      content: content, mode: .kiosk, language: initialLanguage, region: initialRegion, askRegion: initiallyAskRegion, size: size)
    fresh.qrEncoder = qrEncoder
    fresh.clock = clock
    fresh.kiosk = KioskState(settings: kiosk.settings)
    fresh.kiosk?.now = kiosk.now
    fresh.kiosk?.lastInput = kiosk.now
    fresh.kiosk?.pinFailures = kiosk.pinFailures
    fresh.kiosk?.pinLockedUntil = kiosk.pinLockedUntil
    self = fresh
    return [.wipe]
  }

  /// The kiosk's share of an event; returns effects and whether the event
  /// was used up. Works on `kiosk` in place: a wipe replaces the whole
  /// state, so nothing may be written back after it.
  mutating func kioskHandle(_ event: Event) -> (effects: [Effect], consumed: Bool) {
    guard let k = kiosk else { return ([], false) }
    switch event {
    case .tick(let now):
      kiosk?.now = now
      // The first tick: wrong PINs before a restart still wait their
      // back-off, so restarting cannot speed up guessing.
      if k.now == 0, k.pinFailures > 0, k.pinLockedUntil == 0 {
        kiosk?.pinLockedUntil = now + KioskState.backoff(afterFailures: k.pinFailures)
      }
      if let end = k.countdownEnds {
        if now >= end { return (wipe(), true) }
      } else if k.touched, now - k.lastInput >= k.settings.idleTimeout {
        kiosk?.countdownEnds = now + k.settings.countdown
      }
      return ([], true)
    case .key, .click, .wheel:
      kiosk?.lastInput = k.now
      kiosk?.touched = true
      // Quick exit works in every state: the countdown and every box too.
      if case .key(let key) = event {
        if key == .function(12) || (key == .escape && escapePending) { return (wipe(), true) }
        if key != .escape { escapePending = false }
        if key == .escape && (k.countdownEnds != nil || k.pinEntry != nil) {
          // The first Esc closes the countdown or the PIN box; a second
          // one wipes.
          escapePending = true
          kiosk?.countdownEnds = nil
          kiosk?.pinEntry = nil
          return ([], true)
        }
      }
      if k.countdownEnds != nil {
        // Any key means "I am still here"; it does nothing else.
        kiosk?.countdownEnds = nil
        return ([], true)
      }
    default:
      return ([], false)
    }
    // The PIN box takes the wheel too: nothing scrolls behind it.
    if k.pinEntry != nil, case .wheel = event { return ([], true) }
    guard case .key(let key) = event else { return ([], false) }
    if k.pinEntry != nil { return (pinKey(key), true) }
    switch key {
    case .control("x") where k.settings.pin != nil:
      // One box at a time: the PIN box replaces help or the quit question.
      overlay = nil
      kiosk?.pinEntry = ""
      kiosk?.pinWrong = false
      return ([], true)
    case .control:
      return ([], true)  // Ctrl-C, Ctrl-Z, Ctrl-\ and the like do nothing
    case .character(let c) where page == .result && "fFnN".contains(c):
      return (perform(.finish), true)
    default:
      return ([], false)
    }
  }

  private mutating func pinKey(_ key: Key) -> [Effect] {
    guard let k = kiosk, let pin = k.settings.pin, var entry = k.pinEntry else { return [] }
    switch key {
    case .escape, .function(12):
      kiosk?.pinEntry = nil
      return []
    case .backspace, .delete:
      if !entry.isEmpty { entry.removeLast() }
    case .character(let c) where c.isASCII && c.isNumber:
      if k.now >= k.pinLockedUntil && entry.count < 12 { entry.append(c) }
    case .enter:
      guard k.now >= k.pinLockedUntil, !entry.isEmpty else { return [] }
      if pin.matches(entry) {
        kiosk?.pinEntry = nil
        return k.pinFailures > 0 ? [.recordPINFailures(0), .quit] : [.quit]
      }
      let failures = k.pinFailures + 1
      kiosk?.pinFailures = failures
      kiosk?.pinLockedUntil = k.now + KioskState.backoff(afterFailures: failures)
      kiosk?.pinWrong = true
      kiosk?.pinEntry = ""
      return [.recordPINFailures(failures)]
    default:
      break
    }
    kiosk?.pinEntry = entry
    return []
  }
}
