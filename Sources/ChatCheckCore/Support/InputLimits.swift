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
  /// YAML values in one file, each weighing one plus its text's bytes,
  /// counting what each alias stands for (twice a 64 MiB file at most).
  public static let yamlNodes = 140_000_000
  /// Nesting in a condition: `(` and `not` inside each other. Every walk
  /// over a condition recurses at most this deep.
  public static let conditionDepth = 64
  /// Problems listed for one input; the rest are counted in one line.
  public static let diagnostics = 200
  /// The values any YAML file may stand for, however small it is.
  public static let yamlSmallBudget = 4_096
  /// Lint's work: outcomes times the size of every card's and invariant's
  /// condition. Bounds lint's time, not only its number of outcomes.
  public static let lintWork = 40_000_000
  /// Command-line arguments (flags and their values).
  public static let arguments = 2_000
}
