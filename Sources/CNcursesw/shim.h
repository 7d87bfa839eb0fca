/* ncursesw with wide characters, plus the few things Swift cannot do itself
 * (macros, C globals, async-signal-safe flags, dlopen of libqrencode). The
 * terminal driver and the QR code renderer import it. The signal and QR
 * parts are in headers of their own, included at the end; the signal flag
 * there is static, so only the driver reads it (one copy per importing
 * module). */
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
#include <sys/ioctl.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/time.h>

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

/* The largest terminal curses ever sees; a bigger one shows the screen in
 * its top left. ncurses keeps sizes in 16 bits and needs memory per cell:
 * 32,768 rows crash it, 10,000 x 10,000 take gigabytes. */
#define SHIM_MAX_ROWS 500
#define SHIM_MAX_COLUMNS 1000

/* The terminal's size from the kernel, clamped to 1..maximum; 0 when it is
 * not known. */
static inline int shim_tty_size(int *out_rows, int *out_cols) {
  struct winsize size;
  if (ioctl(1, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return 0;
  *out_rows = size.ws_row > SHIM_MAX_ROWS ? SHIM_MAX_ROWS : size.ws_row;
  *out_cols = size.ws_col > SHIM_MAX_COLUMNS ? SHIM_MAX_COLUMNS : size.ws_col;
  return 1;
}

/* Gives curses the terminal's size, clamped, through LINES and COLUMNS:
 * with use_env (the default) they override the kernel's size wherever
 * curses looks it up, including when it resumes after endwin (a wipe). */
static inline void shim_set_size_environment(int new_rows, int new_cols) {
  char text[16];
  snprintf(text, sizeof text, "%d", new_rows);
  setenv("LINES", text, 1);
  snprintf(text, sizeof text, "%d", new_cols);
  setenv("COLUMNS", text, 1);
}

/* A LINES or COLUMNS in the environment above the maximum is ignored.
 * When the kernel knows the terminal's size, curses gets it clamped
 * (LINES and COLUMNS from the environment otherwise). */
static inline void shim_sanitize_size_environment(void) {
  const char *names[] = {"LINES", "COLUMNS"};
  const long limits[] = {SHIM_MAX_ROWS, SHIM_MAX_COLUMNS};
  for (int i = 0; i < 2; i++) {
    const char *value = getenv(names[i]);
    if (value == NULL) continue;
    char *end = NULL;
    long n = strtol(value, &end, 10);
    if (end == value || *end != '\0' || n < 1 || n > limits[i]) unsetenv(names[i]);
  }
  int new_rows = 0, new_cols = 0;
  if (shim_tty_size(&new_rows, &new_cols)) shim_set_size_environment(new_rows, new_cols);
}

/* SIGWINCH is the program's, not ncurses': the new size is read and
 * clamped before curses is told (shim_apply_resize). */
static volatile sig_atomic_t shim_resize_pending = 0;
static inline void shim_on_resize(int sig) { (void)sig; shim_resize_pending = 1; }

/* When the terminal was resized since the last call: tells curses the
 * clamped size and returns 1; otherwise 0. */
static inline int shim_apply_resize(void) {
  if (!shim_resize_pending) return 0;
  shim_resize_pending = 0;
  int new_rows = 0, new_cols = 0;
  if (!shim_tty_size(&new_rows, &new_cols)) return 0;
  shim_set_size_environment(new_rows, new_cols);
  resizeterm(new_rows, new_cols);
  return 1;
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

/* Whether standard input has ended: the terminal hung up or the
 * descriptor is gone. Invalid bytes (which make curses report errors
 * quickly, one after another) are not an end. */
static inline int shim_input_ended(void) {
  struct pollfd in = {.fd = 0, .events = POLLIN, .revents = 0};
  if (poll(&in, 1, 0) < 0) return 0;
  return (in.revents & (POLLHUP | POLLNVAL | POLLERR)) != 0;
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

/* Quick exit (F12), help (F1), review (F2) and language (F3) work on every
 * terminal: their common encodings are bound whatever the terminal
 * description says (vt100, ansi and vt52 have no kf12; a planted one may
 * have removed it). */
static inline void shim_bind_function_keys(void) {
  const char *f12[] = {"\033[24~", "\033[24;2~", "\033[24;3~", "\033[24;4~", "\033[24;5~", "\033[24;6~",
                       "\033[24;7~", "\033[24;8~", "\033[[L", "\033O2x", "\033[2x"};
  for (size_t i = 0; i < sizeof f12 / sizeof *f12; i++) define_key(f12[i], KEY_F(12));
  const char *f1[] = {"\033OP", "\033[11~", "\033[[A"};
  const char *f2[] = {"\033OQ", "\033[12~", "\033[[B"};
  const char *f3[] = {"\033OR", "\033[13~", "\033[[C"};
  for (size_t i = 0; i < 3; i++) {
    define_key(f1[i], KEY_F(1));
    define_key(f2[i], KEY_F(2));
    define_key(f3[i], KEY_F(3));
  }
}

/* In kiosk mode only the system's terminal descriptions count: a
 * TERMINFO, TERMINFO_DIRS or ~/.terminfo from the environment could put
 * any sequence on the screen, remove F12, or (a FIFO) hang the start. */
static inline void shim_trust_system_terminfo_only(void) {
  unsetenv("TERMINFO");
  unsetenv("TERMINFO_DIRS");
  unsetenv("HOME");
}

/* 1 when the terminal has an alternate screen (smcup): then nothing the
 * program draws reaches the scrollback. Call after newterm. */
static inline int shim_has_alternate_screen(void) {
  char *smcup = tigetstr("smcup");
  return smcup != NULL && smcup != (char *)-1 && smcup[0] != '\0';
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

#include "shim_signals.h"
#include "shim_qr.h"

#endif
