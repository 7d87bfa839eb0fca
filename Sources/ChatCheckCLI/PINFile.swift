#if canImport(Glibc)
  import Glibc
#endif
import ChatCheckCore

/// The kiosk's staff PIN file: one crypt(3) hash, mode 0600.
enum PINFile {
  /// Reads and checks the file: a regular file that only its owner can
  /// write, holding one hash with sane cost parameters.
  static func read(_ path: String) throws(ChatCheckError) -> StaffPIN {
    let shown = TerminalText.escape(path)
    let file = try FileSystem.read(path, kind: .pinFile)
    if file.status.st_mode & 0o022 != 0 {
      throw ChatCheckError(
        .dataError,
        "\(shown): others than its owner may write it (mode \(String(file.status.st_mode & 0o777, radix: 8))), so anyone could set their own PIN; run 'chmod 600 \(shown)'")
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
  static func write(_ line: String, to path: String) throws(ChatCheckError) {
    let shown = TerminalText.escape(path)
    if FileSystem.kind(path, follow: false) == S_IFDIR {
      throw ChatCheckError(.noInput, "\(shown): is a folder, not a file")
    }
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
}
