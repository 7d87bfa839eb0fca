import ChatCheckCore

/// The whole state of an interactive or kiosk session. A value: `update`
/// returns a new one, `view` draws it. Nothing here touches a terminal.
public struct AppState: Sendable {
  public enum Mode: Sendable, Equatable {
    case interactive
    case kiosk
  }

  public enum Page: Sendable, Equatable {
    case welcome
    case question
    /// Emergency and crisis help, shown at once when an answer brings it;
    /// the interview goes on from here.
    case crisis
    case review
    case result
    case takeAway
    case save
    /// Learning mode: the stories, one story's chat, and its end.
    case stories
    case story
    case storyEnd
  }

  public private(set) var content: Content
  /// Every language of the content, read when the user picks one this
  /// copy does not hold (a start reads only its own); nil: it has all.
  public var allLanguages: (@Sendable () -> Content?)?
  /// A kiosk when it has a kiosk's state; one fact, stored once.
  public var mode: Mode { kiosk != nil ? .kiosk : .interactive }
  public let metrics: InterviewMetrics
  public var language: String
  public var region: String
  /// Neither a flag nor the locale named the country: the welcome screen
  /// asks for it.
  public var askRegion = false
  public var size: Size
  public var interview: Interview
  /// The page on screen, with the state only it has (see `PageState`).
  public var pageState: PageState = .welcome(WelcomeModel())
  /// Set by `show` while a page performs an action: it moved elsewhere.
  var navigated = false
  /// The box open over the page, if any; it takes every event.
  public var overlay: Overlay?
  /// The first Esc of an Esc Esc quick exit.
  public var escapePending = false
  /// The folder a relative save path is in, shown on the save page.
  public var saveFolder: String?
  /// A one-line message for the user (pruned answers, saved file…).
  public var notice: String?
  /// Makes QR codes for the take-away page; nil without libqrencode.
  public var qrEncoder: QREncoder?
  /// Tells the time in a line's time zone, for "open now" on the crisis
  /// page; nil: hours are shown without it.
  public var clock: LocalClock?
  /// The result laid out for the screen (see `refreshResultCache`).
  public internal(set) var resultCache: ResultCache?
  /// Seconds a stranger's message takes to arrive in a learning story
  /// (more for a long one); 0 shows every message at once.
  public var messageDelay: Double = 0
  /// The delay a person at a terminal gets: long enough to see a message
  /// arrive, short enough not to wait for it.
  public static let standardMessageDelay = 0.7
  /// Class mode (`learn --class`): the audience whose stories alone are
  /// offered to a class at a projector, where the teacher picks the reply
  /// the class agreed on (a class that started a young people's story
  /// never lands in one for older readers; "all" is a band of its own).
  /// Nil: not a class.
  public var classAudience: AgeBand?
  /// Whether a class is watching: no timers, no highlighted reply, and
  /// after each reply the questions to discuss.
  public var classMode: Bool { classAudience != nil }

  /// The stories offered, as indexes into the content's stories.
  public var offeredStories: [Int] {
    let stories = content.stories
    guard let band = classAudience else { return Array(stories.indices) }
    return stories.indices.filter { stories[$0].ages == band }
  }
  /// Kiosk mode's clock, idle countdown and staff prompt; nil otherwise.
  public var kiosk: KioskState?
  /// The language the session started in (a kiosk returns to it).
  public let initialLanguage: String
  /// The region it started in, and whether it asked for one.
  public let initialRegion: String
  public let initiallyAskRegion: Bool

  /// An interactive session (a kiosk: `init(content:kiosk:…)`).
  public init(content: Content, language: String, region: String, askRegion: Bool = false, size: Size) {
    self.content = content
    self.metrics = InterviewMetrics(content: content)
    self.language = language
    self.initialLanguage = language
    self.region = region
    self.initialRegion = region
    self.askRegion = askRegion
    self.initiallyAskRegion = askRegion
    self.size = size
    self.interview = Interview(content: content)
  }

  /// Switches to `code`, first reading every language when this copy
  /// lacks it; false when it cannot be had.
  mutating func useLanguage(_ code: String) -> Bool {
    guard content.languages.contains(code) else { return false }
    if !content.loadedLanguages.contains(code) {
      guard let full = allLanguages?(), full.loadedLanguages.contains(code) else { return false }
      content = full
      interview.adopt(full)
      allLanguages = nil
      resultCache = nil
    }
    language = code
    return true
  }

  /// A UI string with `{name}` placeholders filled in.
  public func text(_ key: String, _ values: [String: String] = [:]) -> String {
    var result = content.string(key, textLanguage)
    for (name, value) in values { result = result.replacingOccurrences("{\(name)}", value) }
    return result
  }

  /// The language texts are looked up in (Swiss spelling in CH).
  public var textLanguage: String { Spelling.variant(language: language, region: region) }

  /// The question on screen: the one being changed, or the current one.
  public var shownQuestion: Question? {
    if let editing = pageState.question?.editing { return content.question(editing) }
    return interview.currentQuestion
  }

  /// The story on screen (or at its end) with the replies picked so far.
  public var storyRun: LearnRun? {
    switch pageState {
    case .story(let m): LearnRun.replaying(m.story, m.choices, content)
    case .storyEnd(let m): LearnRun.replaying(m.story, m.choices, content)
    default: nil
    }
  }

  public var result: AdviceResult {
    interview.result(language: language, region: region)
  }

  /// What is on screen, coarsely: the page, the question or decision, and
  /// an open box. A click that changes it opened something new (ticking an
  /// option or scrolling does not).
  public var screenIdentity: String {
    let story = pageState.story.map { "\($0.story).\($0.choices.count).\($0.phase)" } ?? ""
    let box: String
    switch overlay {
    case nil: box = ""
    case .help?: box = "help"
    case .confirm(let question, _)?: box = "\(question)"
    case .pin?: box = "pin"
    case .countdown?: box = "countdown"
    case .noPIN?: box = "noPIN"
    case .languages?: box = "languages"
    }
    return "\(page) \(shownQuestion?.id ?? "") \(interview.answers.count) \(story) \(box)"
  }

  /// Something on screen moves with the clock (messages arriving): the
  /// driver draws on every tick while it does.
  public var animating: Bool { pageState.story?.shown != nil }

  /// The emergency and crisis cards of the answers so far.
  public var crisisCards: [ChosenCard] {
    result.cards.filter { $0.card.priority.isCrisis }
  }
}

/// What the laid-out result depends on.
public struct ResultCacheKey: Hashable, Sendable {
  var answers: [Answer]
  var language: String
  var region: String
  var columns: Int
  var notice: String?
}

/// The laid-out result, for one `ResultCacheKey`.
public struct ResultCache: Sendable {
  let key: ResultCacheKey
  let layout: ResultLayout
}
