/// The typed file name of the save page: bounded work per key.
extension AppState {
  /// Whether `c` would be a fifth combining mark on one letter (looks at
  /// no more than the last five characters of `text`).
  static func tooManyMarks(_ text: String, adding c: Character) -> Bool {
    func isMark(_ scalar: Unicode.Scalar) -> Bool {
      let category = scalar.properties.generalCategory
      return category == .nonspacingMark || category == .enclosingMark || category == .spacingMark
    }
    let added = c.unicodeScalars.filter(isMark).count
    guard added > 0 else { return false }
    var trailing = 0
    for scalar in text.unicodeScalars.reversed().prefix(5) {
      guard isMark(scalar) else { break }
      trailing += 1
    }
    return trailing + added > 4
  }
}
