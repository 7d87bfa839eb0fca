#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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

/// Writing the handout the user asked for: never over an existing file or
/// through a link, readable by its owner only, and no half-written file
/// left behind.
public enum HandoutFile {
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

  /// Writes `text` to `path` with `O_CREAT | O_EXCL | O_NOFOLLOW`, mode
  /// 0600 (never a fallback without them); every write, the fsync and the
  /// close are checked, and a partial file is
  /// removed. Nil when saved.
  public static func write(_ text: String, to path: String) -> SaveProblem? {
    var info = stat()
    if path.hasSuffix("/") || (stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR) { return .isFolder }
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return problem(errno) }
    var bytes = Array(text.utf8)
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeMutableBytes { systemWrite(fd, $0.baseAddress! + done, $0.count - done) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 {
        let code = n < 0 ? errno : ENOSPC
        close(fd)
        unlink(path)
        return problem(code)
      }
      done += n
    }
    bytes.removeAll()
    // On the disk, or reported: a full disk can surface only here.
    if fsync(fd) != 0 && errno != EINVAL {
      let code = errno
      close(fd)
      unlink(path)
      return problem(code)
    }
    if close(fd) != 0 {
      let code = errno
      unlink(path)
      return problem(code)
    }
    return nil
  }

  private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.write(fd, buffer, count)
    #else
      Darwin.write(fd, buffer, count)
    #endif
  }

  static func problem(_ code: Int32) -> SaveProblem {
    switch code {
    case EEXIST, ELOOP: return .exists
    case EACCES, EPERM, EROFS: return .denied
    case ENOENT, ENOTDIR: return .noFolder
    case EISDIR: return .isFolder
    case ENOSPC, EDQUOT, EFBIG: return .diskFull
    default: return .other(String(cString: strerror(code)))
    }
  }
}
