#!/usr/bin/python3
"""Performance as the user sees it, measured from outside the process, for Digest Editor and,
when it is installed, ghostwriter (Debian's Markdown editor with a live QtWebEngine preview) in
the same run, on the same X display:

  keystroke -> preview pixels  a key sent through XTest, the preview's pixels read back with
                               XGetImage until they change; a ~6 KB post and a ~1 MB document;
  start -> visible window      spawn until a viewable window titled with the post's name;
  memory                       PSS (and RSS) summed over the whole process tree, the application
                               and every QtWebEngineProcess under it, once the preview has loaded.

Run it inside a virtual display: ./dev.sh bench-ui [OPTIONS] does that (Xvfb 1280x800x24).
Needs python3-xlib. Each start of an application gets fresh HOME / XDG_* folders.
Not a test: figures are printed, nothing is asserted; CI does not run it.
"""
import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

from Xlib import X, XK, display
from Xlib.ext import xtest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
FIXTURE = os.path.join(ROOT, "tests", "fixtures", "canonical.md")
GHOSTWRITER = "/usr/bin/ghostwriter"
# Both windows get this size: ours opens at it, ghostwriter's 800x500 is resized to it, so the
# two previews are about the same area (paint cost grows with it).
WINDOW_W, WINDOW_H = 1200, 760


# ---------------------------------------------------------------- documents

