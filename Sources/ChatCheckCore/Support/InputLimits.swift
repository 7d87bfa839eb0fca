/// Every limit on what ChatCheck reads, in one place. Each is far above
/// what real input needs, and low enough that hostile input is refused
/// quickly, with an error naming the limit, instead of filling memory or
/// the stack. (README and docs/THREATS.md list them.)
public enum InputLimits {
  /// One content file: the 100,000-question benchmark interview is about
  /// 25 MB.
  public static let contentFileBytes = 64 << 20
  /// All files of a content folder together.
  public static let contentFolderBytes = 256 << 20
  /// Files in a content folder (walked without following symbolic links).
  public static let contentFiles = 1_000
  /// Folder levels inside a content folder.
  public static let contentFolderDepth = 8
  /// An answers file, or answers on standard input.
  public static let answersBytes = 1 << 20
  /// The kiosk's local-contact file.
  public static let localContactBytes = 64 << 10
  /// The kiosk's staff PIN file (one crypt(3) hash).
  public static let pinFileBytes = 4 << 10
  /// One line of plain-mode input, and a typed PIN or file name.
  public static let lineBytes = 4 << 10
  /// YAML nesting (lists and mappings inside each other).
  public static let yamlDepth = 64
  /// YAML values in one file, counting what each alias stands for.
  public static let yamlNodes = 20_000_000
}
