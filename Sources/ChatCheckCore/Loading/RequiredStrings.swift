/// The UI strings a front end needs, which content must define in every
/// language. Each front end declares its own (the screens, plain mode,
/// Core's renderers); the loader checks the ones it is given.
public struct RequiredStrings: Sendable, Equatable {
  /// One front end's strings.
  public struct Group: Sendable, Equatable {
    /// Who needs them, for the error: "the screens need it".
    public var neededBy: String
    public var always: [String]
    /// Needed only when the content has learning stories.
    public var withStories: [String]
  }

  public var groups: [Group]

  public init(_ neededBy: String, always: [String], withStories: [String] = []) {
    groups = [Group(neededBy: neededBy, always: always, withStories: withStories)]
  }

  init(groups: [Group]) { self.groups = groups }

  /// Both front ends' strings.
  public static func + (a: RequiredStrings, b: RequiredStrings) -> RequiredStrings {
    RequiredStrings(groups: a.groups + b.groups)
  }

  /// Every key needed (with or without stories), each once, with the first
  /// front end that needs it.
  public func keys(hasStories: Bool) -> [(key: String, neededBy: String)] {
    var seen: Set<String> = []
    var keys: [(key: String, neededBy: String)] = []
    for group in groups {
      for key in group.always + (hasStories ? group.withStories : []) where seen.insert(key).inserted {
        keys.append((key, group.neededBy))
      }
    }
    return keys
  }

  /// Every key any group could need.
  public var all: Set<String> { Set(groups.flatMap { $0.always + $0.withStories }) }
}
