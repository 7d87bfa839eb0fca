/// Near-miss suggestions for misspelled ids and keys.
public enum Suggestion {
  /// " (did you mean 'x'?)" for a near miss, else "".
  public static func didYouMean(_ word: String, _ candidates: [String]) -> String {
    let best = candidates.map { ($0, distance($0, word)) }.min { $0.1 < $1.1 }
    if let best, best.1 <= max(1, word.count / 3) { return " (did you mean '\(best.0)'?)" }
    return ""
  }

  /// Optimal string alignment distance: insertions, deletions,
  /// substitutions and swaps of neighbours each cost one.
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[a.count][b.count]
  }
}
