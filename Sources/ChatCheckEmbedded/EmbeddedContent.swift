/// The default content, compiled from the package's `Content/` folder at
/// build time by `EmbedContentPlugin`.
public enum EmbeddedContent {
  /// Every YAML file under `Content/` (not the catalogs, whose texts are in
  /// the archive), as a path relative to that folder and the file's UTF-8
  /// text, sorted by path.
  public static var files: [(path: String, text: String)] { embeddedContentFiles }

  /// What the loader found in the content at build time (warnings), in the
  /// archive format of `Diagnostic.archived`.
  public static var loaderFindings: String { embeddedLoaderFindings }

  /// The content, checked at build time, in the positional archive format
  /// (`Content.unarchived`).
  public static var archive: String { embeddedContentArchive }
}
