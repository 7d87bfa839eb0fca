// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ChatCheck",
  products: [
    .executable(name: "chatcheck", targets: ["chatcheck"]),
    .library(name: "ChatCheckCore", targets: ["ChatCheckCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
  ],
  targets: [
    // Pure Swift: content model, loader, linter, interview, advice, renderers.
    // No file, clock, environment or crypt call (a test checks its imports).
    .target(name: "ChatCheckCore", dependencies: ["CYaml"]),
    // What touches the system: writing the handout, the staff PIN's
    // crypt(3) hash, the clock and the time-zone database.
    .target(name: "ChatCheckSystem", dependencies: ["ChatCheckCore", "CCrypt"]),
    // libyaml, the YAML parser, through one shim header.
    .systemLibrary(name: "CYaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
    // libxcrypt's crypt(3), for the kiosk's staff PIN.
    .systemLibrary(name: "CCrypt", pkgConfig: "libxcrypt", providers: [.apt(["libcrypt-dev"])]),
    // The screen model (view(state, size) -> Screen, update(state, event))
    // and the plain line mode: the front ends, each with its strings.
    .target(name: "ChatCheckUI", dependencies: ["ChatCheckCore"]),
    // ncursesw, through one shim header: the terminal driver and QR codes.
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
    // glibc's prctl and setrlimit (no core dumps), through one shim header.
    .systemLibrary(name: "CProcess"),
    // The default content from Content/, compiled into the binary at build time.
    .target(
      name: "ChatCheckEmbedded",
      plugins: [.plugin(name: "EmbedContentPlugin")]
    ),
    .executableTarget(name: "ContentEmbedder", dependencies: ["ChatCheckCore", "ChatCheckSystem", "ChatCheckUI"]),
    .plugin(
      name: "EmbedContentPlugin",
      capability: .buildTool(),
      dependencies: ["ContentEmbedder"]
    ),
    // The commands and the terminal driver, testable in-process.
    .target(
      name: "ChatCheckCLI",
      dependencies: [
        "ChatCheckCore",
        "ChatCheckSystem",
        "ChatCheckUI",
        "ChatCheckEmbedded",
        "CNcursesw",
        "CProcess",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The executable only starts ChatCheckCLI.
    .executableTarget(name: "chatcheck", dependencies: ["ChatCheckCLI"]),
    // Benchmarks/run.sh: the cost of one key press (update, view, diff).
    .executableTarget(
      name: "chatcheck-keypress-bench",
      dependencies: ["ChatCheckCore", "ChatCheckUI", "ChatCheckEmbedded"],
      path: "Benchmarks/KeyPress"
    ),
    // Benchmarks/run.sh: the floor program (argument parsing and one frame).
    .executableTarget(
      name: "chatcheck-floor-bench",
      dependencies: ["CNcursesw", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Benchmarks/Floor"
    ),
    // What every test target shares: fixtures read and loaded, the broken
    // fixtures' table.
    .target(name: "ChatCheckTestSupport", dependencies: ["ChatCheckCore", "ChatCheckUI"], path: "Tests/ChatCheckTestSupport"),
    .testTarget(
      name: "ChatCheckCoreTests",
      dependencies: ["ChatCheckCore", "ChatCheckSystem", "ChatCheckUI", "ChatCheckEmbedded", "ChatCheckTestSupport"]
    ),
    .testTarget(
      name: "ChatCheckUITests",
      dependencies: ["ChatCheckUI", "ChatCheckCore", "ChatCheckSystem", "ChatCheckTestSupport"],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "ChatCheckCLITests",
      dependencies: ["chatcheck", "ChatCheckCLI", "ChatCheckCore", "ChatCheckUI", "ChatCheckTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
