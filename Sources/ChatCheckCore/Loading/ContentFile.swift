/// One file of a content folder, already read.
public struct ContentFile: Sendable, Hashable {
  /// Path relative to the content folder, with `/` separators.
  public var relativePath: String
  /// How diagnostics name the file (e.g. `Content/questions.yaml`).
  public var displayPath: String
  public var text: String

  public init(relativePath: String, displayPath: String, text: String) {
    self.relativePath = relativePath
    self.displayPath = displayPath
    self.text = text
  }
}

/// The file names a content folder uses.
public enum ContentLayout {
  public static let manifest = "chatcheck.yaml"
  public static let questions = "questions.yaml"
  public static let advice = "advice.yaml"
  public static let strings = "ui.yaml"
  public static let resourcesFolder = "resources"

  public static let learnFolder = "learn"
  /// Translation catalogs (`i18n/CODE.po`) and their template.
  public static let catalogFolder = "i18n"

  /// Whether the loader reads the file at `path` (relative): YAML, and
  /// the translation catalogs.
  public static func isContentFile(_ path: String) -> Bool {
    path.hasSuffix(".yaml") || path.hasSuffix(".yml") || (path.hasPrefix(catalogFolder + "/") && path.hasSuffix(".po"))
  }

  /// The catalog of `language`.
  public static func catalogFile(_ language: String) -> String { "\(catalogFolder)/\(language).po" }

  /// The file of learning story `id`.
  public static func storyFile(_ id: String) -> String { "\(learnFolder)/\(id).yaml" }

  public static func resourceFile(_ region: String) -> String {
    "\(resourcesFolder)/\(region).yaml"
  }
}

/// The documented facts and topics (README): content should declare all of
/// them, because scripts rely on them.
public enum DocumentedVocabulary {
  public static let facts = [
    "contact.unknown", "contact.moved_platform", "request.webcam", "request.sexual",
    "images.exist", "threat.publish", "images.published", "payment.demanded", "demand.images",
    "demand.meeting", "payment.made", "images.sent_more", "images.fake", "victim.minor",
    "asker.other", "asker.parent", "user.distress", "danger.immediate", "claim.email_only",
    "contact.known",
  ]
  public static let topics = [
    "emergency", "crisis-support", "not-your-fault", "do-not-pay", "stop-paying", "stop-contact",
    "preserve-evidence", "minor-evidence-caution", "keep-account", "block-and-report",
    "report-police", "takedown", "talk-to-someone", "parent-guidance", "secure-accounts",
    "warning-signs", "prevention-webcam", "email-bluff", "no-meeting", "remove-published",
    "fake-images", "warn-contacts", "recovery-scam", "helper-guidance",
  ]
}

/// The strings Core's own renderers need besides the content's texts.
public enum RendererStrings {
  /// The result as text and Markdown: content must define each in every
  /// language.
  public static let required = RequiredStrings(
    "the result needs it",
    always: [
      "result.title", "result.intro", "result.region", "result.empty", "result.because", "result.steps",
      "result.resources", "result.reach", "result.hours", "result.name", "result.footer",
      "result.summary", "result.emergency", "result.see_step", "channel.call", "channel.text", "channel.chat",
      "channel.web", "channel.email", "channel.app", "result.unreviewed"
    ],
    withStories: [
      "learn.safe", "learn.outcome.title", "learn.risky", "learn.rules.title", "learn.your_reply", "learn.you"
    ] + LessonSheet.strings)

  /// Strings for opening hours; needed when a resource has `opening_hours`.
  public static let hours = ["hours.open_now", "hours.closed", "hours.closed_opens", "hours.days"]

  /// Strings for the languages a line answers in; needed when a region or
  /// resource names its languages (plus `language.CODE` for each code).
  public static let languages = ["result.speaks", "result.no_line_language", "result.line_in_language"]
}
