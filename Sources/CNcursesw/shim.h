/* ncursesw with wide characters, plus the few things Swift cannot do itself
 * (macros, C globals, async-signal-safe flags, dlopen of libqrencode). The
 * terminal driver and the QR code renderer import it; the signal flag below
 * is static, so only the driver reads it (one copy per importing module). */
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

/* --- signals: set a flag, never touch curses in the handler -------------- */
static volatile sig_atomic_t shim_signal_received = 0;
static inline void shim_on_signal(int sig) { shim_signal_received = sig; }

/* Every catchable signal whose default action ends the process without a
 * crash: each sets the flag, and the event loop wipes the screen and ends
 * (the kiosk ignores the ones its keys make instead). */
#define SHIM_ENDING_SIGNALS { SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, \
                              SIGPROF, SIGXCPU, SIGPWR, SIGIO, SIGSTKFLT }

/* A crash (or one of its signals sent by someone): clear the screen and
 * the scrollback with plain writes (async-signal-safe), then die of the
 * signal as before. Runs on its own stack, so a stack overflow is wiped
 * too. */
#define SHIM_CRASH_SIGNALS { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGSYS, SIGTRAP }
static inline void shim_wipe_raw(void) {
  /* Mouse reports off, the normal screen, attributes off, the cursor back,
   * then the screen and its scrollback cleared. */
  static const char seq[] = "\033[?1000l\033[?1002l\033[?1006l\033[?1049l\033[0m\033[?25h\033[H\033[2J\033[3J";
  tcflow(1, TCOON);
  ssize_t ignored = write(1, seq, sizeof seq - 1);
  (void)ignored;
}
static inline void shim_on_crash(int sig) {
  shim_wipe_raw();
  signal(sig, SIG_DFL);
  raise(sig);
}

/* Installs the handlers: with `kiosk`, the keys' signals (SIGINT, SIGQUIT,
 * SIGTSTP) and terminal job control (SIGTTOU, SIGTTIN) are ignored;
 * otherwise SIGTSTP sets the flag too, so that the screen is wiped before
 * the process stops. */
static inline void shim_install_signals(int kiosk) {
  /* Arrays on the stack: a static array in this header is not emitted for
   * Swift. */
  const int shim_ending_signals[] = SHIM_ENDING_SIGNALS;
  const int shim_crash_signals[] = SHIM_CRASH_SIGNALS;
  /* A parent may have left signals blocked (the mask is inherited); curses
   * needs SIGWINCH, and quitting needs the others. */
  sigset_t wanted;
  sigemptyset(&wanted);
  sigaddset(&wanted, SIGWINCH);
  sigaddset(&wanted, SIGTSTP);
  sigaddset(&wanted, SIGCONT);
  for (size_t i = 0; i < sizeof shim_ending_signals / sizeof *shim_ending_signals; i++) {
    sigaddset(&wanted, shim_ending_signals[i]);
  }
  for (size_t i = 0; i < sizeof shim_crash_signals / sizeof *shim_crash_signals; i++) {
    sigaddset(&wanted, shim_crash_signals[i]);
  }
  sigprocmask(SIG_UNBLOCK, &wanted, NULL);
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = shim_on_signal;
  sigemptyset(&action.sa_mask);
  for (size_t i = 0; i < sizeof shim_ending_signals / sizeof *shim_ending_signals; i++) {
    sigaction(shim_ending_signals[i], &action, NULL);
  }
  /* The real-time signals end a process by default too. */
  for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++) {
    sigaddset(&wanted, sig);
    sigaction(sig, &action, NULL);
  }
  sigprocmask(SIG_UNBLOCK, &wanted, NULL);
  if (kiosk) {
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    signal(SIGTSTP, SIG_IGN);
    /* Another process's SIGTTOU or SIGTTIN must not stop the kiosk. */
    signal(SIGTTOU, SIG_IGN);
    signal(SIGTTIN, SIG_IGN);
  } else {
    sigaction(SIGTSTP, &action, NULL);
  }
  signal(SIGPIPE, SIG_IGN);
  struct sigaction resize;
  memset(&resize, 0, sizeof resize);
  resize.sa_handler = shim_on_resize;
  sigemptyset(&resize.sa_mask);
  sigaction(SIGWINCH, &resize, NULL);
  /* Allocated once and kept for the process's life. */
  stack_t stack;
  memset(&stack, 0, sizeof stack);
  stack.ss_size = 65536;
  stack.ss_sp = malloc(stack.ss_size);
  if (stack.ss_sp != NULL) sigaltstack(&stack, NULL);
  struct sigaction crash;
  memset(&crash, 0, sizeof crash);
  crash.sa_handler = shim_on_crash;
  crash.sa_flags = SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&crash.sa_mask);
  for (size_t i = 0; i < sizeof shim_crash_signals / sizeof *shim_crash_signals; i++) {
    sigaction(shim_crash_signals[i], &crash, NULL);
  }
}

/* A guard process wipes the screen when this one dies in any way it
 * cannot handle itself (SIGKILL, the C library's own signals 32 and 33).
 * It waits on a pipe: a byte means "ended normally, nothing to do"; the end
 * of the pipe without a byte means this process is gone. It does nothing
 * else (only async-signal-safe calls after fork). Returns the pipe's write
 * end, or -1 when no guard could be started. */
static inline int shim_start_wipe_guard(void) {
  int ends[2];
  if (pipe2(ends, O_CLOEXEC) != 0) return -1;
  pid_t pid = fork();
  if (pid < 0) {
    close(ends[0]);
    close(ends[1]);
    return -1;
  }
  if (pid == 0) {
    close(ends[1]);
    for (int sig = 1; sig < NSIG; sig++) {
      if (sig != SIGKILL && sig != SIGSTOP) signal(sig, SIG_IGN);
    }
    char byte;
    ssize_t n;
    do { n = read(ends[0], &byte, 1); } while (n < 0 && errno == EINTR);
    if (n <= 0) shim_wipe_raw();
    _exit(0);
  }
  close(ends[0]);
  return ends[1];
}

/* This process ends normally: the guard leaves the screen as it is. */
static inline void shim_stop_wipe_guard(int fd) {
  if (fd < 0) return;
  char byte = 1;
  ssize_t ignored = write(fd, &byte, 1);
  (void)ignored;
  close(fd);
}

/* Output stopped by Scroll Lock or Ctrl-S (or another process's tcflow)
 * starts again: a wipe must reach the screen. */
static inline void shim_restart_output(void) { tcflow(1, TCOON); }

/* The kiosk: a timer restarts stopped output every second, even while the
 * program is blocked inside a write to the stopped terminal (no tick runs
 * then). SIGALRM is the timer's, restarting the interrupted write. */
static inline void shim_on_output_timer(int sig) { (void)sig; tcflow(1, TCOON); }
static inline void shim_start_output_timer(void) {
  struct sigaction timer;
  memset(&timer, 0, sizeof timer);
  timer.sa_handler = shim_on_output_timer;
  timer.sa_flags = SA_RESTART;
  sigemptyset(&timer.sa_mask);
  sigaction(SIGALRM, &timer, NULL);
  struct itimerval every = {{1, 0}, {1, 0}};
  setitimer(ITIMER_REAL, &every, NULL);
}

/* Stops the process as the default SIGTSTP would (after the screen was
 * wiped); returns when it is continued. */
static inline void shim_stop_self(void) { raise(SIGSTOP); }

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
