#!/usr/bin/env python3
"""Generative fuzzing of every input ChatCheck reads, beside the mutation
fuzzers of the Swift tests: structure-aware hostile YAML (deep nesting in
block and flow style, huge scalars, many keys, alias bombs), hostile file
types (FIFO, device, symbolic-link loops, size bombs) and characters of
every Unicode general category in every kind of text field.

For each run it checks: a documented exit code (never a crash or a
signal), the time, the peak memory, and that nothing written to stdout or
stderr carries a control character (other than newline and tab).

Usage: Tests/Fuzz/generative.py path/to/chatcheck [SECONDS_BUDGET]"""
import os, random, resource, shutil, subprocess, sys, tempfile, time, unicodedata

BINARY = os.path.abspath(sys.argv[1])
BUDGET = float(sys.argv[2]) if len(sys.argv) > 2 else 240
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VALID = os.path.join(ROOT, "Tests", "Fixtures", "valid")
DOCUMENTED = {0, 64, 65, 66, 70}
TIME_LIMIT = 60.0
MEMORY_LIMIT = 2 << 30  # address space per run
random.seed(int(os.environ.get("FUZZ_SEED", "20261127")))
started = time.monotonic()
failures = []
runs = 0


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run(name, args, stdin=b"", allowed=DOCUMENTED, env_extra=None):
    """Runs chatcheck and checks the outcome; returns the exit code."""
    global runs
    runs += 1
    env = {"PATH": "/usr/bin:/bin", "HOME": tempfile.gettempdir(), "LANG": "C.UTF-8"}
    env.update(env_extra or {})
    begin = time.monotonic()
    try:
        done = subprocess.run([BINARY] + args, input=stdin, capture_output=True, timeout=TIME_LIMIT,
                              env=env, preexec_fn=limit_memory)
    except subprocess.TimeoutExpired:
        failures.append(f"{name}: no answer after {TIME_LIMIT} s")
        return None
    took = time.monotonic() - begin
    code = done.returncode
    if code not in allowed:
        failures.append(f"{name}: exit {code} (allowed {sorted(allowed)}); stderr: {done.stderr[:300]!r}")
    for stream, data in (("stdout", done.stdout), ("stderr", done.stderr)):
        text = data.decode("utf-8", "replace")
        bad = [c for c in text if c not in "\n\t" and unicodedata.category(c) in ("Cc", "Cf", "Co", "Zl", "Zp")]
        if bad:
            failures.append(f"{name}: {stream} carries {['U+%04X' % ord(c) for c in bad[:5]]}")
    return code


def content_copy():
    folder = tempfile.mkdtemp(prefix="fuzz-content-")
    shutil.rmtree(folder)
    shutil.copytree(VALID, folder)
    return folder


def write(path, data):
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


# --- 1. Structure-aware hostile YAML in every YAML input -------------------
def hostile_yaml():
    yield "flow-nesting", "[" * 100_000 + "]" * 100_000
    yield "flow-map-nesting", "{a: " * 50_000 + "b" + "}" * 50_000
    yield "block-nesting", "".join("  " * i + "- \n" for i in range(3000)) + "  " * 3000 + "x\n"
    yield "block-map-nesting", "".join("  " * i + f"k{i}:\n" for i in range(3000)) + "  " * 3000 + "x\n"
    yield "huge-scalar", "who: " + "x" * 900_000 + "\n"
    yield "many-keys", "".join(f"k{i}: v\n" for i in range(60_000))
    bomb = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 10):
        bomb.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    yield "alias-bomb", "\n".join(bomb) + "\n"
    yield "tags", "!!binary x: !!python/object y\n"
    yield "escapes-in-keys", '"\\e]52;c;Y3VybCBldmlsIHwgc2g=\\a": "\\e[2J"\n'
    yield "nul", "who: me\x00\n"
    yield "bom", "\ufeffwho: me\n"
    yield "documents", "a: b\n---\nc: d\n"


def run_yaml_inputs():
    for name, text in hostile_yaml():
        folder = tempfile.mkdtemp(prefix="fuzz-")
        path = os.path.join(folder, "in.yaml")
        write(path, text)
        run(f"answers/{name}", ["answer", "--answers", path])
        run(f"answers-stdin/{name}", ["answer", "--answers", "-"], stdin=text.encode("utf-8"))
        run(f"learn-answers/{name}", ["learn", "--scenario", "video-call", "--answers", path])
        run(f"local/{name}", ["kiosk", "--local", path], allowed={64, 65, 66})
        content = content_copy()
        write(os.path.join(content, "questions.yaml"), text)
        code = run(f"content/{name}", ["lint", "--content", content])
        if code == 0:
            failures.append(f"content/{name}: hostile questions.yaml linted clean")
        shutil.rmtree(content)
        shutil.rmtree(folder)


