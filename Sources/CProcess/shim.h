// glibc's process controls that Swift cannot call directly (prctl is
// variadic).
#include <sys/prctl.h>
#include <sys/resource.h>

// No core file and no ptrace or /proc access by other processes of the
// same user: a crash must never leave a visitor's answers on disk.
// Returns 0, or -1 when either call failed.
static inline int chatcheck_forbid_core_dumps(void) {
  struct rlimit none = {0, 0};
  int limit = setrlimit(RLIMIT_CORE, &none);
  int dumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  return (limit == 0 && dumpable == 0) ? 0 : -1;
}
