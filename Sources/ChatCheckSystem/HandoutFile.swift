#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ChatCheckCore

/// Writing the handout the user asked for: never over an existing file or
/// through a link, readable by its owner only, and no half-written file
/// left behind.
public enum HandoutFile {
  /// The first of `name`, "name-2", "name-3" … (at most 100 tries) that
  /// nothing exists at; `expand` turns a typed name into a path. Looks,
  /// never writes.
  public static func freeName(from name: String, expand: (String) -> String) -> String {
    var candidate = name
    var info = stat()
    for _ in 0..<100 where lstat(expand(candidate), &info) == 0 {
      candidate = HandoutName.nextName(after: candidate)
    }
    return candidate
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

  public static func problem(_ code: Int32) -> SaveProblem {
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
