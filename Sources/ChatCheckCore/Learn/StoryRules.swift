/// The rules that keep a learning story a test of judgement, not of
/// guessing: a class must not find the safe reply by where it stands or
/// by how long it is. The loader (and so lint and the build) reports
/// every story that breaks them.
public enum StoryRules {
  /// A broken rule, where it is and what to change.
  public struct Problem: Sendable, Equatable {
    public var location: SourceLocation
    public var message: String
  }

  /// How much longer, on average, one kind of reply (safe or risky) may
  /// be than the other: 20 %.
  public static let lengthTolerance = 0.2

  /// Every broken rule of `story`, in every language of `languages`.
  public static func problems(_ story: LearnStory, languages: [String]) -> [Problem] {
    positionProblems(story) + languages.compactMap { lengthProblem(story, language: $0) }
  }

  /// A position (first reply, second, …) that holds a safe reply in more
  /// than half the decisions: someone who always picks it would be right
  /// most of the time without reading.
  public static func positionProblems(_ story: LearnStory) -> [Problem] {
    let decisions = story.decisions
    let positions = decisions.map(\.options.count).max() ?? 0
    return (0..<positions).compactMap { position in
      let safe = decisions.filter { $0.options.indices.contains(position) && $0.options[position].safe }.count
      guard 2 * safe > decisions.count else { return nil }
      return Problem(
        location: story.location,
        message: "story '\(story.id)': the safe reply is reply \(position + 1) in \(safe) of \(decisions.count) decisions; "
          + "at most half may have it in the same place, or a class guesses it by position")
    }
  }

  /// The average lengths of the safe and the risky replies' texts in
  /// `language`, in characters; nil when the story has no reply of one kind.
  public static func averageLengths(_ story: LearnStory, language: String) -> (safe: Double, risky: Double)? {
    var sums = (safe: 0, risky: 0), counts = (safe: 0, risky: 0)
    for option in story.decisions.flatMap(\.options) {
      let length = option.text.text(language).count
      if option.safe {
        sums.safe += length
        counts.safe += 1
      } else {
        sums.risky += length
        counts.risky += 1
      }
    }
    guard counts.safe > 0, counts.risky > 0 else { return nil }
    return (Double(sums.safe) / Double(counts.safe), Double(sums.risky) / Double(counts.risky))
  }

  /// Safe replies that are, on average, more than 20 % longer (or
  /// shorter) than risky ones in `language`: the longest reply would
  /// give the answer away.
  public static func lengthProblem(_ story: LearnStory, language: String) -> Problem? {
    guard let (safe, risky) = averageLengths(story, language: language),
      max(safe, risky) > (1 + lengthTolerance) * min(safe, risky)
    else { return nil }
    let longer = safe > risky ? "safe" : "risky"
    return Problem(
      location: story.location,
      message: "story '\(story.id)' (\(language)): safe replies average \(Int(safe.rounded())) characters, risky ones "
        + "\(Int(risky.rounded())); the \(longer) ones may be at most 20 % longer, or a class guesses by length")
  }
}
