#!/usr/bin/env python3
"""Contrast check: chatcheck in a real xterm, every text cell measured.

Usage: contrast.py PATH/TO/chatcheck [--keep DIR] [--only SCREEN] [--palette NAME]

Starts Xvfb and, for each palette (a stock xterm with a light and with a
dark background, and xterm with the VGA console palette and TERM=linux;
xterm's default resources show bold colours 0-7 bright, as the console does),
shows chatcheck's most important screens in a real xterm. Keys go in with
xdotool. The same program runs beside it in tmux at the same size with the
same keys: its text says which cells hold text and what to wait for (the
xterm's screenshot must show ink in every text cell of the tmux screen and
in no blank row, twice in a row, before it is measured).

For every cell with text, the background is the cell's most common colour
and the text colour the pixel furthest from it in luminance (antialiased
edges are in between). A cell under 4.5:1 (WCAG AA) fails the check: the
screen, palette, row, column, the text around it and the ratio are printed.
The terminal's cursor cell is left out: its colour is the terminal's.
"""

import argparse
import collections
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import unicodedata
import zlib

MINIMUM = 4.5
COLUMNS, ROWS = 80, 24
FONT = ["-fa", "DejaVu Sans Mono", "-fs", "12"]
# The Linux console's VGA palette, colours 0-15.
VGA = ["#000000", "#AA0000", "#00AA00", "#AA5500", "#0000AA", "#AA00AA", "#00AAAA", "#AAAAAA",
       "#555555", "#FF5555", "#55FF55", "#FFFF55", "#5555FF", "#FF55FF", "#55FFFF", "#FFFFFF"]
PALETTES = [
    # name, TERM, xterm's own options
    ("light", "xterm", ["-fg", "black", "-bg", "white"]),
    ("dark", "xterm", ["-fg", "white", "-bg", "black"]),
    ("vga", "linux", ["-fg", VGA[7], "-bg", VGA[0]]
     + [arg for i, c in enumerate(VGA) for arg in ("-xrm", "XTerm*color%d: %s" % (i, c))]),
]
LOCAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "deploy", "kiosk", "local.example.yaml")
# Each screen: chatcheck's arguments and the steps to it, each step keys
# (tmux names) and a text that shows they were taken.
SCREENS = [
    ("welcome", ["--lang", "en"], [([], "Which country are you in?")]),
    ("question", ["--lang", "en", "--region", "US"],
     [([], "I need help now"), (["Enter"], "Who are you doing this check for?")]),
    ("crisis", ["--lang", "en", "--region", "US"],
     [([], "I need help now"), (["Enter"], "Who are you doing this check for?"), (["1", "Enter"], "Are you under 18?"),
      (["1", "Enter"], "How are you feeling right now?"), (["3", "Enter"], "I am safe right now: go on")]),
    ("result", ["--lang", "en", "--region", "US"],
     [([], "I need help now"), (["Enter"], "Who are you doing this check for?"), (["1", "Enter"], "Are you under 18?"),
      (["1", "Enter"], "How are you feeling right now?"), (["3", "Enter"], "I am safe right now: go on"),
      (["Enter"], "How did it start?"), (["2", "Enter", "1", "Enter", "2", "Enter", "1", "Enter", "4", "Enter"], "Right now:")]),
    ("learn-safe", ["learn", "--lang", "en", "--region", "GB"],
     [([], "Pick a story"), (["Enter"], "What do you reply?"), (["Enter"], "✓ Safe")]),
    ("learn-risky", ["learn", "--lang", "en", "--region", "GB"],
     [([], "Pick a story"), (["Enter"], "What do you reply?"), (["2"], "> 2."), (["Enter"], "! Risky")]),
    ("kiosk-welcome", ["kiosk", "--lang", "de", "--region", "DE", "--local", LOCAL], [([], "Hier vor Ort:")]),
    ("kiosk-countdown", ["kiosk", "--lang", "de", "--region", "DE", "--local", LOCAL, "--idle-timeout", "2", "--countdown", "90"],
     [([], "Hier vor Ort:"), (["Enter"], "Für wen machst du"), ([], "Bist du noch da?")]),
]
XDOTOOL_KEYS = {"Enter": "Return", "Space": "space"}
# Waits end early when the screen is there; a busy machine only makes them longer.
TIMEOUT = 60


