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

/// The kiosk's running state: time, idleness, wrong staff PINs. (Its
/// countdown and PIN box are boxes like any other: see `Overlay`.)
public struct KioskState: Sendable {
  public let settings: KioskSettings
  /// Seconds on a monotonic clock, from the driver's ticks.
  public var now: Double = 0
  public var lastInput: Double = 0
  /// Whether the visitor has done anything since the last wipe.
  public var touched = false
  public var pinFailures = 0
  public var pinLockedUntil: Double = 0

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
    self.init(content: content, language: language, region: region, askRegion: askRegion, size: size)
    kiosk = KioskState(settings: settings)
  }

  /// Everything the visitor did is dropped; the welcome screen returns in
  /// the default language.
  mutating func wipe() -> [Effect] {
    guard let kiosk else { return [.quickExit] }
    // The next visitor starts as the first did: nothing shows where the
    // last one was from.
    var fresh = AppState(
      content: content, language: initialLanguage, region: initialRegion, askRegion: initiallyAskRegion, size: size)
    fresh.qrEncoder = qrEncoder
    fresh.clock = clock
    fresh.messageDelay = messageDelay
    fresh.allLanguages = allLanguages
    fresh.kiosk = KioskState(settings: kiosk.settings)
    fresh.kiosk?.now = kiosk.now
    fresh.kiosk?.lastInput = kiosk.now
    fresh.kiosk?.pinFailures = kiosk.pinFailures
    fresh.kiosk?.pinLockedUntil = kiosk.pinLockedUntil
    self = fresh
    return [.wipe]
  }

  /// A kiosk tick: the idle countdown starts, or its end wipes.
  mutating func kioskTick(_ now: Double) -> [Effect] {
    guard let k = kiosk else { return [] }
    kiosk?.now = now
    // The first tick: wrong PINs before a restart still wait their
    // back-off, so restarting cannot speed up guessing.
    if k.now == 0, k.pinFailures > 0, k.pinLockedUntil == 0 {
      kiosk?.pinLockedUntil = now + KioskState.backoff(afterFailures: k.pinFailures)
    }
    if let end = countdownEnds {
      if now >= end { return wipe() }
    } else if k.touched, now - k.lastInput >= k.settings.idleTimeout {
      // The countdown is the only box: it replaces any other, so it is
      // never drawn into one.
      overlay = .countdown(ends: now + k.settings.countdown)
    }
    return []
  }

  /// The visitor did something: the idle clock starts again.
  mutating func kioskNoteInput() {
    guard let k = kiosk else { return }
    kiosk?.lastInput = k.now
    kiosk?.touched = true
  }

  /// The kiosk's own keys on a page (no box open); nil: the page decides.
  mutating func kioskKey(_ key: Key) -> [Effect]? {
    switch key {
    case .control("x"):
      // Staff leave with the PIN; without a PIN file the box says how a
      // kiosk is stopped instead of doing nothing.
      overlay = kiosk?.settings.pin == nil ? .noPIN : .pin(PINBox())
      return []
    case .control:
      return []  // Ctrl-C, Ctrl-Z, Ctrl-\ and the like do nothing
    default:
      return nil
    }
  }

  /// A key in the PIN box.
  mutating func pinKey(_ key: Key) -> [Effect] {
    guard let k = kiosk, let pin = k.settings.pin, var box = pinBox else { return [] }
    let locked = k.now < k.pinLockedUntil
    switch key {
    case .backspace, .delete:
      if !box.entry.isEmpty { box.entry.removeLast() }
    case .character(let c) where c.isASCII && c.isNumber:
      if locked {
        box.ignoredDigits = true
      } else if box.entry.count < 12 {
        box.entry.append(c)
      }
    case .enter:
      guard !locked, !box.entry.isEmpty else { return [] }
      if pin.matches(box.entry) {
        overlay = nil
        return k.pinFailures > 0 ? [.recordPINFailures(0), .quit] : [.quit]
      }
      let failures = k.pinFailures + 1
      kiosk?.pinFailures = failures
      kiosk?.pinLockedUntil = k.now + KioskState.backoff(afterFailures: failures)
      overlay = .pin(PINBox(wrong: true))
      return [.recordPINFailures(failures)]
    default:
      break
    }
    overlay = .pin(box)
    return []
  }
}
