/// ChatCheck's version: the one place it is written. `chatcheck --version`
/// prints it, and `Packaging/build-deb` names the package with it.
public enum ChatCheckVersion {
  public static let current = "0.2.0"
}
