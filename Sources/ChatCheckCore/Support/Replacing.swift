extension String {
  /// `{name}` replaced by `value`.
  public func replacingPlaceholder(_ name: String, _ value: String) -> String {
    replacingOccurrences("{\(name)}", value)
  }

  /// Replaces every occurrence of `target` (no Foundation needed).
  public func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      out += rest[..<range.lowerBound]
      out += replacement
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}
