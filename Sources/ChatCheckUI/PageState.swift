import ChatCheckCore

/// What the question page holds: the highlight, the ticks of a multi-select
/// question, and the answer being changed from the review.
public struct QuestionModel: Sendable, Equatable {
  public var cursor = 0
  public var selection: Set<Int> = []
  /// Something was ticked or unticked here: Enter with nothing ticked then
  /// asks instead of taking the highlight.
  public var touched = false
  /// The answered question being changed from the review, if any.
  public var editing: String?
}

/// The review: the highlighted answer, and the page it returns to.
public struct ReviewModel: Sendable, Equatable {
  public var cursor = 0
  public var returnTo: AppState.Page = .question
}

/// The result: how far it is scrolled.
public struct ResultModel: Sendable, Equatable {
  public var scroll = 0
}

/// The QR codes: which link, and where the result was scrolled.
public struct TakeAwayModel: Sendable, Equatable {
  public var index = 0
  public var resultScroll = 0
}

/// Saving: the path being typed, and where the result was scrolled.
public struct SaveModel: Sendable, Equatable {
  public var path = "chatcheck-next-steps.md"
  /// The name is still the one offered: typing replaces it.
  public var offered = true
  public var resultScroll = 0
}

/// A learning story on screen: which story, the replies picked (option
/// indexes, one per decision so far) and what the panel under the chat
/// shows.
public struct StoryModel: Sendable, Equatable {
  public enum Phase: Sendable, Equatable {
    /// The current decision's replies, one highlighted.
    case choosing
    /// Why the last reply is safe or risky; the stranger answers after.
    case feedback
    /// The chat is over; Enter shows what happened and the rules.
    case closing
  }

  public var story = 0
  public var choices: [Int] = []
  public var cursor = 0
  public var phase = Phase.choosing
  /// Chat lines scrolled back from the newest.
  public var scrollBack = 0
}

/// The end of a story: what happened, the rules, then two buttons.
public struct StoryEndModel: Sendable, Equatable {
  public var story = 0
  public var choices: [Int] = []
  public var scroll = 0
  /// The highlighted button: 0 starts the self-check, 1 another story.
  public var cursor = 0
}

/// The page on screen with the state only it has: switching pages starts
/// the new page's state afresh, so nothing carries over by accident.
public enum PageState: Sendable, Equatable {
  case welcome
  case question(QuestionModel)
  /// Emergency and crisis help; the cursor is the highlighted button.
  case crisis(cursor: Int)
  case review(ReviewModel)
  case result(ResultModel)
  case takeAway(TakeAwayModel)
  case save(SaveModel)
  /// The learning stories to pick from; the cursor is the highlight.
  case stories(cursor: Int)
  case story(StoryModel)
  case storyEnd(StoryEndModel)

  /// A fresh state of the page `kind`.
  init(_ kind: AppState.Page) {
    switch kind {
    case .welcome: self = .welcome
    case .question: self = .question(QuestionModel())
    case .crisis: self = .crisis(cursor: 0)
    case .review: self = .review(ReviewModel())
    case .result: self = .result(ResultModel())
    case .takeAway: self = .takeAway(TakeAwayModel())
    case .save: self = .save(SaveModel())
    case .stories: self = .stories(cursor: 0)
    case .story: self = .story(StoryModel())
    case .storyEnd: self = .storyEnd(StoryEndModel())
    }
  }

  var kind: AppState.Page {
    switch self {
    case .welcome: return .welcome
    case .question: return .question
    case .crisis: return .crisis
    case .review: return .review
    case .result: return .result
    case .takeAway: return .takeAway
    case .save: return .save
    case .stories: return .stories
    case .story: return .story
    case .storyEnd: return .storyEnd
    }
  }
}

extension AppState {
  /// The page on screen. Setting another page starts its state afresh and
  /// clears the status line (a message belongs to the page it was given
  /// on); setting the same page keeps both.
  public var page: Page {
    get { pageState.kind }
    set {
      if newValue != pageState.kind {
        pageState = PageState(newValue)
        notice = nil
      }
    }
  }

  /// The highlight of the page on screen (an option, an answer, a button).
  public var cursor: Int {
    get {
      switch pageState {
      case .question(let m): return m.cursor
      case .crisis(let c): return c
      case .review(let m): return m.cursor
      case .stories(let c): return c
      case .story(let m): return m.cursor
      case .storyEnd(let m): return m.cursor
      default: return 0
      }
    }
    set {
      switch pageState {
      case .question(var m): m.cursor = newValue; pageState = .question(m)
      case .crisis: pageState = .crisis(cursor: newValue)
      case .review(var m): m.cursor = newValue; pageState = .review(m)
      case .stories: pageState = .stories(cursor: newValue)
      case .story(var m): m.cursor = newValue; pageState = .story(m)
      case .storyEnd(var m): m.cursor = newValue; pageState = .storyEnd(m)
      default: break
      }
    }
  }

  /// The ticks of the multi-select question on screen.
  public var selection: Set<Int> {
    get { if case .question(let m) = pageState { return m.selection } else { return [] } }
    set { if case .question(var m) = pageState { m.selection = newValue; pageState = .question(m) } }
  }

  /// Whether a tick was set or taken back on this question.
  public var touched: Bool {
    get { if case .question(let m) = pageState { return m.touched } else { return false } }
    set { if case .question(var m) = pageState { m.touched = newValue; pageState = .question(m) } }
  }

  /// The answered question being changed from the review.
  public var editing: String? {
    get { if case .question(let m) = pageState { return m.editing } else { return nil } }
    set { if case .question(var m) = pageState { m.editing = newValue; pageState = .question(m) } }
  }

  /// Where the review returns to.
  public var reviewReturn: Page {
    get { if case .review(let m) = pageState { return m.returnTo } else { return .question } }
    set { if case .review(var m) = pageState { m.returnTo = newValue; pageState = .review(m) } }
  }

  /// How far the result is scrolled (kept while its QR and save pages are
  /// open).
  public var resultScroll: Int {
    get {
      switch pageState {
      case .result(let m): return m.scroll
      case .takeAway(let m): return m.resultScroll
      case .save(let m): return m.resultScroll
      default: return 0
      }
    }
    set {
      switch pageState {
      case .result(var m): m.scroll = newValue; pageState = .result(m)
      case .takeAway(var m): m.resultScroll = newValue; pageState = .takeAway(m)
      case .save(var m): m.resultScroll = newValue; pageState = .save(m)
      default: break
      }
    }
  }

  /// The QR code shown.
  public var qrIndex: Int {
    get { if case .takeAway(let m) = pageState { return m.index } else { return 0 } }
    set { if case .takeAway(var m) = pageState { m.index = newValue; pageState = .takeAway(m) } }
  }

  /// The path typed on the save page.
  public var savePath: String {
    get { if case .save(let m) = pageState { return m.path } else { return SaveModel().path } }
    set { if case .save(var m) = pageState { m.path = newValue; pageState = .save(m) } }
  }

  /// Whether the save page still shows the name it offered.
  public var saveNameOffered: Bool {
    get { if case .save(let m) = pageState { return m.offered } else { return false } }
    set { if case .save(var m) = pageState { m.offered = newValue; pageState = .save(m) } }
  }
}
