/// Which clicks act, so that one click is one action. The second click of
/// a double-click on the same row would act on the screen the first one
/// opened, and so would any click soon after one that changed the screen
/// (the rest of a slow double-click): both are dropped. Times come from
/// the caller's clock, so the rule is tested without waiting.
public struct ClickFilter: Sendable {
  /// Clicks on one row closer than this are one double-click.
  public static let doubleClick = 0.4
  /// After a click that changed the screen, clicks this soon are dropped.
  public static let settle = 0.5

  private var last = (time: -Double.infinity, row: -1)
  private var changedScreen = false

  public init() {}

  /// Whether a click on `row` at `time` (seconds) acts.
  public mutating func accepts(row: Int, at time: Double) -> Bool {
    let soon = time - last.time
    if soon < Self.doubleClick && row == last.row { return false }
    if soon < Self.settle && changedScreen { return false }
    last = (time, row)
    return true
  }

  /// What the accepted click did: whether it changed what is on screen.
  public mutating func clicked(changedScreen: Bool) {
    self.changedScreen = changedScreen
  }

  /// A key press: the person acts on what is shown now.
  public mutating func keyPressed() {
    changedScreen = false
  }
}
