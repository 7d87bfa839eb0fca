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

  /// The file of learning story `id`.
  public static func storyFile(_ id: String) -> String { "\(learnFolder)/\(id).yaml" }

  public static func resourceFile(_ region: String) -> String {
    "\(resourcesFolder)/\(region).yaml"
  }
}

/// The documented facts and topics (README): content should declare all of
/// them, because scripts rely on them.
public enum ContractVocabulary {
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

/// UI strings the renderers need; content must define each in every
/// language.
public enum UIStringKeys {
  public static let required = [
    "result.title", "result.intro", "result.region", "result.empty", "result.because",
    "result.steps", "result.resources", "result.reach", "result.hours", "result.name",
    "result.checked", "result.footer", "result.summary", "result.emergency", "result.see_step",
    "channel.call", "channel.text", "channel.chat", "channel.web", "channel.email", "channel.app",
    "plain.intro", "plain.choose", "plain.choose_multi", "plain.invalid", "plain.help_hint",
    "plain.eof", "plain.bye", "plain.crisis_go_on", "plain.progress", "plain.crisis_go_on_other",
  ] + screens

  /// Strings for opening hours; needed when a resource has `opening_hours`.
  public static let hours = ["hours.open_now", "hours.closed", "hours.closed_opens", "hours.days"]

  /// Strings for the languages a line answers in; needed when a region or
  /// resource names its languages (plus `language.CODE` for each code).
  public static let languages = ["result.speaks"]

  /// Strings of learning mode; needed when the content has stories.
  public static let learn = [
    "ui.welcome.help_now", "ui.welcome.learn", "ui.key.learn", "ui.key.go_on", "ui.key.chat_scroll", "ui.key.buttons",
    "learn.title", "learn.intro", "learn.progress", "learn.you", "learn.safe", "learn.risky",
    "learn.your_reply", "learn.outcome.title", "learn.rules.title", "learn.start_check", "learn.another",
    "learn.go_on", "learn.the_end", "learn.plain.intro", "learn.plain.decision", "learn.plain.choose",
    "learn.plain.more", "learn.plain.check",
  ]

  /// Strings of the full-screen interface.
  public static let screens = [
    "ui.language_name", "ui.welcome.tagline", "ui.welcome.title", "ui.welcome.body",
    "ui.welcome.privacy", "ui.welcome.quick_exit", "ui.region.ask", "ui.region.current", "ui.start", "ui.next", "ui.back", "ui.help",
    "ui.help.title", "ui.help.close", "ui.quit.title", "ui.quit.confirm", "ui.quit.keys",
    "ui.too_small", "ui.progress", "ui.progress_last", "ui.choose_many", "ui.choose_one", "ui.save.is_folder", "ui.save.empty", "plain.invalid_choice",
    "ui.pruned", "ui.review.title", "ui.review.hint", "ui.take_away.title", "ui.take_away.none",
    "ui.take_away.no_qr", "ui.take_away.too_small", "ui.save.title", "ui.save.warning",
    "ui.save.path", "ui.save.confirm", "ui.save.done", "ui.save.failed", "ui.save.exists", "ui.save.denied", "ui.save.no_folder", "ui.save.disk_full", "ui.save.folder", "ui.key.start",
    "ui.key.quick_exit", "ui.key.quick_exit_both", "ui.key.region", "ui.key.digits", "ui.key.page", "ui.key.ends", "ui.keys.title", "ui.result.qr", "ui.result.save", "ui.result.change", "ui.result.new", "ui.result.finish", "ui.key.move", "ui.key.next", "ui.key.back", "ui.key.help",
    "ui.key.toggle", "ui.key.review", "ui.key.quit", "ui.key.change", "ui.key.scroll",
    "ui.key.take_away", "ui.key.save", "ui.key.start_over", "ui.key.next_code",
    "ui.key.save_confirm", "ui.key.cancel", "ui.key.finish", "ui.kiosk.still_there", "ui.kiosk.countdown_one", "ui.kiosk.finish_title", "ui.kiosk.finish_confirm",
    "ui.kiosk.countdown", "ui.kiosk.continue", "ui.kiosk.pin_title", "ui.kiosk.pin_prompt",
    "ui.kiosk.pin_wrong", "ui.kiosk.pin_wait", "ui.kiosk.pin_keys", "ui.kiosk.local", "ui.kiosk.welcome_body", "ui.kiosk.welcome_privacy",
    "ui.crisis.title", "ui.crisis.safe", "ui.crisis.safe_other", "ui.crisis.end", "ui.crisis.ended", "ui.key.crisis",
  ]
}
