import ChatCheckCore
import ChatCheckUI
import Foundation
import Testing
import ChatCheckTestSupport

enum UIFixtures {
  /// A frozen copy of the shipped content (Tests/Fixtures/screens), so that
  /// content edits do not break the screen tests.
  static let content: Content = Fixtures.screens()

  static let fixture: Content = Fixtures.valid()

  /// The screens fixture with one frozen learning story and the learning
  /// mode's strings (Tests/Fixtures/learn).
  static let learnContent: Content = Fixtures.learn()

  static func state(_ content: Content = content, language: String = "de", size: Size = Size(columns: 80, rows: 24), mode: AppState.Mode = .interactive) -> AppState {
    mode == .kiosk
      ? AppState(content: content, kiosk: KioskSettings(idleTimeout: 120, countdown: 30, pin: nil, local: nil), language: language, region: "DE", size: size)
      : AppState(content: content, language: language, region: "DE", size: size)
  }
}

/// Golden text snapshots of screens. A missing snapshot, or RECORD_SNAPSHOTS
/// set, records the screen and fails the test, so every new golden is reviewed.
enum Snapshot {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

  static func check(_ screen: Screen, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = folder.appendingPathComponent("\(name).txt")
    // Frame the screen so trailing blank rows and the size are visible.
    let framed = "+" + String(repeating: "-", count: screen.size.columns) + "+\n"
      + screen.lines.map { "|" + $0 + String(repeating: " ", count: max(0, screen.size.columns - DisplayWidth.of($0))) + "|" }.joined(separator: "\n")
      + "\n+" + String(repeating: "-", count: screen.size.columns) + "+\n"
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    if !record, let expected = try? String(contentsOf: url, encoding: .utf8) {
      #expect(framed == expected, "screen differs from Snapshots/\(name).txt:\n\(framed)", sourceLocation: sourceLocation)
      return
    }
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? framed.write(to: url, atomically: true, encoding: .utf8)
    Issue.record("recorded Snapshots/\(name).txt; review it and run the tests again", sourceLocation: sourceLocation)
  }
}

/// Sends keys; fails on an unexpected effect.
func press(_ state: inout AppState, _ keys: [Key], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  for key in keys {
    let effects = state.update(.key(key))
    #expect(effects.isEmpty, "\(key) gave \(effects)", sourceLocation: sourceLocation)
  }
}

/// Clicks the first hotspot whose row shows `text`.
@discardableResult
func click(_ state: inout AppState, on text: String) -> [Effect] {
  // Like a mouse user: turn the wheel until the text is on screen.
  for _ in 0..<10 where !AppView.render(state).text.contains(text) {
    _ = state.update(.wheel(1))
  }
  let screen = AppView.render(state)
  guard let row = screen.lines.firstIndex(where: { $0.contains(text) }),
    let range = screen.lines[row].range(of: text)
  else {
    Issue.record("nothing shows '\(text)':\n\(screen.text)")
    return []
  }
  // The column where the text starts, counted in display cells.
  let column = DisplayWidth.of(screen.lines[row][..<range.lowerBound]) + 1
  guard screen.action(atRow: row, column: column) != nil else {
    Issue.record("'\(text)' is not clickable:\n\(screen.text)")
    return []
  }
  return state.update(screen.event(forClickAtRow: row, column: column) ?? .tick(0))
}

/// Answers the shown question by option ids, as a person would: each option
/// through `.choose` (single) or `.toggle` then `.confirm` (multi). For
/// tests where the walk matters, not the keys; a missing question or
/// option fails here, at the cause.
func answer(
  _ state: inout AppState, _ question: String, _ options: String...,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  answer(&state, [(question, options)], sourceLocation: sourceLocation)
}

/// Answers several questions in order: `["who": ["me"], …]` as pairs.
func answer(_ state: inout AppState, _ answers: [(String, [String])], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  for (question, options) in answers {
    guard let shown = state.shownQuestion, shown.id == question else {
      Issue.record("expected question '\(question)', the screen shows \(state.shownQuestion?.id ?? "\(state.page)")", sourceLocation: sourceLocation)
      return
    }
    let indexes = options.compactMap { id in shown.options.firstIndex { $0.id == id } }
    guard indexes.count == options.count else {
      Issue.record("question '\(question)' has no option among \(options): \(shown.options.map(\.id))", sourceLocation: sourceLocation)
      return
    }
    if shown.kind == .single {
      _ = state.update(.action(.choose(indexes[0])))
    } else {
      for index in indexes { _ = state.update(.action(.toggle(index))) }
      _ = state.update(.action(.confirm))
    }
  }
}

/// A click at a cell, resolved against the screen as drawn now, as the
/// driver resolves it against the screen it last drew.
@discardableResult
func click(_ state: inout AppState, row: Int, column: Int) -> [Effect] {
  guard let event = AppView.render(state).event(forClickAtRow: row, column: column) else { return [] }
  return state.update(event)
}

extension AppState {
  /// The name typed on the save page, if it is open.
  var savePath: String? {
    if case .save(let save)? = pageState.result?.destination { return save.path }
    return nil
  }
}
