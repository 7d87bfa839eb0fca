#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ChatCheckCore

/// What a file is read as: each kind has its own size limit and name.
enum InputKind {
  case contentFile, answers, localContact, pinFile

  var limit: Int {
    switch self {
    case .contentFile: return InputLimits.contentFileBytes
    case .answers: return InputLimits.answersBytes
    case .localContact: return InputLimits.localContactBytes
    case .pinFile: return InputLimits.pinFileBytes
    }
  }

  var name: String {
    switch self {
    case .contentFile: return "content file"
    case .answers: return "answers file"
    case .localContact: return "local-contact file"
    case .pinFile: return "PIN file"
    }
  }
}

/// Reading files and folders with the C library, within `InputLimits`.
/// Only regular files are read: a FIFO, a device or a folder where a file
/// is meant is refused without blocking. Errors carry the documented exit
/// codes and show names with `TerminalText.escape`.
enum FileSystem {
  /// A file's text and its status (owner, mode).
  struct FileText {
    var text: String
    var status: stat
  }

  /// The text of `path`. Missing, unreadable or not a regular file: 66;
  /// over the kind's size limit or not UTF-8: 65.
  static func readText(_ path: String, kind: InputKind) throws(ChatCheckError) -> String {
    try read(path, kind: kind).text
  }

  static func read(_ path: String, kind: InputKind) throws(ChatCheckError) -> FileText {
    let shown = TerminalText.escape(path)
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else { throw ChatCheckError(.noInput, "\(shown): \(reason(errno))") }
    defer { close(fd) }
    return try read(fd, shown: shown, kind: kind)
  }

  /// The text of `relative` inside the folder `root`, opened one component
  /// at a time relative to the folder before it, never through a symbolic
  /// link: a link swapped in after the walk checked the name is refused,
  /// not followed out of the folder.
  static func readInside(_ root: String, _ relative: String, kind: InputKind) throws(ChatCheckError) -> String {
    let shown = TerminalText.escape("\(root)/\(relative)")
    var folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard folder >= 0 else { throw ChatCheckError(.noInput, "\(TerminalText.escape(root)): \(reason(errno))") }
    let parts = relative.split(separator: "/").map(String.init)
    for part in parts.dropLast() {
      let next = openat(folder, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      let code = errno
      close(folder)
      guard next >= 0 else { throw ChatCheckError(.noInput, "\(shown): \(linkReason(code))") }
      folder = next
    }
    defer { close(folder) }
    let fd = openat(folder, parts.last ?? "", O_RDONLY | O_NONBLOCK | O_NOCTTY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { throw ChatCheckError(.noInput, "\(shown): \(linkReason(errno))") }
    defer { close(fd) }
    return try read(fd, shown: shown, kind: kind).text
  }

  /// ELOOP and ENOTDIR from an O_NOFOLLOW open mean a symbolic link.
  private static func linkReason(_ code: Int32) -> String {
    code == ELOOP || code == ENOTDIR
      ? "is a symbolic link (or became one); a content folder holds only real files and folders" : reason(code)
  }

  /// The text of an open file, within the kind's limit.
  private static func read(_ fd: Int32, shown: String, kind: InputKind) throws(ChatCheckError) -> FileText {
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw ChatCheckError(.noInput, "\(shown): \(reason(errno))") }
    try requireRegular(info, shown)
    let limit = kind.limit
    if Int(info.st_size) > limit {
      throw ChatCheckError(.dataError, "\(shown): \(info.st_size) bytes; \(kind.name)s may have at most \(limit) bytes")
    }
    let bytes = try readUpTo(fd, limit: limit, shown)
    if bytes.count > limit {
      throw ChatCheckError(.dataError, "\(shown): more than \(limit) bytes; \(kind.name)s may have at most \(limit) bytes")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ChatCheckError(.dataError, "\(shown):1:1: the file is not UTF-8 text")
    }
    return FileText(text: text, status: info)
  }

  /// Refuses folders, FIFOs, devices and sockets where a file is meant.
  static func requireRegular(_ info: stat, _ shown: String) throws(ChatCheckError) {
    switch info.st_mode & S_IFMT {
    case S_IFREG: return
    case S_IFDIR: throw ChatCheckError(.noInput, "\(shown): is a folder, not a file")
    case S_IFIFO: throw ChatCheckError(.noInput, "\(shown): is a FIFO (named pipe), not a file; ChatCheck reads only regular files")
    case S_IFCHR, S_IFBLK: throw ChatCheckError(.noInput, "\(shown): is a device, not a file; ChatCheck reads only regular files")
    default: throw ChatCheckError(.noInput, "\(shown): is not a regular file")
    }
  }

  /// Up to `limit + 1` bytes (one more says the input is too long).
  static func readUpTo(_ fd: Int32, limit: Int, _ shown: String) throws(ChatCheckError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while bytes.count <= limit {
      let want = min(chunk.count, limit + 1 - bytes.count)
      let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, want) }
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN {
          // Standard input that is not ready: wait for it.
          var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
          _ = poll(&poller, 1, -1)
          continue
        }
        throw ChatCheckError(.noInput, "\(shown): \(reason(errno))")
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }

  /// Everything on standard input, up to the answers limit.
  static func readStandardInput() throws(ChatCheckError) -> String {
    let limit = InputLimits.answersBytes
    let bytes = try readUpTo(0, limit: limit, "standard input")
    if bytes.count > limit {
      throw ChatCheckError(.dataError, "standard input: more than \(limit) bytes; answers may have at most \(limit) bytes")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ChatCheckError(.dataError, "standard input:1:1: the input is not UTF-8 text")
    }
    return text
  }

  static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file or folder"
    case EACCES: return "permission denied (as its owner, or with sudo, it may work)"
    case EISDIR: return "is a folder, not a file"
    case ELOOP: return "too many symbolic links (a loop?)"
    case ENAMETOOLONG: return "the name is too long"
    default: return String(cString: strerror(code))
    }
  }

  /// What `path` is, without following a last symbolic link.
  static func kind(_ path: String, follow: Bool = true) -> mode_t? {
    var info = stat()
    let result = follow ? stat(path, &info) : lstat(path, &info)
    return result == 0 ? info.st_mode & S_IFMT : nil
  }

  static func isDirectory(_ path: String) -> Bool { kind(path) == S_IFDIR }

  /// Regular files below `root`, as paths relative to it, sorted. Hidden
  /// entries are skipped; symbolic links are refused (they could lead out
  /// of the folder or around in a loop); the walk stops at the limits of
  /// files and depth.
  static func files(under root: String) throws(ChatCheckError) -> [String] {
    var result: [String] = []
    var pending: [(String, Int)] = [("", 0)]
    while let (relative, depth) = pending.popLast() {
      let path = relative.isEmpty ? root : "\(root)/\(relative)"
      guard let dir = opendir(path) else {
        throw ChatCheckError(.noInput, "\(TerminalText.escape(path)): \(reason(errno))")
      }
      defer { closedir(dir) }
      while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        if name.hasPrefix(".") { continue }
        let child = relative.isEmpty ? name : "\(relative)/\(name)"
        let shown = TerminalText.escape("\(root)/\(child)")
        switch kind("\(root)/\(child)", follow: false) {
        case S_IFDIR:
          guard depth + 1 <= InputLimits.contentFolderDepth else {
            throw ChatCheckError(.dataError, "\(shown): folders nested deeper than \(InputLimits.contentFolderDepth) levels in a content folder")
          }
          pending.append((child, depth + 1))
        case S_IFLNK:
          throw ChatCheckError(.noInput, "\(shown): is a symbolic link; a content folder holds only real files and folders")
        default:
          result.append(child)
          if result.count > InputLimits.contentFiles {
            throw ChatCheckError(.dataError, "\(TerminalText.escape(root)): more than \(InputLimits.contentFiles) files; a content folder may have at most \(InputLimits.contentFiles)")
          }
        }
      }
    }
    return result.sorted()
  }
}