class CheckError(Exception):
    pass


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, **kwargs)


# --- colour ---------------------------------------------------------------

def _linear(c):
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


LINEAR = [_linear(c) for c in range(256)]


def luminance(rgb):
    return 0.2126 * LINEAR[rgb >> 16] + 0.7152 * LINEAR[(rgb >> 8) & 255] + 0.0722 * LINEAR[rgb & 255]


def ratio(a, b):
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def differs(a, b):
    """Clearly different colours (not a faint antialiasing trace)."""
    return abs((a >> 16) - (b >> 16)) + abs(((a >> 8) & 255) - ((b >> 8) & 255)) + abs((a & 255) - (b & 255)) > 48


# --- screenshots ----------------------------------------------------------

def parse_xwd(data):
    """An xwd dump of a TrueColor window: (width, height, rows of 0xRRGGBB)."""
    fields = [int.from_bytes(data[i:i + 4], "big") for i in range(0, 100, 4)]
    header_size, _, _, _, width, height, _, byte_order = fields[:8]
    bits_per_pixel, bytes_per_line, _, red_mask, green_mask, blue_mask = fields[11:17]
    colours = fields[19]
    if bits_per_pixel != 32:
        raise CheckError("unsupported xwd dump: %d bits per pixel" % bits_per_pixel)
    start = header_size + 12 * colours
    order = "little" if byte_order == 0 else "big"
    shifts = [(mask, (mask & -mask).bit_length() - 1) for mask in (red_mask, green_mask, blue_mask)]
    rows = []
    for y in range(height):
        line = data[start + y * bytes_per_line:start + y * bytes_per_line + 4 * width]
        words = memoryview(line).cast("I") if order == sys.byteorder else [
            int.from_bytes(line[i:i + 4], order) for i in range(0, len(line), 4)]
        if all(mask == m for (mask, _), m in zip(shifts, (0xFF0000, 0xFF00, 0xFF))):
            rows.append([w & 0xFFFFFF for w in words])
        else:
            rows.append([(((w & shifts[0][0]) >> shifts[0][1]) << 16) | (((w & shifts[1][0]) >> shifts[1][1]) << 8)
                         | ((w & shifts[2][0]) >> shifts[2][1]) for w in words])
    return width, height, rows


def write_png(path, width, height, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\0" + bytes(v for p in row for v in (p >> 16, (p >> 8) & 255, p & 255)) for row in rows)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                  + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class Grid:
    """A screenshot cut into terminal cells."""

    def __init__(self, width, height, rows):
        self.rows = rows
        self.cw, self.ch = width // COLUMNS, height // ROWS
        if self.cw < 4 or self.ch < 8 or width - COLUMNS * self.cw >= self.cw or height - ROWS * self.ch >= self.ch:
            raise CheckError("the xterm window is %dx%d pixels: not %dx%d cells" % (width, height, COLUMNS, ROWS))

    def pixels(self, row, first, last):
        """Pixels of cells first..<last in a row."""
        out = []
        for y in range(row * self.ch, (row + 1) * self.ch):
            out.extend(self.rows[y][first * self.cw:last * self.cw])
        return out

    def measure(self, row, first, last):
        """(background, text colour, has ink) of some cells."""
        pixels = self.pixels(row, first, last)
        background = collections.Counter(pixels).most_common(1)[0][0]
        lb = luminance(background)
        text = max(pixels, key=lambda p: abs(luminance(p) - lb))
        return background, text, differs(text, background)


# --- what the screen says (tmux) -------------------------------------------

def cells_of(line):
    """The text cells of a line: (first column, last column + 1, character)."""
    cells, column = [], 0
    for character in line:
        if unicodedata.combining(character) or unicodedata.category(character) in ("Mn", "Me", "Cf"):
            continue
        width = 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1
        if not character.isspace() and not 0x2580 <= ord(character) <= 0x259F:
            cells.append((column, column + width, character))
        column += width
    return cells


class Twin:
    """The same chatcheck in tmux: what text the xterm should show."""

    def __init__(self, folder, command, environment):
        self.socket = os.path.join(folder, "tmux")
        env = " ".join("%s=%s" % item for item in environment.items())
        self.tmux("new-session", "-d", "-s", "twin", "-x", str(COLUMNS), "-y", str(ROWS),
                  "env %s %s; sleep 600" % (env, " ".join(quote(c) for c in command)))

    def tmux(self, *arguments):
        return run(["tmux", "-S", self.socket, "-f", "/dev/null"] + list(arguments)).stdout.decode()

    def send(self, key):
        self.tmux("send-keys", "-t", "twin", key)

    def wait(self, text):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            screen = self.tmux("capture-pane", "-p", "-t", "twin")
            if text in screen:
                # A drawn frame: the same text twice.
                time.sleep(0.2)
                again = self.tmux("capture-pane", "-p", "-t", "twin")
                if again == screen:
                    return screen.split("\n")[:ROWS]
                continue
            time.sleep(0.1)
        raise CheckError("tmux never showed %r:\n%s" % (text, screen))

    def cursor(self):
        x, y, shown = self.tmux("display-message", "-p", "-t", "twin", "#{cursor_x} #{cursor_y} #{cursor_flag}").split()
        return (int(y), int(x)) if shown == "1" else None

    def close(self):
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], capture_output=True)


def quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


# --- the xterm ------------------------------------------------------------

class Terminal:
    def __init__(self, folder, display, options, term, command, environment, keep=None):
        self.display, self.keep = display, keep
        window_file = os.path.join(folder, "window")
        script = 'echo "$WINDOWID" > %s; exec env TERM=%s %s' % (
            quote(window_file), term, " ".join(quote(c) for c in command))
        env = dict(os.environ, DISPLAY=display, **environment)
        self.process = subprocess.Popen(
            ["xterm", "-xrm", "XTerm*cursorBlink: false", "-tn", term, "-u8", "-b", "0",
             "-geometry", "%dx%d+0+0" % (COLUMNS, ROWS)] + FONT + options + ["-e", "/bin/sh", "-c", script],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + TIMEOUT
        self.window = ""
        while time.monotonic() < deadline and not self.window:
            if self.process.poll() is not None:
                raise CheckError("xterm ended at once (status %s)" % self.process.returncode)
            time.sleep(0.1)
            if os.path.exists(window_file):
                with open(window_file) as f:
                    self.window = f.read().strip()
        if not self.window:
            raise CheckError("xterm did not start")

    def xdotool(self, *arguments):
        run(["xdotool"] + list(arguments), env=dict(os.environ, DISPLAY=self.display))

    def send(self, key):
        self.xdotool("windowfocus", self.window)
        self.xdotool("key", "--clearmodifiers", XDOTOOL_KEYS.get(key, key))

    def grab(self):
        result = subprocess.run(["xwd", "-silent", "-nobdrs", "-id", self.window],
                                env=dict(os.environ, DISPLAY=self.display), capture_output=True)
        if result.returncode != 0 or len(result.stdout) < 100:
            return None
        return parse_xwd(result.stdout)

    def wait_for(self, lines, cursor):
        """The screenshot once it shows `lines`, twice in a row."""
        deadline = time.monotonic() + TIMEOUT
        previous, problem, shot = None, "no screenshot", None
        while time.monotonic() < deadline:
            shot = self.grab()
            if shot is not None:
                grid = Grid(*shot)
                problem = mismatch(grid, lines, cursor)
                if problem is None and previous == shot[2]:
                    return shot
                previous = shot[2] if problem is None else None
            time.sleep(0.2)
        if self.keep and shot is not None:
            write_png(self.keep + "-timeout.png", *shot)
        raise CheckError("the xterm never showed the tmux screen (%s):\n%s" % (problem, "\n".join(lines)))

    def close(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def mismatch(grid, lines, cursor):
    """Why the screenshot does not show these lines yet, or None."""
    for row, line in enumerate(lines):
        cells = cells_of(line)
        for first, last, character in cells:
            if (row, first) != cursor and not grid.measure(row, first, min(last, COLUMNS))[2]:
                return "no ink at row %d, column %d (%r)" % (row + 1, first + 1, character)
        if not cells and (cursor is None or cursor[0] != row):
            for column in range(COLUMNS):
                if grid.measure(row, column, column + 1)[2]:
                    return "ink in blank row %d, column %d" % (row + 1, column + 1)
    return None


# --- the check --------------------------------------------------------------

def check_screen(display, binary, palette, screen, keep):
    name, term, options = palette
    title, arguments, steps = screen
    folder = tempfile.mkdtemp(prefix="contrast-")
    environment = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": ""}
    command = [binary] + arguments
    twin = Twin(folder, ["env", "TERM=" + term] + command, environment)
    terminal = None
    try:
        terminal = Terminal(folder, display, options, term, command, environment,
                            keep and os.path.join(keep, "%s-%s" % (title, name)))
        for keys, text in steps:
            for key in keys:
                twin.send(key)
            lines = twin.wait(text)
            cursor = twin.cursor()
            for key in keys:
                terminal.send(key)
            shot = terminal.wait_for(lines, cursor)
        if keep:
            write_png(os.path.join(keep, "%s-%s.png" % (title, name)), *shot)
        grid = Grid(*shot)
        failures, lowest = [], None
        for row, line in enumerate(lines):
            for first, last, character in cells_of(line):
                if (row, first) == cursor:
                    continue
                background, text, _ = grid.measure(row, first, min(last, COLUMNS))
                value = ratio(background, text)
                if lowest is None or value < lowest[0]:
                    lowest = (value, row, first)
                if value < MINIMUM:
                    failures.append((row, first, value, background, text, line))
        return lowest, failures
    finally:
        if terminal:
            terminal.close()
        twin.close()
        shutil.rmtree(folder, ignore_errors=True)


def start_xvfb():
    read, write = os.pipe()
    process = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-dpi", "96",
                                "-nolisten", "tcp"], pass_fds=[write], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    if not number:
        raise CheckError("Xvfb did not start")
    return process, ":" + number


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary")
    parser.add_argument("--keep", help="write each screenshot as a PNG file into this folder")
    parser.add_argument("--only", action="append", help="only this screen (repeatable)")
    parser.add_argument("--palette", action="append", help="only this palette (repeatable)")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
    started = time.monotonic()
    font = run(["fc-match", "-f", "%{family}", FONT[1]]).stdout.decode()
    if FONT[1] not in font.split(","):
        raise CheckError("the font %r is not installed (fc-match: %r)" % (FONT[1], font))
    xvfb, display = start_xvfb()
    bad, summary = [], []
    try:
        for palette in PALETTES:
            if args.palette and palette[0] not in args.palette:
                continue
            for screen in SCREENS:
                if args.only and screen[0] not in args.only:
                    continue
                try:
                    lowest, failures = check_screen(display, binary, palette, screen, args.keep)
                except CheckError as error:
                    raise CheckError("%s (%s): %s" % (screen[0], palette[0], error)) from None
                summary.append((screen[0], palette[0], lowest))
                bad += [(screen[0], palette[0]) + f for f in failures]
    finally:
        xvfb.terminate()
        xvfb.wait()
    print("%-16s %8s %8s %8s" % ("minimum ratio", *[p[0] for p in PALETTES]))
    for screen in SCREENS:
        values = {p: low for s, p, low in summary if s == screen[0]}
        if values:
            print("%-16s %s" % (screen[0], " ".join(
                "%8s" % ("%.2f" % values[p[0]][0] if values.get(p[0]) else "-") for p in PALETTES)))
    # One line per row: the failing columns, the lowest ratio, the row's text.
    rows = collections.OrderedDict()
    for screen, palette, row, column, value, background, text, line in bad:
        rows.setdefault((screen, palette, row, line), []).append((value, column, text, background))
    for (screen, palette, row, line), cells in rows.items():
        value, _, text, background = min(cells)
        columns = [c for _, c, _, _ in cells]
        print("FAIL %s (%s) row %d, column %d-%d: %.2f:1, #%06X on #%06X: %s" % (
            screen, palette, row + 1, min(columns) + 1, max(columns) + 1, value, text, background, line.strip()))
    print("%d screens, %d cells under %.1f:1, %.0f s" % (len(summary), len(bad), MINIMUM, time.monotonic() - started))
    return 1 if bad else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except CheckError as error:
        print("contrast check: %s" % error, file=sys.stderr)
        sys.exit(2)
