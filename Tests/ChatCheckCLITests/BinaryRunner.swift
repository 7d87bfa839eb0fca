import Foundation

/// Runs the built `chatcheck` binary, as a user or script would.
struct Run {
  var stdout: String
  var stderr: String
  var status: Int32
}

enum Binary {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

  /// The `chatcheck` built next to this test bundle (or `CHATCHECK_BIN`).
  static let path: String = {
    if let explicit = ProcessInfo.processInfo.environment["CHATCHECK_BIN"] { return explicit }
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("chatcheck").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return packageRoot.appendingPathComponent(".build/debug/chatcheck").path
  }()

  /// A clean environment: no locale, no colour settings, unless given.
  static func run(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
    directory: URL? = nil, executable: String? = nil
  ) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable ?? path)
    process.arguments = arguments
    var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
    // Sanitizer settings of a sanitizer run reach the child, as in tmux.
    for key in ["ASAN_OPTIONS", "TSAN_OPTIONS", "LSAN_OPTIONS"] {
      if let value = ProcessInfo.processInfo.environment[key] { env[key] = value }
    }
    env.merge(environment) { $1 }
    process.environment = env
    process.currentDirectoryURL = directory ?? packageRoot
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { writeWithoutSIGPIPE(Data(stdin.utf8), to: input.fileHandleForWriting) }
    try input.fileHandleForWriting.close()
    // Read both pipes fully before waiting, so large outputs cannot block.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
    DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
    group.wait()
    process.waitUntilExit()
    return Run(
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// A binary that stops before reading its input (a usage error) closes
  /// the pipe, and writing to it would end the test process with SIGPIPE.
  /// The signal is blocked for this thread during the write, which then
  /// fails (no failure of the test), and a pending one is taken away. The
  /// binary was started before, so it keeps the default handling.
  static func writeWithoutSIGPIPE(_ data: Data, to handle: FileHandle) {
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
    try? handle.write(contentsOf: data)
    var pending = sigset_t()
    sigpending(&pending)
    if sigismember(&pending, SIGPIPE) == 1 {
      var now = timespec()
      _ = sigtimedwait(&pipeSignal, nil, &now)
    }
    pthread_sigmask(SIG_SETMASK, &previous, nil)
  }

  static func temporaryFile(_ text: String, name: String = "answers.yaml") throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chatcheck-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  static func json(_ text: String) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
  }
}
