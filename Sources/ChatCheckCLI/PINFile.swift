#if canImport(Glibc)
  import Glibc
#endif
import ChatCheckCore
import ChatCheckSystem

/// The kiosk's staff PIN file: one crypt(3) hash, mode 0600.
enum PINFile {
  /// Reads and checks the file: a regular file that only its owner can
  /// write, holding one hash with sane cost parameters.
  static func read(_ path: String) throws(ChatCheckError) -> StaffPIN {
    let shown = TerminalText.escape(path)
    let file = try FileSystem.read(path, kind: .pinFile)
    let mode = String(file.status.st_mode & 0o777, radix: 8)
    if file.status.st_mode & 0o022 != 0 {
      throw ChatCheckError(
        .dataError,
        "\(shown): others than its owner may write it (mode \(mode)), so anyone could set their own PIN; run 'chmod 600 \(shown)'")
    }
    // Readable by others, a short PIN falls to guessing offline.
    if file.status.st_mode & 0o044 != 0 {
      throw ChatCheckError(.dataError, "\(shown): others than its owner may read it (mode \(mode)); run 'chmod 600 \(shown)'")
    }
    if file.status.st_uid != 0 && file.status.st_uid != geteuid() {
      throw ChatCheckError(
        .dataError,
        "\(shown): belongs to user \(file.status.st_uid), neither root nor the user running this; run it as that user (sudo -u '#\(file.status.st_uid)' …), or 'chown root \(shown)' for a kiosk that runs as root")
    }
    if let folder = writableFolder(above: path) {
      throw ChatCheckError(
        .dataError,
        "\(shown): the folder \(TerminalText.escape(folder)) may be changed by others (and has no sticky bit), so anyone could put their own PIN file there")
    }
    switch StaffPIN.parse(file.text) {
    case .success(let pin):
      return pin
    case .failure(.format):
      throw ChatCheckError(.dataError, "\(shown):1:1: not a PIN file; write one with 'chatcheck kiosk set-pin --staff-pin-file \(shown)'")
    case .failure(.method(let method)):
      throw ChatCheckError(.dataError, "\(shown):1:1: hash method '$\(TerminalText.escape(method))$' is not supported; use yescrypt ('chatcheck kiosk set-pin' or 'mkpasswd -m yescrypt')")
    case .failure(.cost(let detail)):
      throw ChatCheckError(.dataError, "\(shown):1:1: the hash's cost is outside the sane range (\(detail)); make a new one with 'chatcheck kiosk set-pin'")
    }
  }

  /// Writes `line` to `path` with mode 0600: into a new file beside it
  /// (created exclusively, never through a symbolic link), then renamed
  /// over, so a reader never sees half a hash. Every step is checked.
  ///
  /// Only nothing, or a regular file that already holds a PIN hash, is
  /// replaced: a typo such as `/etc/shadow` under `sudo` must not destroy a
  /// system file. `force` replaces any other regular file; a link, device,
  /// FIFO or folder never.
  static func write(_ line: String, to path: String, force: Bool = false) throws(ChatCheckError) {
    let shown = TerminalText.escape(path)
    try requireReplaceable(path, force: force)
    // Written like a handout (exclusive, never through a link, mode 0600,
    // every step checked, a partial file removed), then renamed over.
    let temporary = "\(path).new-\(getpid())"
    if let problem = HandoutFile.write(line, to: temporary) {
      throw ChatCheckError(.noInput, "\(shown): not written: \(problem.reason)")
    }
    guard rename(temporary, path) == 0 else {
      let reason = FileSystem.reason(errno)
      unlink(temporary)
      throw ChatCheckError(.internalError, "\(shown): not written: \(reason)")
    }
  }

  /// Throws unless `path` is missing, or a regular file holding a PIN hash
  /// (or any regular file with `force`).
  static func requireReplaceable(_ path: String, force: Bool) throws(ChatCheckError) {
    let shown = TerminalText.escape(path)
    var info = stat()
    guard lstat(path, &info) == 0 else {
      if errno == ENOENT {
        // The PIN is asked for only when it can be written: the folder
        // must exist and take a new file.
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        if access(folder.isEmpty ? "/" : folder, W_OK | X_OK) != 0 {
          throw ChatCheckError(.noInput, "\(TerminalText.escape(folder.isEmpty ? "/" : folder)): \(FileSystem.reason(errno)); nothing was written")
        }
        return
      }
      throw ChatCheckError(.noInput, "\(shown): \(FileSystem.reason(errno)); nothing was written")
    }
    if info.st_mode & S_IFMT == S_IFLNK {
      throw ChatCheckError(.noInput, "\(shown): is a symbolic link; name the file itself. Nothing was written")
    }
    do {
      try FileSystem.requireRegular(info, shown)
    } catch {
      throw ChatCheckError(.noInput, error.lines.map { $0 + "; nothing was written" })
    }
    if force { return }
    let text = (try? FileSystem.read(path, kind: .pinFile).text) ?? ""
    if case .success = StaffPIN.parse(text) { return }
    throw ChatCheckError(
      .noInput,
      "\(shown): exists and holds something other than a PIN hash; nothing was written (to replace it anyway: 'chatcheck kiosk set-pin --force --staff-pin-file \(shown)')")
  }

  /// The first folder above `path` that others may write to without the
  /// sticky bit (which would let them rename their own file over it).
  static func writableFolder(above path: String) -> String? {
    var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard realpath(path, &resolved) != nil else { return nil }
    var folder = String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    while folder != "/" {
      folder = folder.split(separator: "/").dropLast().joined(separator: "/")
      folder = "/" + folder
      var info = stat()
      guard stat(folder, &info) == 0 else { return nil }
      if info.st_mode & 0o022 != 0 && info.st_mode & mode_t(S_ISVTX) == 0 { return folder }
    }
    return nil
  }
}
