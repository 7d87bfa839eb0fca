#if canImport(Glibc)
  import Glibc
#endif

/// Standard input, output and error exist before anything is opened: a
/// descriptor 0–2 that the caller closed is opened on /dev/null, so that no
/// file (a PIN file, a handout) ever becomes "standard output".
enum StandardDescriptors {
  /// Returns the descriptors that were closed.
  @discardableResult
  static func ensureOpen() -> Set<Int32> {
    var closed: Set<Int32> = []
    for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
      closed.insert(fd)
      let opened = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
      // open() returns the lowest free descriptor, which is `fd` itself.
      if opened >= 0 && opened != fd {
        dup2(opened, fd)
        close(opened)
      }
    }
    return closed
  }
}
