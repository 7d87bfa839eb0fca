import Foundation
import PackagePlugin

/// Compiles every file under the package's `Content/` folder into a Swift
/// source file of the `ChatCheckEmbedded` target, so the `chatcheck` binary
/// carries its default content and works from any directory.
@main
struct EmbedContentPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let contentDir = context.package.directoryURL.appending(path: "Content")
    let inputs = Self.contentFiles(under: contentDir)
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedContentFiles.swift")
    let tool = try context.tool(named: "ContentEmbedder")
    return [
      .buildCommand(
        displayName: "Embedding Content/ (\(inputs.count) files)",
        executable: tool.url,
        arguments: [contentDir.path(), output.path()],
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }

  /// The files the embedder reads, so that editing any of them rebuilds.
  static func contentFiles(under dir: URL) -> [URL] {
    guard let walker = FileManager.default.enumerator(
      at: dir, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
    var files: [URL] = []
    for case let url as URL in walker {
      let values = try? url.resourceValues(forKeys: [.isRegularFileKey])
      if values?.isRegularFile == true { files.append(url) }
    }
    return files.sorted { $0.path() < $1.path() }
  }
}
