#if canImport(Glibc)
  import Glibc
#endif
import CProcess

/// What every run does for itself before it reads any input, in every
/// mode.
public enum ProcessSetup {
  /// - No core file: a crash must not write the visitor's answers to disk.
  ///   The core-file limit goes to zero and the process becomes
  ///   non-dumpable, which also keeps other processes of the same user
  ///   from reading its memory (the kiosk unit also sets `LimitCORE=0`).
  /// - No death by SIGXFSZ: a save beyond a file-size limit fails with
  ///   EFBIG, which the save reports like a full disk (no partial file,
  ///   the terminal restored), instead of killing the program mid-screen.
  ///
  /// False when the system refused to turn core dumps off.
  @discardableResult
  public static func apply() -> Bool {
    signal(SIGXFSZ, SIG_IGN)
    return chatcheck_forbid_core_dumps() == 0
  }
}
