/// The loader's findings on the built-in content, kept by the build beside
/// the content archive: `chatcheck lint` of the built-in content proves its
/// rules on the archived model (what the binary shows) and reports these
/// with its own, without reading the sources again.
extension Diagnostic: Archivable {
  init(from r: inout ArchiveReader) throws(Malformed) {
    self.init(try r.read(Severity.self), try r.read(SourceLocation.self), try r.string(), strictExempt: try r.bool())
  }

  func write(to w: inout ArchiveWriter) {
    w.write(severity)
    w.write(location)
    w.string(message)
    w.bool(strictExempt)
  }

  /// `diagnostics` in the archive format.
  public static func archived(_ diagnostics: [Diagnostic]) -> String {
    var w = ArchiveWriter()
    w.list(diagnostics)
    return w.text
  }

  /// What `archived(_:)` wrote.
  public static func unarchived(_ archive: String) throws -> [Diagnostic] {
    var text = archive
    return try text.withUTF8 { bytes throws(Malformed) -> [Diagnostic] in
      var r = ArchiveReader(bytes)
      let diagnostics: [Diagnostic] = try r.list()
      guard r.isAtEnd else { throw r.fail("bytes after the end") }
      return diagnostics
    }
  }
}

extension Diagnostic.Severity: Archivable {}