# --- 2. Hostile file types ---------------------------------------------------
def run_file_types():
    folder = tempfile.mkdtemp(prefix="fuzz-files-")
    fifo = os.path.join(folder, "fifo.yaml")
    os.mkfifo(fifo)
    sparse = os.path.join(folder, "bomb.yaml")
    with open(sparse, "wb") as f:
        f.truncate(200 << 20)
    for name, path in [("fifo", fifo), ("device", "/dev/zero"), ("folder", folder), ("size-bomb", sparse)]:
        for code_name, args in [("answers", ["answer", "--answers", path]), ("local", ["kiosk", "--local", path]),
                                ("pin", ["kiosk", "--staff-pin-file", path]), ("content", ["lint", "--content", path])]:
            code = run(f"{name}/{code_name}", args, allowed={64, 65, 66})
            if code == 0:
                failures.append(f"{name}/{code_name}: accepted")
    # A content folder with a FIFO, a symbolic-link loop and a size bomb.
    for name, make in [("fifo-in-content", lambda c: os.mkfifo(os.path.join(c, "extra.yaml"))),
                       ("link-loop", lambda c: (os.symlink(".", os.path.join(c, "a")), os.symlink(".", os.path.join(c, "b")))),
                       ("link-out", lambda c: os.symlink("/etc", os.path.join(c, "etc"))),
                       ("bomb-in-content", lambda c: open(os.path.join(c, "big.yaml"), "wb").truncate(100 << 20))]:
        content = content_copy()
        make(content)
        code = run(f"content/{name}", ["lint", "--content", content], allowed={65, 66})
        shutil.rmtree(content, ignore_errors=True)
    run("plain/dev-zero", ["--plain"], stdin=b"\0" * (1 << 20), allowed={65})
    run("plain/long-line", ["--plain", "--lang", "en"], stdin=b"1" * (1 << 20), allowed={65})
    shutil.rmtree(folder, ignore_errors=True)


# --- 3. Every Unicode general category in every kind of text field -----------
def samples_by_category(per_category=2):
    found = {}
    for cp in range(0x110000):
        cat = unicodedata.category(chr(cp))
        found.setdefault(cat, []).append(cp)
    picks = {}
    for cat, cps in found.items():
        picks[cat] = random.sample(cps, min(per_category, len(cps)))
    return picks


FORBIDDEN = {"Cc", "Cf", "Co", "Cs", "Zl", "Zp"}


def run_categories():
    picks = samples_by_category()
    fields = [
        ("questions.yaml", '    text: {de: "Wie hat der Kontakt angefangen?"', '    text: {de: "Wie hat der Kontakt%sangefangen?"'),
        ("advice.yaml", '    text: {de: "Blockiere die Person."', '    text: {de: "Blockiere die%sPerson."'),
        ("learn/practice.yaml", 'title: {de: "Die schnelle Freundschaft"', 'title: {de: "Die schnelle%sFreundschaft"'),
        ("ui.yaml", 'result.footer: {de: "Es ist nicht deine Schuld."', 'result.footer: {de: "Es ist nicht%sdeine Schuld."'),
    ]
    for cat, cps in sorted(picks.items()):
        for cp in cps:
            if cat == "Cs":
                char_bytes = b"\xed\xa0\x80"  # a surrogate cannot be UTF-8: invalid bytes
            else:
                char_bytes = chr(cp).encode("utf-8")
            escaped = "\\U%08X" % cp  # YAML double-quoted escape: the character itself
            for file, old, new in fields:
                content = content_copy()
                path = os.path.join(content, file)
                text = open(path, encoding="utf-8").read()
                assert old in text, (file, old)
                write(path, text.replace(old, new % escaped, 1))
                code = run(f"category {cat} U+{cp:04X} in {file}", ["lint", "--content", content])
                if cat in FORBIDDEN and cp not in (0x0A, 0x09) and code == 0:
                    failures.append(f"category {cat} U+{cp:04X} in {file}: passed lint")
                shutil.rmtree(content)
            # Raw characters (not escapes) in an answers key and a local contact.
            folder = tempfile.mkdtemp(prefix="fuzz-")
            answers = os.path.join(folder, "a.yaml")
            write(answers, b'"who' + char_bytes + b'": me\n')
            run(f"category {cat} U+{cp:04X} in an answers key", ["answer", "--answers", answers])
            local = os.path.join(folder, "l.yaml")
            write(local, b'name: "Beratung' + char_bytes + b'"\nphone: "0711 1"\n')
            run(f"category {cat} U+{cp:04X} in a local contact", ["kiosk", "--local", local], allowed={64, 65})
            run(f"category {cat} U+{cp:04X} in a flag", ["answer", "--fact", "payment" + chr(cp) if cat != "Cs" else "x"], allowed={64})
            shutil.rmtree(folder)
        if time.monotonic() - started > BUDGET:
            print(f"budget of {BUDGET} s used up at category {cat}", file=sys.stderr)
            break


