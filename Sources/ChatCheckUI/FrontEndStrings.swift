import ChatCheckCore

/// The strings the full-screen interface needs.
public enum ScreenStrings {
  public static let required = RequiredStrings(
    "the screens need it",
    always: [
      "ui.welcome.tagline", "ui.welcome.title", "ui.welcome.body", "ui.welcome.privacy",
      "ui.welcome.quick_exit", "ui.region.ask", "ui.region.current", "ui.start", "ui.next", "ui.back", "ui.help",
      "ui.help.title", "ui.help.close", "ui.quit.title", "ui.quit.confirm", "ui.quit.keys", "ui.too_small",
      "ui.progress", "ui.progress_last", "ui.choose_many", "ui.choose_one", "ui.save.is_folder", "ui.save.empty",
      "ui.pruned", "ui.review.title", "ui.review.hint", "ui.take_away.title", "ui.take_away.none",
      "ui.take_away.no_qr", "ui.take_away.too_small", "ui.save.title", "ui.save.warning", "ui.save.path",
      "ui.save.confirm", "ui.save.done", "ui.save.failed", "ui.save.exists", "ui.save.denied", "ui.save.no_folder",
      "ui.save.disk_full", "ui.save.folder", "ui.key.start", "ui.key.quick_exit", "ui.key.quick_exit_both",
      "ui.key.region", "ui.key.digits", "ui.key.page", "ui.key.ends", "ui.keys.title", "ui.result.qr",
      "ui.result.save", "ui.result.change", "ui.result.new", "ui.result.finish", "ui.key.move", "ui.key.next",
      "ui.key.back", "ui.key.help", "ui.key.toggle", "ui.key.review", "ui.key.quit", "ui.key.change",
      "ui.key.scroll", "ui.key.take_away", "ui.key.save", "ui.key.start_over", "ui.key.next_code",
      "ui.key.save_confirm", "ui.key.cancel", "ui.key.finish", "ui.kiosk.still_there", "ui.kiosk.countdown_one",
      "ui.kiosk.finish_title", "ui.kiosk.finish_confirm", "ui.kiosk.countdown", "ui.kiosk.continue",
      "ui.kiosk.pin_title", "ui.kiosk.pin_prompt", "ui.kiosk.pin_wrong", "ui.kiosk.pin_wait", "ui.kiosk.pin_keys",
      "ui.yes", "ui.no", "ui.help.close_scroll", "ui.start_over.title", "ui.start_over.confirm", "ui.kiosk.pin_ignored", "ui.kiosk.no_pin", "ui.result.go_on",
      "ui.progress_editing", "ui.exclusive_cleared", "ui.pruned_one", "ui.key.select_text", "ui.save.default_name", "ui.take_away.more",
      "ui.kiosk.local", "ui.kiosk.welcome_body", "ui.kiosk.welcome_privacy", "ui.crisis.title", "ui.crisis.safe",
      "ui.crisis.safe_other", "ui.crisis.end", "ui.crisis.ended", "ui.key.crisis", "result.title", "result.footer",
      "ui.language.title", "ui.language.keys", "ui.unreviewed"
    ],
    withStories: [
      "ui.welcome.help_now", "ui.welcome.learn", "ui.key.learn", "ui.key.go_on", "ui.key.chat_scroll",
      "ui.key.buttons", "learn.title", "learn.intro", "learn.progress", "learn.you", "learn.safe", "learn.risky",
      "learn.your_reply", "learn.typing", "learn.show_all", "ui.key.show_all", "learn.outcome.title", "learn.rules.title", "learn.start_check", "learn.another",
      "learn.go_on", "learn.the_end", "learn.help.title", "learn.discuss", "learn.class.pick", "learn.class.title", "learn.start_check_other", "learn.or", "learn.class.recap", "learn.class.rules"
    ])
}

/// The strings the plain line mode needs.
public enum PlainStrings {
  public static let required = RequiredStrings(
    "plain mode needs it",
    always: [
      "plain.intro", "plain.choose", "plain.choose_multi", "plain.help_hint", "plain.eof",
      "plain.bye", "plain.crisis_go_on", "plain.progress", "plain.crisis_go_on_other", "plain.invalid_choice",
      "plain.again", "plain.again_multi", "plain.important", "plain.region", "plain.region_again"
    ],
    withStories: [
      "learn.plain.intro", "learn.plain.decision", "learn.plain.choose", "learn.plain.more", "learn.plain.check",
      "learn.you", "learn.risky", "learn.rules.title", "learn.plain.eof", "plain.invalid", "learn.help.title", "learn.plain.check_other", "learn.or"
    ])
}

/// Every front end's strings and the renderers': what the shipped program
/// needs of any content it loads.
public enum FrontEndStrings {
  public static let all = RendererStrings.required + ScreenStrings.required + PlainStrings.required
}
