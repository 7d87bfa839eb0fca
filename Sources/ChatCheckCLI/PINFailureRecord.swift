#if canImport(Glibc)
  import Glibc
#endif
import ChatCheckCore
import ChatCheckSystem

/// The kiosk's count of wrong staff PINs, kept across restarts in the
/// service's runtime folder (`RUNTIME_DIRECTORY`, a tmpfs that systemd
/// creates and removes with the service): restarting the kiosk must not
/// reset the back-off. It holds one number, nothing of a visitor. Without
/// a runtime folder (a kiosk started by hand) the count lives in memory
/// only.
enum PINFailureRecord {
  static let fileName = "pin-failures"

  /// The file, when the environment names a runtime folder.
  static var path: String? {
    guard let folder = Environment.value("RUNTIME_DIRECTORY"), folder.hasPrefix("/") else { return nil }
    // systemd may list several folders, separated by ':'; the first is ours.
    let first = folder.split(separator: ":").first.map(String.init) ?? folder
    return first + "/" + fileName
  }

  /// The count from the file; 0 when there is none or it is unreadable.
  static func read() -> Int {
    guard let path, let text = try? FileSystem.readText(path, kind: .pinFile) else { return 0 }
    return min(1000, max(0, Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0))
  }

  /// Replaces the file's count (through a new file renamed over it, so a
  /// crash never leaves half a number). Failures are ignored: the count
  /// still holds in memory.
  static func write(_ count: Int) {
    guard let path else { return }
    let temporary = "\(path).new-\(getpid())"
    unlink(temporary)
    if HandoutFile.write("\(count)\n", to: temporary) == nil, rename(temporary, path) != 0 {
      unlink(temporary)
    }
  }
}
