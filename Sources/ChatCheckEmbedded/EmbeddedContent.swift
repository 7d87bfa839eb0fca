/// The default content, compiled from the package's `Content/` folder at
/// build time by `EmbedContentPlugin`.
public enum EmbeddedContent {
  /// Every file under `Content/`, as a path relative to that folder and the
  /// file's UTF-8 text, sorted by path.
  public static var files: [(path: String, text: String)] { embeddedContentFiles }

  /// The content, checked at build time, in the positional archive format
  /// (`Content.unarchived`).
  public static var archive: String { embeddedContentArchive }
}
