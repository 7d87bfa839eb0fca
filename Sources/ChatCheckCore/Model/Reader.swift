/// Who reads the advice: the person affected, a parent or carer, or a
/// helper (a friend, teacher, social worker or counsellor).
public enum Reader: String, CaseIterable, Hashable, Sendable {
  /// The person affected (`self` in content and JSON).
  case affected = "self"
  case parent
  case helper

  /// The fact that makes the user a parent or carer.
  public static let parentFact = "asker.parent"
  /// The fact that makes the user a helper.
  public static let helperFact = "asker.other"
  /// The facts the reader is derived from.
  public static let facts = [parentFact, helperFact]

  /// The reader for a set of facts: `parent` when `asker.parent` holds,
  /// `helper` when `asker.other` holds, else the person affected.
  public init(facts: Set<String>) {
    self.init(has: facts.contains)
  }

  public init(has: (String) -> Bool) {
    if has(Self.parentFact) {
      self = .parent
    } else if has(Self.helperFact) {
      self = .helper
    } else {
      self = .affected
    }
  }

  /// "a parent", for messages.
  public var described: String {
    switch self {
    case .affected: return "the person affected (self)"
    case .parent: return "a parent (parent)"
    case .helper: return "a helper (helper)"
    }
  }
}

/// The age of the person affected that a service is about.
public enum AgeBand: String, CaseIterable, Hashable, Sendable {
  /// Children and teenagers: shown only when the person affected is under 18.
  case young
  /// Shown only when the person affected is 18 or older.
  case adult
  case all

  /// The fact that makes the person affected a minor.
  public static let minorFact = "victim.minor"

  /// Whether a service for this age band is shown when the person affected
  /// is (`minor`) or is not under 18.
  public func serves(minor: Bool) -> Bool {
    switch self {
    case .all: return true
    case .young: return minor
    case .adult: return !minor
    }
  }
}
