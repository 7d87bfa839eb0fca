/// Why a handout was not saved, for a message in the session's language.
public enum SaveProblem: Hashable, Sendable {
  /// A file or link of that name is there already; nothing is overwritten.
  case exists
  /// The name is a folder's.
  case isFolder
  case denied
  case noFolder
  case diskFull
  /// Any other failure, with the system's words.
  case other(String)

  /// The problem in a few words, for command-line messages.
  public var reason: String {
    switch self {
    case .exists: return "a file of that name is there already"
    case .isFolder: return "is a folder, not a file"
    case .denied: return "permission denied"
    case .noFolder: return "no such folder"
    case .diskFull: return "the disk is full"
    case .other(let words): return words
    }
  }
}

/// The handout's file name: `~` expanded, and the next free name to offer
/// when one exists. Writing it is the system target's `HandoutFile`.
public enum HandoutName {
  /// `~` and `~/…` expanded with `home`.
  public static func expand(_ path: String, home: String?) -> String {
    guard let home, !home.isEmpty else { return path }
    if path == "~" { return home }
    if path.hasPrefix("~/") { return home + path.dropFirst(1) }
    return path
  }

  /// `name` with a number before its extension: "a.md", 2 → "a-2.md".
  public static func numbered(_ name: String, _ n: Int) -> String {
    let slash = name.lastIndex(of: "/").map { name.index(after: $0) } ?? name.startIndex
    let base = name[slash...]
    guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "\(name)-\(n)" }
    return "\(name[..<dot])-\(n)\(name[dot...])"
  }

  /// The next name after `name` to offer when `name` exists: "a-2.md"
  /// after "a.md", "a-3.md" after "a-2.md".
  public static func nextName(after name: String) -> String {
    let slash = name.lastIndex(of: "/").map { name.index(after: $0) } ?? name.startIndex
    let base = name[slash...]
    let stem = base.lastIndex(of: ".").flatMap { $0 == base.startIndex ? nil : $0 }.map { name[..<$0] } ?? name[...]
    if let dash = stem.lastIndex(of: "-"), let n = Int(stem[stem.index(after: dash)...]), n >= 2 {
      let root = String(stem[..<dash]) + String(name[stem.endIndex...])
      return numbered(root, n + 1)
    }
    return numbered(name, 2)
  }
}
