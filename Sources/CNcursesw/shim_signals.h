/* Signals, the crash wipe, the wipe guard and the output timer. Included by shim.h, after the curses part. */
#ifndef CHATCHECK_SHIM_SIGNALS_H
#define CHATCHECK_SHIM_SIGNALS_H

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


#endif