def make_document(folder, size):
    """The fixture's front matter and body, then its body repeated until `size` bytes: the
    same construction as tests/bench/bench_preview.cpp, so figures compare. Then blank lines,
    more than the editor shows: typing happens after them, at the end, and a preview that
    follows the editor's top line (ours) is then scrolled to the end of the text, where the
    typed paragraph appears; ghostwriter's preview scrolls to the change by itself."""
    with open(FIXTURE, encoding="utf-8") as f:
        text = f.read()
    body = text[text.index("## Possible"):]
    while len(text.encode()) < size:
        text += "\n" + body
    text += "\n" * 80
    path = os.path.join(folder, "post.md")
    os.makedirs(folder, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


# ---------------------------------------------------------------- the applications

class App:
    """How to start one application and where its editor and preview are in its window.
    Rectangles are (x, y, w, h) inside the window, for a WINDOW_W x WINDOW_H window."""

    def __init__(self, name, argv, title, editor, preview, resize, probe=None):
        self.name, self.argv, self.title = name, argv, title
        self.editor, self.preview, self.resize = editor, preview, resize
        # Where the editor's text is both at the window's first size and after the resize:
        # "text painted" is looked for there, before any resize.
        self.probe = probe or editor


def our_app(build_dir):
    binary = os.path.abspath(os.path.join(build_dir, "app", "digest-editor", "digest-editor"))
    # ui/mainwindow: menu bar, the Front Matter dock on top (to y ~195), then the splitter
    # (topics/outline 260 px | editor 470 | preview 470), the status bar at the bottom.
    return App("ours", [binary], "post.md — Digest Editor",
               editor=(266, 205, 445, 530), preview=(745, 210, 430, 515), resize=False)


def ghostwriter_app():
    # ghostwriter 2.1.6: menu bar, a sidebar (~160 px), the editor, the preview on the right
    # half of what is left, a status bar; at 1200x760 the split is at about x = 680.
    return App("ghostwriter", [GHOSTWRITER], "post.md - ghostwriter",
               editor=(175, 40, 490, 680), preview=(690, 40, 490, 680), resize=True,
               probe=(175, 40, 290, 420))


# ---------------------------------------------------------------- X helpers

class Screen:
    def __init__(self):
        self.d = display.Display()
        self.root = self.d.screen().root
        self.net_wm_name = self.d.intern_atom("_NET_WM_NAME")
        self.utf8 = self.d.intern_atom("UTF8_STRING")

    def title(self, win):
        try:
            prop = win.get_full_property(self.net_wm_name, self.utf8)
            if prop:
                return prop.value.decode("utf-8", "replace")
            name = win.get_wm_name()
            return name if isinstance(name, str) else (name or b"").decode("latin-1")
        except Exception:
            return ""

    def find_window(self, title):
        """A viewable top-level window (there is no window manager: children of the root)
        whose title is `title` or `title` with a modified mark."""
        for win in self.root.query_tree().children:
            try:
                if win.get_attributes().map_state != X.IsViewable:
                    continue
            except Exception:
                continue
            if self.title(win).replace("*", "") == title:
                return win
        return None

    def origin(self, win):
        pos = win.translate_coords(self.root, 0, 0)
        return -pos.x, -pos.y

    def shot(self, rect):
        x, y, w, h = rect
        return self.root.get_image(x, y, w, h, X.ZPixmap, 0xFFFFFFFF).data

    def click(self, x, y):
        xtest.fake_input(self.d, X.MotionNotify, x=x, y=y)
        xtest.fake_input(self.d, X.ButtonPress, 1)
        xtest.fake_input(self.d, X.ButtonRelease, 1)
        self.d.sync()

    def key(self, name, mods=()):
        codes = [self.d.keysym_to_keycode(XK.string_to_keysym(m)) for m in mods]
        code = self.d.keysym_to_keycode(XK.string_to_keysym(name))
        for c in codes:
            xtest.fake_input(self.d, X.KeyPress, c)
        xtest.fake_input(self.d, X.KeyPress, code)
        xtest.fake_input(self.d, X.KeyRelease, code)
        for c in reversed(codes):
            xtest.fake_input(self.d, X.KeyRelease, c)
        self.d.sync()

    def save_ppm(self, path):
        """The whole screen as a PPM (for --shots: to check where the rectangles are)."""
        g = self.root.get_geometry()
        data = self.shot((0, 0, g.width, g.height))
        rgb = bytearray(g.width * g.height * 3)
        rgb[0::3], rgb[1::3], rgb[2::3] = data[2::4], data[1::4], data[0::4]
        with open(path, "wb") as f:
            f.write(b"P6 %d %d 255\n" % (g.width, g.height) + bytes(rgb))


def wait_stable(screen, rect, quiet_s, max_s):
    """Waits until `rect` has not changed for quiet_s (at most max_s); returns the time taken."""
    t0 = time.monotonic()
    last, since = screen.shot(rect), time.monotonic()
    while time.monotonic() - since < quiet_s and time.monotonic() - t0 < max_s:
        time.sleep(0.03)
        now = screen.shot(rect)
        if now != last:
            last, since = now, time.monotonic()
    return time.monotonic() - t0


def wait_loaded(screen, preview, max_s):
    """The preview has loaded: something is drawn in it (not one colour: a page still loading
    is blank), then nothing changes for 2 s."""
    t0 = time.monotonic()
    while not painted(screen.shot(preview)) and time.monotonic() - t0 < max_s:
        time.sleep(0.03)
    wait_stable(screen, preview, 2.0, max(1.0, max_s - (time.monotonic() - t0)))


def painted(data):
    """Text is on screen: more than two colours among sampled pixels (an unpainted window is
    one colour)."""
    return len({data[i:i + 3] for i in range(0, len(data) - 3, 4 * 37)}) > 2


# ---------------------------------------------------------------- processes

def process_tree(pid):
    """pid and all its descendants (QtWebEngineProcess zygotes, renderers, GPU...)."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(children.get(p, []))
    return tree


def parent_of(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return 0


def memory(pid):
    """{'pss', 'rss', 'uss': KiB summed over the tree, 'processes': [(pid, kind, pss, rss, uss)]}.
    PSS divides each shared page among the processes mapping it, other programs' included: the
    Qt libraries shared with whatever else runs lower it; USS (private pages) does not move."""
    rows, kinds = [], {}
    for p in process_tree(pid):
        try:
            with open("/proc/%d/smaps_rollup" % p) as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line and "-" not in line)
            with open("/proc/%d/cmdline" % p, "rb") as f:
                argv = f.read().split(b"\0")
        except OSError:
            continue
        kind = os.path.basename(argv[0].decode(errors="replace"))
        for a in argv[1:]:
            if a.startswith(b"--type="):
                kind += " " + a.decode()[7:]
        # A renderer forked by the zygote keeps the zygote's command line.
        if kinds.get(parent_of(p), "").endswith("zygote"):
            kind = kind.replace("zygote", "renderer (forked by the zygote)")
        kinds[p] = kind
        kib = lambda k: int(fields.get(k, "0 kB").split()[0])
        rows.append((p, kind, kib("Pss"), kib("Rss"), kib("Private_Clean") + kib("Private_Dirty")))
    return {"pss": sum(r[2] for r in rows), "rss": sum(r[3] for r in rows),
            "uss": sum(r[4] for r in rows), "processes": rows}


class Running:
    """One start of an application with a fresh HOME and XDG folders, the document copied in."""

    def __init__(self, app, document):
        self.home = tempfile.mkdtemp(prefix="uibench-")
        runtime = os.path.join(self.home, "run")
        os.makedirs(runtime, mode=0o700)
        self.post = os.path.join(self.home, "post.md")
        shutil.copyfile(document, self.post)
        env = dict(os.environ, HOME=self.home, XDG_CONFIG_HOME=self.home + "/.config",
                   XDG_DATA_HOME=self.home + "/.local/share", XDG_CACHE_HOME=self.home + "/.cache",
                   XDG_RUNTIME_DIR=runtime, QTWEBENGINE_DISABLE_SANDBOX="1",
                   QT_LOGGING_RULES="qt.webenginecontext.info=false")
        env.pop("QT_QPA_PLATFORM", None)
        self.started = time.monotonic()
        self.proc = subprocess.Popen(app.argv + [self.post], env=env, cwd=self.home,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(self):
        tree = process_tree(self.proc.pid)
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for p in tree[1:]:  # helpers left behind by a killed parent: ours, by pid
            try:
                os.kill(p, signal.SIGKILL)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.home, ignore_errors=True)


class Window:
    """The application's window once it is visible, with its rectangles on the screen."""

    def __init__(self, screen, app, running, timeout=60):
        self.screen, self.app = screen, app
        deadline = time.monotonic() + timeout
        win = None
        while win is None:
            if time.monotonic() > deadline or running.proc.poll() is not None:
                raise RuntimeError("%s: no window titled %r" % (app.name, app.title))
            win = screen.find_window(app.title)
            if win is None:
                time.sleep(0.005)
        self.visible_s = time.monotonic() - running.started
        self.win = win
        self.origin = screen.origin(win)
        self.probe = self.place(app.probe)

    def place(self, rect):
        return (self.origin[0] + rect[0], self.origin[1] + rect[1]) + rect[2:]

    def fit(self):
        """Gives the window WINDOW_W x WINDOW_H (there is no window manager to refuse it) and
        places the editor's and the preview's rectangles."""
        if self.app.resize:
            self.win.configure(width=WINDOW_W, height=WINDOW_H)
            self.screen.d.sync()
            time.sleep(0.3)
        self.origin = self.screen.origin(self.win)
        self.editor, self.preview = self.place(self.app.editor), self.place(self.app.preview)


# ---------------------------------------------------------------- the measurements

def start_up(screen, app, document, runs, settle_max):
    """Start to visible window, to text painted, and the tree's memory once the preview has
    stopped changing (the page loaded), over `runs` starts."""
    out = {"visible_ms": [], "text_ms": [], "pss_kib": [], "rss_kib": [], "uss_kib": [],
           "processes": []}
    for _ in range(runs):
        running = Running(app, document)
        try:
            window = Window(screen, app, running)
            while not painted(screen.shot(window.probe)):
                time.sleep(0.005)
            out["text_ms"].append((time.monotonic() - running.started) * 1000)
            out["visible_ms"].append(window.visible_s * 1000)
            window.fit()
            wait_loaded(screen, window.preview, settle_max)
            mem = memory(running.proc.pid)
            out["pss_kib"].append(mem["pss"])
            out["rss_kib"].append(mem["rss"])
            out["uss_kib"].append(mem["uss"])
            out["processes"] = mem["processes"]
        finally:
            running.stop()
    return out


def typing(screen, app, document, keys, settle_max, timeout_s, quiet_s, shots=None):
    """Opens `document`, clicks into the editor, goes to the end of the body (Ctrl+End) and
    starts a paragraph of its own there (two Returns), then types `keys` letters one at a time:
    for each, the time to the first change of the preview's pixels, and to the first change of
    the editor's (the echo: a long one means the GUI thread was busy). A space goes before every
    sixth letter, not timed, so the words wrap (a trailing space changes no pixel)."""
    running = Running(app, document)
    lat, echo, timeouts = [], [], 0
    try:
        window = Window(screen, app, running)
        window.fit()
        wait_loaded(screen, window.preview, settle_max)
        ex, ey, ew, eh = window.editor
        screen.click(ex + ew // 2, ey + eh // 2)
        time.sleep(0.3)
        screen.key("End", ("Control_L",))
        wait_stable(screen, window.preview, 1.0, settle_max)
        for _ in range(2):
            screen.key("Return")
        # One letter, not timed: the new paragraph appears (ghostwriter scrolls its preview to
        # the change the first time), so each timed key changes that paragraph only.
        screen.key("x")
        wait_stable(screen, window.preview, 1.0, settle_max)
        if shots:
            screen.save_ppm(os.path.join(shots, "%s-%d.ppm" % (app.name, os.path.getsize(document))))
        letters = "etaoinshrdlu"
        for i in range(keys):
            if i and i % 6 == 0:
                screen.key("space")
                wait_stable(screen, window.preview, quiet_s, timeout_s)
            base_p, base_e = screen.shot(window.preview), screen.shot(window.editor)
            t0 = time.perf_counter()
            screen.key(letters[i % len(letters)])
            t_echo = None
            while True:
                t = time.perf_counter() - t0
                if t_echo is None and screen.shot(window.editor) != base_e:
                    t_echo = t
                if screen.shot(window.preview) != base_p or t > timeout_s:
                    break
            lat.append(t * 1000)
            echo.append((t_echo if t_echo is not None else t) * 1000)
            timeouts += t > timeout_s
            wait_stable(screen, window.preview, quiet_s, timeout_s)
    finally:
        running.stop()
    return {"latency_ms": lat, "echo_ms": echo, "timeouts": timeouts}


# ---------------------------------------------------------------- figures and the table

def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(p * len(s)))] if s else None


