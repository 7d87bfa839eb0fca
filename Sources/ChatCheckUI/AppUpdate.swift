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
    guard page == .result || page == .takeAway else { return }
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
      return kiosk != nil ? kioskTick(now) : []
    case .resize(let size):
      self.size = size
      clampScroll()
      return []
    case .saved(let path, let problem):
      saved(path, problem)
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
    case .key(let key):
      if kiosk != nil, let effects = kioskKey(key) { return effects }
      return handle(key)
    case .action(let action):
      return perform(action)
    case .wheel(let delta):
      switch page {
      case .result, .story, .storyEnd: return perform(.scroll(delta * 3))
      case .question, .review, .crisis, .stories: return perform(.moveCursor(delta))
      default: return []
      }
    default:
      return []
    }
  }

  /// The driver's report of a save.
  private mutating func saved(_ path: String, _ problem: SaveProblem?) {
    switch problem {
    case nil:
      // Back to the top of the result, where the message shows.
      page = .result
      notice = text("ui.save.done", ["path": TerminalText.escape(path)])
    case .exists?:
      notice = text("ui.save.exists", ["path": TerminalText.escape(path)])
      savePath = HandoutName.nextName(after: path)
      saveNameOffered = true
    case .isFolder?: notice = text("ui.save.is_folder")
    case .denied?: notice = text("ui.save.denied")
    case .noFolder?: notice = text("ui.save.no_folder")
    case .diskFull?: notice = text("ui.save.disk_full")
    case .other(let reason)?: notice = text("ui.save.failed", ["error": reason])
    }
  }

  /// A key on the page, with no box open.
  private mutating func handle(_ key: Key) -> [Effect] {
    if page == .save { return editSavePath(key) }
    if key == .control("c") { return mode == .interactive ? [.quit] : [] }
    // Digits move the highlight; Enter confirms, so a nervous double tap
    // never answers a question unseen.
    if case .character(let c) = key, let n = c.wholeNumberValue, n >= 1 {
      switch page {
      case .question where n <= (shownQuestion?.options.count ?? 0): cursor = n - 1
      case .crisis where n <= 2: cursor = n - 1
      case .stories where n <= content.stories.count: cursor = n - 1
      case .story where storyModel?.phase == .choosing && n <= (storyRun?.currentDecision?.options.count ?? 0): cursor = n - 1
      default: break
      }
      return []
    }
    guard let action = KeyTable.action(for: key, self) else { return [] }
    return perform(action)
  }

  private mutating func editSavePath(_ key: Key) -> [Effect] {
    // The offered name is replaced by the first thing typed.
    if saveNameOffered, case .character = key { savePath = "" }
    if key != .enter { saveNameOffered = false }
    switch key {
    case .enter: return perform(.save)
    case .backspace, .delete:
      if !savePath.isEmpty { savePath.removeLast() }
    case .control("u"):
      savePath = ""
    case .character(let c) where !c.isNewline && !c.unicodeScalars.contains(where: { TerminalText.isForbidden($0) }):
      // Control and invisible characters (a pasted bidi override) never
      // reach the file name or the screen. The name is bounded in bytes
      // (a path is at most 4,096) and a letter takes at most four
      // combining marks, so every key costs the same however much is
      // pasted.
      if savePath.utf8.count + c.utf8.count <= InputLimits.lineBytes && !Self.tooManyMarks(savePath, adding: c) {
        savePath.append(c)
      }
    case .space:
      if savePath.utf8.count < InputLimits.lineBytes { savePath.append(" ") }
    case .left:
      return perform(.back)
    default: break
    }
    return []
  }

  /// Performs an action (from a key or a click).
  public mutating func perform(_ action: Action) -> [Effect] {
    if let effects = performLearn(action) { return effects }
    switch action {
    case .start:
      page = interview.isFinished ? .result : .question
      resetHighlight()
    case .setRegion(let code):
      guard content.regionCodes.contains(code) else { return [] }
      region = code
      askRegion = false
    case .nextRegion:
      let codes = content.regionCodes
      if let index = codes.firstIndex(of: region) { region = codes[(index + 1) % codes.count] }
      askRegion = false
    case .switchLanguage:
      let languages = content.languages
      if let index = languages.firstIndex(of: language) {
        language = languages[(index + 1) % languages.count]
      }
    case .moveCursor(let delta):
      let count = page == .review ? interview.answers.count : page == .crisis ? 2 : (shownQuestion?.options.count ?? 0)
      guard count > 0 else { return [] }
      cursor = min(max(0, cursor + delta), count - 1)
    case .choose(let index):
      guard page == .question, let question = shownQuestion, index >= 0, index < question.options.count else { return [] }
      cursor = index
      if question.kind == .multi { return perform(.toggle(index)) }
      answer([question.options[index].id])
    case .toggle(let index):
      guard page == .question, let question = shownQuestion, index >= 0, index < question.options.count else { return [] }
      if question.kind == .single { return perform(.choose(index)) }
      notice = nil
      touched = true
      if selection.contains(index) {
        selection.remove(index)
      } else if question.options[index].exclusive {
        // "None of these" and "I don't know" go alone.
        selection = [index]
      } else {
        selection = selection.filter { !question.options[$0].exclusive }
        selection.insert(index)
      }
      cursor = index
    case .confirm:
      guard page == .question, let question = shownQuestion else { return [] }
      if question.kind == .single { return perform(.choose(cursor)) }
      // Nothing ticked: Enter takes the highlighted option, unless ticks
      // were taken back (then the person meant none of them).
      if selection.isEmpty && touched {
        notice = text("ui.choose_one")
        return []
      }
      answer(selection.isEmpty ? [question.options[cursor].id] : selection.sorted().map { question.options[$0].id })
    case .back:
      notice = nil
      switch page {
      case .question:
        if editing != nil {
          openReview()
        } else if let last = interview.answers.last, interview.back() {
          preselect(last)
        } else {
          page = .welcome
        }
      case .review:
        page = reviewReturn
        resetHighlight()
      case .result where !interview.isFinished:
        // Ended from the crisis page: the check goes on where it stopped.
        page = .question
        resetHighlight()
      case .result, .crisis:
        if let last = interview.answers.last, interview.back() {
          page = .question
          preselect(last)
        }
      case .takeAway, .save:
        // Back to the result where it was scrolled.
        let scroll = resultScroll
        page = .result
        resultScroll = scroll
      case .welcome, .stories, .story, .storyEnd:
        break
      }
    case .help:
      // On a question: why we ask, and the keys; elsewhere the keys.
      overlay = .help
    case .closeOverlay:
      overlay = nil
    case .review:
      guard !interview.answers.isEmpty, page != .review, page != .welcome else { return [] }
      openReview()
    case .edit(let index):
      guard page == .review, index >= 0, index < interview.answers.count else { return [] }
      let answer = interview.answers[index]
      page = .question
      editing = answer.question
      preselect(answer)
    case .scroll(let delta):
      resultScroll += delta
      clampScroll()
    case .startOver:
      // Answers are not dropped by a slip of the finger.
      if interview.answers.isEmpty { startOver() } else { overlay = .confirm(.startOver) }
    case .takeAway:
      if page == .result {
        let scroll = resultScroll
        page = .takeAway
        resultScroll = scroll
      }
    case .qrNext(let delta):
      let count = max(1, AppView.links(self).count)
      qrIndex = ((qrIndex + delta) % count + count) % count
    case .save:
      guard mode == .interactive else { return [] }
      if page == .result {
        let scroll = resultScroll
        page = .save
        resultScroll = scroll
        return []
      }
      if page == .save {
        let path = savePath.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else {
          notice = text("ui.save.empty")
          return []
        }
        return [.writeFile(path: path, text: ResultMarkdown.render(result, content: content))]
      }
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
      return [.quickExit]
    case .crisisGoOn:
      guard page == .crisis else { return [] }
      page = interview.isFinished ? .result : .question
      resetHighlight()
    case .finish:
      // The visitor's "finish" asks first: a slip of the finger should not
      // wipe the advice they are still reading.
      if kiosk != nil { overlay = .confirm(.finish) }
    case .learn, .openStory, .reply, .startCheck, .anotherStory:
      break
    case .crisisEnd:
      guard page == .crisis else { return [] }
      page = .result
      notice = text("ui.crisis.ended")
    }
    return []
  }

  /// Answers the question on screen, as a change when it came from the
  /// review; tells the user about answers that no longer apply.
  private mutating func answer(_ options: [String]) {
    notice = nil
    let crisisBefore = Set(crisisCards.map(\.card.id))
    let editedQuestion = editing
    var prunedNotice: String?
    // The message about removed answers shows on the page that comes next.
    defer { if let prunedNotice { notice = prunedNotice } }
    if let editing {
      do {
        let pruned = try interview.change(editing, to: options)
        if !pruned.isEmpty {
          let names = pruned.compactMap { content.question($0.question)?.text.text(textLanguage) }
          prunedNotice = text("ui.pruned", ["count": String(pruned.count), "list": names.joined(separator: " / ")])
        }
      } catch {
        return
      }
      self.editing = nil
      // A change made from the review goes back to the review while the
      // path is complete, so more answers can be checked; new crisis help
      // still comes first.
      let newCrisis = !Set(crisisCards.map(\.card.id)).isSubset(of: crisisBefore)
      if newCrisis {
        // New crisis help comes first, whatever the path.
        resultScroll = 0
        page = .crisis
        resetHighlight()
        return
      }
      if interview.isFinished {
        openReview()
        cursor = interview.answers.firstIndex { $0.question == editedQuestion } ?? 0
        return
      }
    } else {
      do { try interview.answer(options) } catch { return }
    }
    resultScroll = 0
    let crisisNow = Set(crisisCards.map(\.card.id))
    if !interview.isFinished && !crisisNow.isSubset(of: crisisBefore) {
      page = .crisis
    } else {
      page = interview.isFinished ? .result : .question
    }
    resetHighlight()
  }

  /// Drops every answer and shows the welcome screen.
  private mutating func startOver() {
    interview.reset()
    notice = nil
    page = .welcome
  }

  /// The review, returning to the result when the path is complete and to
  /// the current question otherwise.
  private mutating func openReview() {
    page = .review
    reviewReturn = interview.isFinished ? .result : .question
  }

  /// A new question (or page) starts with the first option highlighted and
  /// nothing ticked.
  private mutating func resetHighlight() {
    cursor = 0
    selection = []
    touched = false
  }

  /// Going back or changing an answer starts on the options chosen before;
  /// they still have to be confirmed, so nothing is reused silently.
  private mutating func preselect(_ answer: Answer) {
    guard let question = content.question(answer.question) else { return }
    let indexes = answer.options.compactMap { id in question.options.firstIndex { $0.id == id } }
    cursor = indexes.first ?? 0
    selection = question.kind == .multi ? Set(indexes) : []
    touched = false
  }

  mutating func clampScroll() {
    let total = AppView.resultLines(self).count
    let visible = AppView.resultViewportRows(self)
    resultScroll = min(max(0, resultScroll), max(0, total - visible))
  }
}
