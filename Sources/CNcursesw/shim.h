/* The one C module of ChatCheck: ncursesw with wide characters, plus the
 * few things Swift cannot do itself (macros, C globals, async-signal-safe
 * flags, dlopen of libqrencode). Only TerminalDriver.swift imports it. */
#ifndef CHATCHECK_SHIM_H
#define CHATCHECK_SHIM_H

#define NCURSES_WIDECHAR 1 /* SwiftPM drops pkg-config's -D_XOPEN_SOURCE */
#include <ncurses.h>
#include <term.h>
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <dlfcn.h>
#include <poll.h>
#include <termios.h>

/* --- curses globals and macros ------------------------------------------ */
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline int shim_key_f(int n) { return KEY_F(n); }
static inline mmask_t shim_mouse_mask(void) {
  return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
         | BUTTON5_PRESSED
#endif
      ;
}
/* One physical click is one action: the press acts, the release does not
 * (it would land on the screen the press has just changed). */
static inline int shim_is_click(mmask_t state) {
  return (state & (BUTTON1_CLICKED | BUTTON1_PRESSED)) != 0;
}
static inline int shim_wheel(mmask_t state) {
  if (state & BUTTON4_PRESSED) return -1;
#ifdef BUTTON5_PRESSED
  if (state & BUTTON5_PRESSED) return 1;
#endif
  return 0;
}

/* --- locale ---------------------------------------------------------------- */
/* setlocale(LC_ALL, ""); when the codeset is not UTF-8 (LANG unset, or a
 * locale that is not installed), fall back to C.UTF-8. Returns 1 when the
 * result is UTF-8. */
static inline int shim_setup_utf8_locale(void) {
  setlocale(LC_ALL, "");
  const char *codeset = nl_langinfo(CODESET);
  if (codeset && strcmp(codeset, "UTF-8") == 0) return 1;
  if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "C.utf8");
  codeset = nl_langinfo(CODESET);
  return codeset && strcmp(codeset, "UTF-8") == 0;
}

/* --- terminal ---------------------------------------------------------------- */
/* newterm on stdout/stdin (never initscr, which exits on an unknown TERM).
 * Returns NULL when TERM is unusable or lacks cursor addressing. */
/* Whether TERM's description can be read: 1 yes, 0 not found, -1 the
 * terminfo database cannot be read. setupterm with an error pointer never
 * prints, so ChatCheck says it in its own words. */
static inline int shim_terminfo_status(void) {
  int status = 0;
  if (setupterm(NULL, 1, &status) == OK) {
    del_curterm(cur_term);
    return 1;
  }
  return status;
}

/* A LINES or COLUMNS in the environment above these is ignored (the
 * terminal's own size is used): a huge value would make every frame huge. */
static inline void shim_sanitize_size_environment(void) {
  const char *names[] = {"LINES", "COLUMNS"};
  for (int i = 0; i < 2; i++) {
    const char *value = getenv(names[i]);
    if (value == NULL) continue;
    char *end = NULL;
    long n = strtol(value, &end, 10);
    if (end == value || *end != '\0' || n < 1 || n > 1000) unsetenv(names[i]);
  }
}

/* Flow control off: Ctrl-S and Ctrl-Q are ordinary keys, so the session can
 * never be frozen (and quick exit never stops working). */
static inline void shim_flow_control_off(void) {
  struct termios modes;
  if (tcgetattr(0, &modes) == 0) {
    modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    tcsetattr(0, TCSANOW, &modes);
  }
  def_prog_mode();
}

/* Whether standard output can take more now (a stopped terminal, e.g.
 * Scroll Lock on a console, cannot): drawing waits instead of blocking. */
static inline int shim_output_ready(int timeout_ms) {
  struct pollfd out = {.fd = 1, .events = POLLOUT, .revents = 0};
  return poll(&out, 1, timeout_ms) == 1 && (out.revents & POLLOUT);
}

static inline SCREEN *shim_newterm(void) {
  const char *term = getenv("TERM");
  if (term == NULL || term[0] == '\0' || strcmp(term, "dumb") == 0) return NULL;
  if (!isatty(0) || !isatty(1)) return NULL;
  shim_sanitize_size_environment();
  if (shim_terminfo_status() != 1) return NULL;
  SCREEN *screen = newterm(NULL, stdout, stdin);
  if (screen == NULL) return NULL;
  char *cup = tigetstr("cup");
  if (cup == NULL || cup == (char *)-1) {
    endwin();
    delscreen(screen);
    return NULL;
  }
  return screen;
}

