import ChatCheckCore

/// A page of the full-screen session: its own state (the type itself),
/// its keys, what its actions do and how it is drawn, all in its own
/// file. `PageState` lists the pages; its switches are the only places
/// that know them all, and the compiler checks each.
protocol PageModel: Sendable, Equatable {
  /// The page's keys (see `PageKeys`).
  func keys(_ app: AppState) -> PageKeys
  /// What `action` does here; nil when it is not this page's action.
  /// `app` is the session; the page's own state is `self`. A page moves
  /// to another with `app.show(_:)`; otherwise `self` is kept.
  mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]?
  /// A digit key: pages with numbered choices move the highlight to
  /// choice `n` (from 1); Enter confirms.
  mutating func highlight(_ n: Int, _ app: AppState)
  /// A key the page takes before the key table (typing into a field);
  /// nil: the key table decides.
  mutating func take(_ key: Key, _ app: inout AppState) -> [Effect]?
  /// Draws the page on `screen`, with its hotspots and footer.
  func draw(_ app: AppState, _ screen: inout Screen)
}

extension PageModel {
  mutating func highlight(_ n: Int, _ app: AppState) {}
  mutating func take(_ key: Key, _ app: inout AppState) -> [Effect]? { nil }
}

/// A page's key bindings in the footer's order: `main` first, then help
/// and language, then `more`, then the session's keys, then `secondary`.
struct PageKeys {
  var main: [KeyBinding]
  var more: [KeyBinding] = []
  var secondary: [KeyBinding] = []
  /// True where typing goes into a field: the session's keys are left out.
  var typing = false
}

/// The page on screen with the state only it has: moving to another page
/// starts that page's state afresh, so nothing carries over by accident.
public enum PageState: Sendable, Equatable {
  case welcome(WelcomeModel)
  case question(QuestionModel)
  case crisis(CrisisModel)
  case review(ReviewModel)
  /// The result, with the QR codes or the save page as its destinations.
  case result(ResultModel)
  case stories(StoriesModel)
  case story(StoryModel)
  case storyEnd(StoryEndModel)

  /// The page's model, whatever the page.
  var model: any PageModel {
    switch self {
    case .welcome(let m): m
    case .question(let m): m
    case .crisis(let m): m
    case .review(let m): m
    case .result(let m): m
    case .stories(let m): m
    case .story(let m): m
    case .storyEnd(let m): m
    }
  }

  /// Which page this is (the result's destinations count as their own).
  public var kind: AppState.Page {
    switch self {
    case .welcome: .welcome
    case .question: .question
    case .crisis: .crisis
    case .review: .review
    case .result(let m):
      switch m.destination {
      case nil: .result
      case .takeAway?: .takeAway
      case .save?: .save
      }
    case .stories: .stories
    case .story: .story
    case .storyEnd: .storyEnd
    }
  }

  /// Read-only views of each case, for the session and for tests.
  public var question: QuestionModel? { if case .question(let m) = self { m } else { nil } }
  public var crisis: CrisisModel? { if case .crisis(let m) = self { m } else { nil } }
  public var review: ReviewModel? { if case .review(let m) = self { m } else { nil } }
  public var result: ResultModel? { if case .result(let m) = self { m } else { nil } }
  public var stories: StoriesModel? { if case .stories(let m) = self { m } else { nil } }
  public var story: StoryModel? { if case .story(let m) = self { m } else { nil } }
  public var storyEnd: StoryEndModel? { if case .storyEnd(let m) = self { m } else { nil } }
}

extension AppState {
  /// Which page is on screen.
  public var page: Page { pageState.kind }

  /// Moves to `next`. Another page clears the status line (a message
  /// belongs to the page it was given on).
  mutating func show(_ next: PageState) {
    if next.kind != pageState.kind { notice = nil }
    pageState = next
    navigated = true
  }

  /// Lets the page on screen perform `action`; nil when it is not the
  /// page's action.
  mutating func performOnPage(_ action: Action) -> [Effect]? {
    switch pageState {
    case .welcome(let m): run(m, PageState.welcome) { m, app in m.perform(action, &app) }
    case .question(let m): run(m, PageState.question) { m, app in m.perform(action, &app) }
    case .crisis(let m): run(m, PageState.crisis) { m, app in m.perform(action, &app) }
    case .review(let m): run(m, PageState.review) { m, app in m.perform(action, &app) }
    case .result(let m): run(m, PageState.result) { m, app in m.perform(action, &app) }
    case .stories(let m): run(m, PageState.stories) { m, app in m.perform(action, &app) }
    case .story(let m): run(m, PageState.story) { m, app in m.perform(action, &app) }
    case .storyEnd(let m): run(m, PageState.storyEnd) { m, app in m.perform(action, &app) }
    }
  }

  /// A key the page on screen takes before its key table, if any.
  mutating func takeOnPage(_ key: Key) -> [Effect]? {
    switch pageState {
    case .welcome(let m): run(m, PageState.welcome) { m, app in m.take(key, &app) }
    case .question(let m): run(m, PageState.question) { m, app in m.take(key, &app) }
    case .crisis(let m): run(m, PageState.crisis) { m, app in m.take(key, &app) }
    case .review(let m): run(m, PageState.review) { m, app in m.take(key, &app) }
    case .result(let m): run(m, PageState.result) { m, app in m.take(key, &app) }
    case .stories(let m): run(m, PageState.stories) { m, app in m.take(key, &app) }
    case .story(let m): run(m, PageState.story) { m, app in m.take(key, &app) }
    case .storyEnd(let m): run(m, PageState.storyEnd) { m, app in m.take(key, &app) }
    }
  }

  /// A digit key on the page on screen.
  mutating func highlightOnPage(_ n: Int) {
    switch pageState {
    case .welcome(let m): run(m, PageState.welcome) { m, app in m.highlight(n, app) }
    case .question(let m): run(m, PageState.question) { m, app in m.highlight(n, app) }
    case .crisis(let m): run(m, PageState.crisis) { m, app in m.highlight(n, app) }
    case .review(let m): run(m, PageState.review) { m, app in m.highlight(n, app) }
    case .result(let m): run(m, PageState.result) { m, app in m.highlight(n, app) }
    case .stories(let m): run(m, PageState.stories) { m, app in m.highlight(n, app) }
    case .story(let m): run(m, PageState.story) { m, app in m.highlight(n, app) }
    case .storyEnd(let m): run(m, PageState.storyEnd) { m, app in m.highlight(n, app) }
    }
  }

  /// Runs `body` on a copy of the page's model and keeps the copy, unless
  /// the page moved to another.
  private mutating func run<M: PageModel, R>(_ model: M, _ wrap: (M) -> PageState, _ body: (inout M, inout AppState) -> R) -> R {
    var model = model
    navigated = false
    let result = body(&model, &self)
    if !navigated { pageState = wrap(model) }
    return result
  }
}
