#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ChatCheckCore

/// Reading files and folders with the C library. Errors carry the
/// documented exit codes.
enum FileSystem {
  /// The bytes of `path` as UTF-8 text. Missing or unreadable: 66; not
  /// UTF-8: 65.
  static func readText(_ path: String) throws(ChatCheckError) -> String {
    let shown = path
    guard let file = fopen(path, "rb") else {
      throw ChatCheckError(.noInput, "\(shown): \(reason(errno))")
    }
    defer { fclose(file) }
    let bytes = try readAll(file, shown)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ChatCheckError(.dataError, "\(shown):1:1: the file is not UTF-8 text")
    }
    return text
  }

  /// Everything on standard input.
  static func readStandardInput() throws(ChatCheckError) -> String {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw ChatCheckError(.noInput, "standard input: \(reason(errno))")
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ChatCheckError(.dataError, "standard input:1:1: the input is not UTF-8 text")
    }
    return text
  }

  private static func readAll(_ file: UnsafeMutablePointer<FILE>, _ shown: String) throws(ChatCheckError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
      if count > 0 { bytes.append(contentsOf: chunk[0..<count]) }
      if count < chunk.count {
        if ferror(file) != 0 { throw ChatCheckError(.noInput, "\(shown): \(reason(errno))") }
        break
      }
    }
    return bytes
  }

  static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file or folder"
    case EACCES: return "permission denied"
    case EISDIR: return "is a folder, not a file"
    default: return String(cString: strerror(code))
    }
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Regular files below `root`, as paths relative to it, sorted. Hidden
  /// files and folders are skipped.
  static func files(under root: String) throws(ChatCheckError) -> [String] {
    var result: [String] = []
    var pending = [""]
    while let relative = pending.popLast() {
      let path = relative.isEmpty ? root : "\(root)/\(relative)"
      guard let dir = opendir(path) else {
        throw ChatCheckError(.noInput, "\(path): \(reason(errno))")
      }
      defer { closedir(dir) }
      while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        if name.hasPrefix(".") { continue }
        let child = relative.isEmpty ? name : "\(relative)/\(name)"
        if isDirectory("\(root)/\(child)") { pending.append(child) } else { result.append(child) }
      }
    }
    return result.sorted()
  }
}