def median(values):
    return statistics.median(values) if values else None


def figures(result):
    """The figures of one application, by name."""
    f = {}
    for label, size in (("6k", "small"), ("1m", "large")):
        r = result.get("typing_" + size)
        if r:
            f[label + "_median"] = median(r["latency_ms"])
            f[label + "_p95"] = pct(r["latency_ms"], 0.95)
            f[label + "_max"] = max(r["latency_ms"])
            f[label + "_echo_max"] = max(r["echo_ms"])
    s = result.get("startup")
    if s:
        f["start_visible"] = median(s["visible_ms"])
        f["start_text"] = median(s["text_ms"])
        f["pss"] = median(s["pss_kib"]) / 1024
        f["rss"] = median(s["rss_kib"]) / 1024
        f["uss"] = median(s["uss_kib"]) / 1024
    return f


# (key, label, unit, goal: ("ratio", x) | ("abs", limit) | None)
ROWS = [
    ("6k_median", "key -> preview pixels, 6 KB, median", "ms", ("ratio", 0.5)),
    ("6k_p95", "key -> preview pixels, 6 KB, p95", "ms", ("abs", 50)),
    ("1m_median", "key -> preview pixels, 1 MB, median", "ms", ("ratio", 0.5)),
    ("1m_p95", "key -> preview pixels, 1 MB, p95", "ms", ("abs", 300)),
    ("1m_max", "key -> preview pixels, 1 MB, max", "ms", None),
    ("1m_echo_max", "key -> editor pixels, 1 MB, max (GUI stall)", "ms", ("abs", 50)),
    ("start_visible", "start -> visible window, median", "ms", ("ratio", 0.8)),
    ("start_text", "start -> editor text painted, median", "ms", None),
    ("pss", "memory, process tree PSS, median", "MiB", ("ratio", 0.8)),
    ("rss", "memory, process tree RSS (reference)", "MiB", None),
    ("uss", "memory, process tree USS (reference)", "MiB", None),
]


