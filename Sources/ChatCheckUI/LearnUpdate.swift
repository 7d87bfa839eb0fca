import ChatCheckCore

/// Learning mode's share of `perform`: the list of stories, a story's
/// chat and its end.
extension AppState {
  /// The story on screen with the replies picked so far.
  public var storyRun: LearnRun? {
    let (index, choices): (Int, [Int])
    switch pageState {
    case .story(let m): (index, choices) = (m.story, m.choices)
    case .storyEnd(let m): (index, choices) = (m.story, m.choices)
    default: return nil
    }
    guard content.stories.indices.contains(index) else { return nil }
    var run = LearnRun(story: content.stories[index])
    for choice in choices { run.choose(choice) }
    return run
  }

  public var storyModel: StoryModel? {
    if case .story(let m) = pageState { return m } else { return nil }
  }

  public var storyEndModel: StoryEndModel? {
    if case .storyEnd(let m) = pageState { return m } else { return nil }
  }

  /// Handles `action` when it belongs to learning mode; nil otherwise.
  mutating func performLearn(_ action: Action) -> [Effect]? {
    switch action {
    case .learn:
      guard !content.stories.isEmpty else { return [] }
      page = .stories
    case .openStory(let index):
      guard content.stories.indices.contains(index) else { return [] }
      notice = nil
      pageState = .story(StoryModel(story: index))
    case .reply(let index):
      guard var m = storyModel, m.phase == .choosing,
        storyRun?.currentDecision?.options.indices.contains(index) == true
      else { return [] }
      m.choices.append(index)
      m.cursor = index
      m.phase = .feedback
      m.scrollBack = 0
      pageState = .story(m)
    case .startCheck:
      guard page == .storyEnd else { return [] }
      interview.reset()
      page = .question
    case .anotherStory:
      guard let m = storyEndModel else { return [] }
      pageState = .stories(cursor: min(m.story + 1, content.stories.count - 1))
    case .confirm:
      switch pageState {
      case .stories(let cursor): return performLearn(.openStory(cursor))
      case .story(var m):
        switch m.phase {
        case .choosing: return performLearn(.reply(m.cursor))
        case .feedback:
          let finished = storyRun?.isFinished ?? true
          m.phase = finished ? .closing : .choosing
          m.cursor = 0
          m.scrollBack = 0
          pageState = .story(m)
        case .closing:
          pageState = .storyEnd(StoryEndModel(story: m.story, choices: m.choices))
        }
      case .storyEnd(var m):
        // The rules come before any button: Enter shows the rest first.
        let hidden = StoryEndPage.hiddenBelow(self)
        if hidden > 0 {
          m.scroll += max(1, StoryEndPage.viewportRows(size) - 1)
          pageState = .storyEnd(m)
          clampStoryScroll()
          return []
        }
        return performLearn(m.cursor == 0 ? .startCheck : .anotherStory)
      default: return nil
      }
    case .moveCursor(let delta):
      switch pageState {
      case .stories(let cursor):
        pageState = .stories(cursor: min(max(0, cursor + delta), max(0, content.stories.count - 1)))
      case .story(var m):
        guard m.phase == .choosing, let decision = storyRun?.currentDecision else { return [] }
        m.cursor = min(max(0, m.cursor + delta), decision.options.count - 1)
        pageState = .story(m)
      case .storyEnd(var m):
        m.cursor = m.cursor == 0 ? 1 : 0
        pageState = .storyEnd(m)
      default: return nil
      }
    case .back:
      switch pageState {
      case .stories:
        page = .welcome
      case .story(var m):
        // Back takes the last reply back, so it can be chosen again.
        if let last = m.choices.popLast() {
          m.cursor = last
          m.phase = .choosing
        } else {
          pageState = .stories(cursor: m.story)
          return []
        }
        m.scrollBack = 0
        pageState = .story(m)
      case .storyEnd(let m):
        pageState = .story(StoryModel(story: m.story, choices: m.choices, phase: .closing))
      default: return nil
      }
    case .scroll(let delta):
      switch pageState {
      case .story(var m):
        m.scrollBack = max(0, m.scrollBack - delta)
        pageState = .story(m)
        clampStoryScroll()
      case .storyEnd(var m):
        m.scroll += delta
        pageState = .storyEnd(m)
        clampStoryScroll()
      default: return nil
      }
    default:
      return nil
    }
    return []
  }

  /// Keeps the chat and the end page inside their text.
  mutating func clampStoryScroll() {
    switch pageState {
    case .story(var m):
      m.scrollBack = min(m.scrollBack, StoryPage.hiddenAbove(self, scrollBack: 0))
      pageState = .story(m)
    case .storyEnd(var m):
      let total = StoryEndPage.lines(self).count
      m.scroll = min(max(0, m.scroll), max(0, total - StoryEndPage.viewportRows(size)))
      pageState = .storyEnd(m)
    default: break
    }
  }
}
