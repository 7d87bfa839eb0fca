extension LoaderSession {
  func readStrings(languages: [String], hasStories: Bool) -> [String: LocalizedText] {
    guard let (r, root) = document(ContentLayout.strings),
      let m = r.mapping(root, "ui.yaml", allowed: ["strings"], required: ["strings"]),
      let node = m["strings"]
    else { return [:] }
    guard case .mapping(let mapping) = node else {
      log.error(r.location(node), "strings must be a mapping of key to text")
      return [:]
    }
    var strings: [String: LocalizedText] = [:]
    for (keyNode, value) in mapping {
      guard let key = r.identifier(keyNode, "a string key") else { continue }
      if strings[key] != nil {
        log.error(r.location(keyNode), "duplicate string key '\(key)'")
        continue
      }
      strings[key] = r.localized(value, "string '\(key)'", languages: languages)
    }
    for (key, neededBy) in requiring.keys(hasStories: hasStories) where strings[key] == nil {
      log.error(r.location(node), "string '\(key)' is missing; \(neededBy)")
    }
    return strings
  }

  /// YAML files the loader does not read are most likely a typo.
  func reportUnusedFiles(regions: [String], stories: [String]) {
    var known: Set<String> = [ContentLayout.manifest, ContentLayout.questions, ContentLayout.advice, ContentLayout.strings]
    for id in stories { known.insert(ContentLayout.storyFile(id)) }
    for code in regions { known.insert(ContentLayout.resourceFile(code)) }
    for (path, file) in files.sorted(by: { $0.key < $1.key })
    where (path.hasSuffix(".yaml") || path.hasSuffix(".yml")) && !known.contains(path) {
      log.warning(
        SourceLocation(file: file.displayPath, line: 1, column: 1),
        "this file is not read: it is not one of the content files and no declared region uses it")
    }
  }
}