# --- 4. Input-sized structures: bounded time and memory, never a crash -----
def run_measured(name, args, allowed, memory_mb=400):
    """Runs chatcheck; checks the exit code and this run's own peak memory.
    Returns (code, seconds)."""
    global runs
    runs += 1
    env = {"PATH": "/usr/bin:/bin", "HOME": tempfile.gettempdir(), "LANG": "C.UTF-8"}
    begin = time.monotonic()
    process = subprocess.Popen([BINARY] + args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=env, preexec_fn=limit_memory)
    try:
        _, stderr = process.communicate(timeout=TIME_LIMIT * 3)
    except subprocess.TimeoutExpired:
        process.kill()
        failures.append(f"{name}: no answer after {TIME_LIMIT * 3} s")
        return None, None
    took = time.monotonic() - begin
    _, status, usage = os.wait4(process.pid, 0) if process.returncode is None else (0, 0, None)
    code = process.returncode
    if code not in allowed:
        failures.append(f"{name}: exit {code} (allowed {sorted(allowed)}); stderr: {stderr[:300]!r}")
    if len(stderr.splitlines()) > 202:
        failures.append(f"{name}: {len(stderr.splitlines())} lines of errors (at most 200 and a count)")
    return code, took


def content_with(changes):
    content = content_copy()
    for name, change in changes.items():
        path = os.path.join(content, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        write(path, change(text))
    return content


def chain(n):
    lines = "".join("  - {id: c%d, text: {de: T, en: T}, help: {de: H, en: H}, options: [{id: o, label: {de: L, en: L}, next: %s}]}\n"
                    % (i, "c%d" % (i + 1) if i + 1 < n else "contact") for i in range(n))
    return {"questions.yaml": lambda t: t.replace("questions:\n", "questions:\n" + lines, 1),
            "chatcheck.yaml": lambda t: t.replace("start: contact", "start: c0", 1)}


def topics(n):
    names = ", ".join("t%d" % i for i in range(n))
    return {"chatcheck.yaml": lambda t: t.replace("topics: [", "topics: [" + names + ", ", 1)}


def run_structures():
    cases = [
        ("long-chain", chain(30_000), [["paths", "--limit", "1"], ["lint"]], {0}),
        ("deep-parentheses", {"advice.yaml": lambda t: t.replace("when: images.exist\n", 'when: "' + "(" * 50_000 + "images.exist" + ")" * 50_000 + '"\n', 1)},
         [["lint"], ["answer", "--fact", "images.exist"]], {65}),
        ("deep-not", {"advice.yaml": lambda t: t.replace("when: images.exist\n", 'when: "' + "not " * 100_000 + 'images.exist"\n', 1)},
         [["lint"], ["answer", "--fact", "images.exist"]], {65}),
        ("duplicate-topics", {"chatcheck.yaml": lambda t: t.replace("topics: [", "topics: [" + ", ".join(["dup"] * 50_000) + ", ", 1)},
         [["lint"]], {65}),
        ("anchored-options", {"questions.yaml": lambda t: "questions:\n  - id: contact\n    text: {de: T, en: T}\n    help: {de: H, en: H}\n    options: &O ["
                              + ", ".join("{id: o, label: {de: L, en: L}, next: q%d}" % (i % 2) for i in range(200)) + "]\n"
                              + "".join("  - {id: q%d, text: {de: T, en: T}, help: {de: H, en: H}, options: *O}\n" % i for i in range(2000))},
         [["lint"]], {65}),
    ]
    for name, changes, commands, allowed in cases:
        content = content_with(changes)
        for args in commands:
            run_measured(f"structure/{name}/{args[0]}", args + ["--content", content], allowed)
        shutil.rmtree(content)
    # Duplicate checks stay linear: 160,000 topics are checked within the
    # watchdog, which a quadratic check (about 10^10 comparisons) is not.
    # How fast is the benchmarks' business, never a test's.
    for n in (40_000, 160_000):
        content = content_with(topics(n))
        run_measured(f"structure/topics-{n}", ["lint", "--content", content], {0, 65})
        shutil.rmtree(content)


class Pty:
    """chatcheck on a pseudo-terminal of a given size; reads its output so
    it never blocks, and reaps it once."""

    def __init__(self, args, rows=24, columns=80):
        import fcntl, pty, struct, termios
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            os.execve(BINARY, [BINARY] + args, {"PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8"})
        os.set_blocking(self.fd, False)
        self.status = None
        self.usage = None

    def pump(self, seconds):
        """Reads output for `seconds` or until the program ends; its status or None."""
        import select
        end = time.monotonic() + seconds
        while time.monotonic() < end and self.status is None:
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if ready:
                try:
                    os.read(self.fd, 1 << 20)
                except OSError:
                    pass
            done, status, usage = os.wait4(self.pid, os.WNOHANG)
            if done:
                self.status, self.usage = status, usage
        return self.status

    def send(self, data):
        """Writes all of `data` unless the program ends first."""
        written = 0
        deadline = time.monotonic() + TIME_LIMIT
        while written < len(data) and time.monotonic() < deadline:
            try:
                written += os.write(self.fd, data[written:])
            except OSError:
                if self.pump(0.05) is not None:
                    break

    def end(self):
        """SIGTERM, then the status (SIGKILL and None if it does not end)."""
        if self.status is None:
            os.kill(self.pid, 15)
            if self.pump(5.0) is None:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
        os.close(self.fd)
        return self.status


# --- 5. Huge terminal sizes set on the terminal itself -------------------------
def run_terminal_sizes():
    global runs
    for rows, columns in ((32768, 80), (80, 32768), (65535, 65535), (10000, 10000)):
        for mode in (["--lang", "en"], ["kiosk", "--lang", "en"]):
            runs += 1
            name = f"terminal {rows}x{columns} {' '.join(mode)}"
            run = Pty(mode, rows, columns)
            run.pump(1.5)
            run.send(b"\x1b[24~")  # F12: the check ends, the kiosk wipes
            run.pump(1.0)
            status = run.end()
            if status is None:
                failures.append(f"{name}: did not end after F12 / SIGTERM")
            elif not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
                failures.append(f"{name}: ended with {status} (a crash?)")
            elif run.usage.ru_maxrss > 400 * 1024:
                failures.append(f"{name}: {run.usage.ru_maxrss // 1024} MB")


# --- 6. Input floods on the kiosk's terminal: invalid bytes are not an end --
def run_input_floods():
    global runs
    floods = {
        "invalid-utf8": b"\xff" * 40_000,
        "mouse-reports": b"\x1b[M\xff\xff\xff" * 3_000,
        "escape-storm": b"\x1b[" * 20_000,
    }
    for name, data in floods.items():
        runs += 1
        run = Pty(["kiosk", "--lang", "en"])
        run.pump(1.0)
        run.send(data)
        if run.pump(2.0) is not None:
            failures.append(f"flood/{name}: the kiosk ended ({run.status}); only a hang-up ends it")
            run.end()
            continue
        status = run.end()
        if status is None:
            failures.append(f"flood/{name}: SIGTERM did not end the kiosk")
        elif not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            failures.append(f"flood/{name}: SIGTERM ended it with {status}")


for stage in (run_yaml_inputs, run_file_types, run_structures, run_terminal_sizes, run_input_floods, run_categories):
    stage()
    if time.monotonic() - started > BUDGET:
        break

usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"generative fuzz: {runs} runs in {time.monotonic() - started:.0f} s; "
      f"largest peak memory of a run {usage.ru_maxrss / 1024:.0f} MB; {len(failures)} problems")
for failure in failures:
    print("FAIL " + failure)
if usage.ru_maxrss > 1536 * 1024:
    print(f"FAIL a run used {usage.ru_maxrss / 1024:.0f} MB")
    sys.exit(1)
sys.exit(1 if failures else 0)