def table(ours, theirs):
    lines = ["%-46s %9s %11s %7s %-10s %s" % ("figure", "ours", "ghostwriter", "ratio", "goal", "")]
    for key, label, unit, goal in ROWS:
        a, b = ours.get(key), theirs.get(key)
        ratio = a / b if a is not None and b else None
        verdict, goal_text = "", "-"
        if goal and goal[0] == "ratio":
            goal_text = "<= %.1fx" % goal[1]
            verdict = "" if ratio is None else ("pass" if ratio <= goal[1] else "FAIL")
        elif goal:
            goal_text = "<= %d %s" % (goal[1], unit)
            verdict = "" if a is None else ("pass" if a <= goal[1] else "FAIL")
        show = lambda v: "-" if v is None else "%.0f" % v
        lines.append("%-46s %9s %11s %7s %-10s %s" % (
            "%s (%s)" % (label, unit), show(a), show(b),
            "-" if ratio is None else "%.2fx" % ratio, goal_text, verdict))
    return "\n".join(lines)


def per_process(name, startup):
    rows = sorted(startup["processes"], key=lambda r: -r[2])
    return "\n".join("  %-11s %7d %-40s PSS %6.1f  RSS %6.1f  USS %6.1f MiB" % (
        name, pid, kind[:40], pss / 1024, rss / 1024, uss / 1024)
        for pid, kind, pss, rss, uss in rows)


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"), help="build folder")
    parser.add_argument("--runs", type=int, default=5, help="starts for the start-up and memory")
    parser.add_argument("--keys", type=int, default=40, help="keystrokes per document")
    parser.add_argument("--only", choices=["ours", "ghostwriter"], help="one application only")
    parser.add_argument("--json", help="write every sample to this file")
    parser.add_argument("--shots", help="save a screenshot (PPM) per typing run in this folder")
    args = parser.parse_args()

    apps = []
    if args.only != "ghostwriter":
        apps.append(our_app(args.build))
        if not os.access(apps[0].argv[0], os.X_OK):
            sys.exit("uibench: no %s: build first (./dev.sh build)" % apps[0].argv[0])
    if args.only != "ours":
        if os.access(GHOSTWRITER, os.X_OK):
            apps.append(ghostwriter_app())
        else:
            print("uibench: %s is not installed: ours only" % GHOSTWRITER, file=sys.stderr)
    if args.shots:
        os.makedirs(args.shots, exist_ok=True)

    screen = Screen()
    docs = tempfile.mkdtemp(prefix="uibench-docs-")
    small = make_document(os.path.join(docs, "small"), 6 * 1024)
    large = make_document(os.path.join(docs, "large"), 1024 * 1024)
    print("uibench: load average %s at the start; %d keys per document, %d starts; "
          "window %dx%d on a %dx%d display" % (
              load_average(), args.keys, args.runs, WINDOW_W, WINDOW_H,
              screen.root.get_geometry().width, screen.root.get_geometry().height))
    print("uibench: keys go at the end of the body (Ctrl+End, two Returns: a paragraph of "
          "their own), one at a time, the next once the preview has been still for 0.3 s (1 MB: 1 s)")
    results = {}
    try:
        # Interleaved, so a change of the machine's load hits both applications alike.
        for phase in ("startup", "typing_small", "typing_large"):
            for app in apps:
                print("uibench: %s, %s..." % (app.name, phase), file=sys.stderr, flush=True)
                r = results.setdefault(app.name, {})
                if phase == "startup":
                    r[phase] = start_up(screen, app, small, args.runs, 20)
                elif phase == "typing_small":
                    r[phase] = typing(screen, app, small, args.keys, 20, 5, 0.3, args.shots)
                else:
                    r[phase] = typing(screen, app, large, args.keys, 120, 15, 1.0, args.shots)
    finally:
        shutil.rmtree(docs, ignore_errors=True)

    ours = figures(results.get("ours", {}))
    theirs = figures(results.get("ghostwriter", {}))
    print()
    print(table(ours, theirs))
    print()
    print("memory per process (the last start, once the preview was still for 2 s):")
    for name, r in results.items():
        print(per_process(name, r["startup"]))
    for name, r in results.items():
        for phase in ("typing_small", "typing_large"):
            if r[phase]["timeouts"]:
                print("uibench: %s, %s: %d keys changed no preview pixel in time" % (
                    name, phase, r[phase]["timeouts"]))
    print("uibench: load average %s at the end" % load_average())
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"figures": {"ours": ours, "ghostwriter": theirs}, "samples": results,
                       "load_average_end": load_average()}, f, indent=1)


if __name__ == "__main__":
    main()
