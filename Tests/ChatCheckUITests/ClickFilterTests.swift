import ChatCheckUI
import Testing

/// One click is one action, tested on a clock of its own (no waiting).
@Suite("Click filter")
struct ClickFilterTests {
  func accept(_ filter: inout ClickFilter, row: Int, at time: Double) -> Bool {
    filter.accepts(row: row, at: time)
  }

  @Test func theSecondClickOfADoubleClickOnOneRowIsDropped() {
    var filter = ClickFilter()
    #expect(accept(&filter, row: 5, at: 10) == true)
    filter.clicked(changedScreen: false)
    #expect(accept(&filter, row: 5, at: 10.2) == false, "a double-click")
    #expect(accept(&filter, row: 6, at: 10.25) == true, "another row is another click")
    filter.clicked(changedScreen: false)
    #expect(accept(&filter, row: 6, at: 10.25 + ClickFilter.doubleClick) == true, "slow enough")
  }

  @Test func aClickSoonAfterOneThatChangedTheScreenIsDropped() {
    var filter = ClickFilter()
    #expect(accept(&filter, row: 5, at: 10) == true)
    filter.clicked(changedScreen: true)
    #expect(accept(&filter, row: 8, at: 10.45) == false, "the rest of a slow double-click")
    #expect(accept(&filter, row: 8, at: 10 + ClickFilter.settle) == true, "the person has seen the new screen")
  }

  @Test func aKeyPressMeansThePersonSeesTheScreen() {
    var filter = ClickFilter()
    #expect(accept(&filter, row: 5, at: 10) == true)
    filter.clicked(changedScreen: true)
    filter.keyPressed()
    #expect(accept(&filter, row: 8, at: 10.45) == true)
  }
}
