/// A place in a content or answers file: 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file as the user named it (or `Content/...` for embedded content).
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `FILE:LINE:COL`.
  public var description: String { "\(file):\(line):\(column)" }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.file, a.line, a.column) < (b.file, b.line, b.column)
  }
}

/// One problem found in content or answers.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }

  public var severity: Severity
  public var location: SourceLocation
  public var message: String
  /// A warning that `lint --strict` still reports as a warning (such as an
  /// unverified resource whose note says why).
  public var strictExempt: Bool

  public init(_ severity: Severity, _ location: SourceLocation, _ message: String, strictExempt: Bool = false) {
    self.severity = severity
    self.location = location
    self.message = message
    self.strictExempt = strictExempt
  }

  /// `FILE:LINE:COL: error: message`, the documented form.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Collects diagnostics while a file is read, so every problem is reported
/// at once instead of stopping at the first. At most
/// `InputLimits.diagnostics` are kept; the rest are counted and reported as
/// one last line, so a small hostile input cannot produce millions of lines.
public final class DiagnosticLog {
  private var kept: [Diagnostic] = []
  private var dropped = 0
  private var droppedErrors = 0
  private var firstDropped: SourceLocation?
  private var redirect: DiagnosticLog?
  /// Errors logged so far, kept or dropped.
  public private(set) var errorCount = 0

  public init() {}

  /// The diagnostics kept, then "… and N more" when some were dropped.
  public var items: [Diagnostic] {
    guard dropped > 0, let place = firstDropped else { return kept }
    return kept + [Diagnostic(
      droppedErrors > 0 ? .error : .warning, place,
      "and \(dropped) more problems from here on, not listed (only the first \(InputLimits.diagnostics) are)")]
  }

  /// Diagnostics added while `body` runs go to `other` instead.
  func redirecting(to other: DiagnosticLog, _ body: () -> Void) {
    let outer = redirect
    redirect = other
    defer { redirect = outer }
    body()
  }

  /// Adds what `other` holds, in its order, exactly as if each had been
  /// added here now (the limit and the count of dropped ones included).
  func append(_ other: DiagnosticLog) {
    for diagnostic in other.kept { add(diagnostic) }
    dropped += other.dropped
    droppedErrors += other.droppedErrors
    errorCount += other.droppedErrors
    if firstDropped == nil { firstDropped = other.firstDropped }
  }

  private func add(_ diagnostic: Diagnostic) {
    if let redirect {
      redirect.add(diagnostic)
      return
    }
    if diagnostic.severity == .error { errorCount += 1 }
    guard kept.count < InputLimits.diagnostics else {
      dropped += 1
      if diagnostic.severity == .error { droppedErrors += 1 }
      if firstDropped == nil { firstDropped = diagnostic.location }
      return
    }
    kept.append(diagnostic)
  }

  public func error(_ location: SourceLocation, _ message: String) {
    add(Diagnostic(.error, location, message))
  }

  public func warning(_ location: SourceLocation, _ message: String, strictExempt: Bool = false) {
    add(Diagnostic(.warning, location, message, strictExempt: strictExempt))
  }

  public var hasErrors: Bool { droppedErrors > 0 || kept.contains { $0.severity == .error } }

  /// Diagnostics in file order, errors and warnings interleaved by place.
  public var sorted: [Diagnostic] {
    items.enumerated().sorted { a, b in
      a.element.location == b.element.location
        ? a.offset < b.offset : a.element.location < b.element.location
    }.map(\.element)
  }
}