/* A terminal on /dev/null, for measuring the first frame without a TTY
 * (as tig's TIG_NO_DISPLAY does). */
static inline SCREEN *shim_newterm_headless(void) {
  shim_sanitize_size_environment();
  FILE *out = fopen("/dev/null", "w");
  FILE *in = fopen("/dev/null", "r");
  if (out == NULL || in == NULL) return NULL;
  const char *term = getenv("TERM");
  return newterm((term && term[0] && strcmp(term, "dumb") != 0) ? NULL : "xterm-256color", out, in);
}

/* Writes raw bytes to the terminal (after endwin): clear screen and
 * scrollback, cursor home. */
static inline void shim_clear_scrollback(void) {
  static const char seq[] = "\033[H\033[2J\033[3J";
  ssize_t ignored = write(1, seq, sizeof seq - 1);
  (void)ignored;
}

/* --- signals: set a flag, never touch curses in the handler -------------- */
static volatile sig_atomic_t shim_signal_received = 0;
static inline void shim_on_signal(int sig) { shim_signal_received = sig; }

/* Installs flag handlers for SIGTERM, SIGHUP and SIGINT; with `ignore_keys`
 * (kiosk) SIGINT, SIGQUIT and SIGTSTP are ignored instead. */
static inline void shim_install_signals(int ignore_keys) {
  /* A parent may have left signals blocked (the mask is inherited); curses
   * needs SIGWINCH, and quitting needs the others. */
  sigset_t wanted;
  sigemptyset(&wanted);
  sigaddset(&wanted, SIGWINCH);
  sigaddset(&wanted, SIGTERM);
  sigaddset(&wanted, SIGHUP);
  sigaddset(&wanted, SIGINT);
  sigaddset(&wanted, SIGTSTP);
  sigaddset(&wanted, SIGCONT);
  sigprocmask(SIG_UNBLOCK, &wanted, NULL);
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = shim_on_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  if (ignore_keys) {
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    signal(SIGTSTP, SIG_IGN);
    /* Another process's SIGTTOU or SIGTTIN must not stop the kiosk. */
    signal(SIGTTOU, SIG_IGN);
    signal(SIGTTIN, SIG_IGN);
  } else {
    sigaction(SIGINT, &action, NULL);
  }
  signal(SIGPIPE, SIG_IGN);
}

/* The signal received since the last call, or 0. */
static inline int shim_take_signal(void) {
  int sig = shim_signal_received;
  shim_signal_received = 0;
  return sig;
}

/* --- QR codes through libqrencode, loaded at run time -------------------- */
typedef struct { int version; int width; unsigned char *data; } shim_qrcode;
typedef shim_qrcode *(*shim_qr_encode_fn)(const char *, int, int, int, int);
typedef void (*shim_qr_free_fn)(shim_qrcode *);

/* Encodes `text` (8-bit mode, error correction M). Writes width*width
 * bytes (1 = dark) into `out` when it fits `capacity`; returns the width,
 * 0 when it does not fit, or -1 when libqrencode is not installed. */
static inline int shim_qr_encode(const char *text, unsigned char *out, int capacity) {
  static void *library = NULL;
  static int tried = 0;
  if (!tried) {
    tried = 1;
    /* Only from the system's library folders: never a copy beside the
     * binary or in a folder named by the environment. */
    static const char *const paths[] = {
      "/usr/lib/x86_64-linux-gnu/libqrencode.so.4", "/usr/lib/aarch64-linux-gnu/libqrencode.so.4",
      "/lib/x86_64-linux-gnu/libqrencode.so.4", "/lib/aarch64-linux-gnu/libqrencode.so.4",
      "/usr/lib64/libqrencode.so.4", "/usr/lib/libqrencode.so.4", NULL,
    };
    for (int i = 0; paths[i] != NULL && library == NULL; i++) library = dlopen(paths[i], RTLD_NOW | RTLD_LOCAL);
  }
  if (library == NULL) return -1;
  shim_qr_encode_fn encode = (shim_qr_encode_fn)dlsym(library, "QRcode_encodeString");
  shim_qr_free_fn release = (shim_qr_free_fn)dlsym(library, "QRcode_free");
  if (encode == NULL || release == NULL) return -1;
  /* QR_ECLEVEL_M = 1, QR_MODE_8 = 2, case sensitive. */
  shim_qrcode *code = encode(text, 0, 1, 2, 1);
  if (code == NULL) return 0;
  int width = code->width;
  if (width * width > capacity) {
    release(code);
    return 0;
  }
  for (int i = 0; i < width * width; i++) out[i] = code->data[i] & 1;
  release(code);
  return width;
}

#endif
