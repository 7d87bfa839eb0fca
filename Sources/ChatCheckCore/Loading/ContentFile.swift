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

  public static func resourceFile(_ region: String) -> String {
    "\(resourcesFolder)/\(region).yaml"
  }
}

/// The contract's vocabulary (§4, §5): content should declare all of it.
public enum ContractVocabulary {
  public static let facts = [
    "contact.unknown", "contact.moved_platform", "request.webcam", "request.sexual",
    "images.exist", "threat.publish", "images.published", "payment.demanded", "payment.made",
    "victim.minor", "asker.other", "asker.parent", "user.distress", "danger.immediate",
    "claim.email_only",
  ]
  public static let topics = [
    "emergency", "crisis-support", "not-your-fault", "do-not-pay", "stop-paying", "stop-contact",
    "preserve-evidence", "minor-evidence-caution", "keep-account", "block-and-report",
    "report-police", "takedown", "talk-to-someone", "parent-guidance", "secure-accounts",
    "warning-signs", "prevention-webcam", "email-bluff",
  ]
  public static let regions = ["DE", "AT", "CH", "GB", "US", "INT"]
}

/// UI strings the renderers need; content must define each in every
/// language.
public enum UIStringKeys {
  public static let required = [
    "result.title", "result.intro", "result.region", "result.empty", "result.because",
    "result.steps", "result.resources", "result.phone", "result.web", "result.hours",
    "result.audience", "result.name", "result.checked", "result.footer",
    "plain.intro", "plain.choose", "plain.choose_multi", "plain.invalid", "plain.help_hint",
    "plain.eof", "plain.bye",
  ]
}
