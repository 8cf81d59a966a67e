"""Is the desk responsive while it sends and while it shows 20 000 members?

    QT_QPA_PLATFORM=offscreen python bench/gui_latency.py a      # 1 000 members, 3 modems
    QT_QPA_PLATFORM=offscreen python bench/gui_latency.py b      # 5 000 members, 10 modems
    QT_QPA_PLATFORM=offscreen python bench/gui_latency.py c      # Leden at 20 000: open/type/sort

A 10 ms ``QTimer`` (precise) runs on the real main window's event loop; every tick records
how late it came. A *stall* is the lateness beyond the 10 ms interval: the time the GUI thread
could not answer. (a) and (b) send one alert to every member through python-gammu's real AT
driver to emulated modems at zero latency (``bindesk.sms.emulator``), with the Verzonden page
shown, as the desk shows it after "Versturen"; (c) opens Leden, types three searches and
clicks three column headers, then refreshes 5, 40 and 40 rows in place (as after an edit)
with a header click right after each. Printed: worst stall, 99th percentile, stalls over
50/100 ms, full (generation 2) collections and their time, live objects
(``gc.get_objects()``) and RSS at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from sqlalchemy import func, insert, select

from bindesk.db.engine import Database, open_database
from bindesk.db.models import Delivery, Member, Membership, Network
from bindesk.gui import app as gui_app
from bindesk.gui.app import application, build_window
from bindesk.gui.main_window import MainWindow
from bindesk.gui.sending import SendingBridge
from bindesk.services import alerts, networks
from bindesk.services.demo import FIRST_NAMES, LAST_NAMES
from bindesk.services.operators import Actor, Role
from bindesk.sms.dispatcher import DispatcherSettings
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import ModemSpec

ACTOR = Actor("bench", "Benchmark", Role.ADMIN)
PROBE_MS = 10
SEND_TIMEOUT_S = 1800.0
WHY = False
WHY_MS = 40.0  # --why-ms: how long the GUI thread must be silent before a sample
FREEZE = True
EMULATORS_IN_PROCESS = False
TUNE = True  # the desk's collector thresholds and GIL switch interval (gui.app)
RESULT: dict[str, dict[str, float]] = {}  # printed as one JSON line at the end (--runs)


class Watchdog:
    """``--why``: when the GUI thread has not ticked for ``--why-ms`` (40 ms), sample where
    it is, and where every other thread of the process is that is not waiting (who holds the
    GIL)."""

    IDLE = frozenset({"wait", "select", "poll", "get", "sleep", "_wait_for_tstate_lock", "accept"})

    def __init__(self, probe: Probe) -> None:
        self.probe = probe
        self.samples: dict[str, int] = {}
        self.others: dict[str, int] = {}
        self.gui = threading.get_ident()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import traceback

        while not self._stop.wait(0.01):
            if (time.perf_counter() - self.probe._last) * 1000 < WHY_MS:
                continue
            frames = sys._current_frames()
            names = {t.ident: t.name for t in threading.enumerate()}
            me = threading.get_ident()
            for ident, frame in frames.items():
                if ident == me:
                    continue
                stack = traceback.extract_stack(frame)[-6:]
                if ident != self.gui and (not stack or stack[-1].name in self.IDLE):
                    continue
                key = " <- ".join(
                    f"{Path(fs.filename).name}:{fs.lineno} {fs.name}" for fs in reversed(stack)
                )
                if ident == self.gui:
                    self.samples[key] = self.samples.get(key, 0) + 1
                else:
                    key = f"[{names.get(ident, ident)}] {key}"
                    self.others[key] = self.others.get(key, 0) + 1

    def report(self) -> None:
        print("  the GUI thread in stalls:")
        for key, n in sorted(self.samples.items(), key=lambda kv: -kv[1])[:12]:
            print(f"  {n:4d}  {key}")
        print("  other threads not waiting, in the same samples:")
        for key, n in sorted(self.others.items(), key=lambda kv: -kv[1])[:12]:
            print(f"  {n:4d}  {key}")


class Probe:
    """Lateness of a 10 ms timer on the GUI thread, and the collections meanwhile.

    Every collection (any generation, any thread: they all hold the GIL) is timed; a stall
    over 50 ms is attributed to collections by the collection time that fell inside it.
    """

    def __init__(self) -> None:
        self.stalls: list[float] = []  # ms beyond the interval, one per tick
        self.full_gcs: list[float] = []  # ms per generation-2 collection
        self.gc_spans: list[tuple[float, float, int]] = []  # (start, end, generation)
        #: stalls > 50 ms: (tick time, stall ms, process CPU ms, GUI thread CPU ms) meanwhile
        self.long: list[tuple[float, float, float, float]] = []
        self._cpu = self._gui = 0.0
        self._gc_start = 0.0
        self._last = 0.0
        self._t0 = 0.0
        self.load_start = 0.0
        self.load_max = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        cpu, gui = time.process_time(), time.thread_time()
        stall = max(0.0, (now - self._last) * 1000 - PROBE_MS)
        self.stalls.append(stall)
        if stall > 50:
            # CPU this process (all threads) and the GUI thread used meanwhile: a process
            # that ran far less than the stall lasted was waiting for a core (other jobs)
            self.long.append((now, stall, (cpu - self._cpu) * 1000, (gui - self._gui) * 1000))
        self._cpu, self._gui = cpu, gui
        if len(self.stalls) % 500 == 0:
            self.load_max = max(self.load_max, os.getloadavg()[0])
        self._last = now

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
            return
        end = time.perf_counter()
        generation = info.get("generation", 0)
        self.gc_spans.append((self._gc_start, end, generation))
        if generation == 2:
            self.full_gcs.append((end - self._gc_start) * 1000)

    def start(self) -> None:
        self.stalls.clear()
        self.full_gcs.clear()
        self.gc_spans.clear()
        self.long.clear()
        gc.callbacks.append(self._gc)
        self.load_start = self.load_max = os.getloadavg()[0]
        self._last = self._t0 = time.perf_counter()
        self._cpu, self._gui = time.process_time(), time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.callbacks.remove(self._gc)
        self.load_max = max(self.load_max, os.getloadavg()[0])

    def _gc_inside(self, end: float, stall_ms: float) -> tuple[float, int]:
        """Collection time (ms) inside the stall that ended at ``end``, highest generation."""
        begin = end - (stall_ms + PROBE_MS) / 1000
        total, top = 0.0, -1
        for a, b, generation in self.gc_spans:
            overlap = min(b, end) - max(a, begin)
            if overlap > 0:
                total += overlap * 1000
                top = max(top, generation)
        return total, top

    def report(self, label: str) -> dict[str, float]:
        s = sorted(self.stalls) or [0.0]
        p99 = s[min(len(s) - 1, int(len(s) * 0.99))]
        gcs = self.full_gcs
        print(
            f"{label}: {len(s)} ticks, worst stall {s[-1]:.0f} ms, p99 {p99:.1f} ms, "
            f"over 50 ms: {sum(x > 50 for x in s)}, over 100 ms: {sum(x > 100 for x in s)}; "
            f"full collections: {len(gcs)}, {sum(gcs):.0f} ms in all, "
            f"longest {max(gcs, default=0):.0f} ms; collections of any generation: "
            f"{len(self.gc_spans)}, {sum(b - a for a, b, _g in self.gc_spans) * 1000:.0f} ms; "
            f"load average {self.load_start:.2f} at start, max {self.load_max:.2f}",
            flush=True,
        )
        starved = 0
        for end, stall, cpu_ms, gui_ms in self.long:
            inside, top = self._gc_inside(end, stall)
            where = (
                f"{inside:.0f} ms of it in collections (up to gen {top})"
                if top >= 0
                else ("no collection")
            )
            wall_ms = stall + PROBE_MS
            starved += cpu_ms < wall_ms / 2
            print(
                f"  stall {stall:.0f} ms at {end - self._t0:.1f} s: {where}; meanwhile the "
                f"process ran {cpu_ms:.0f} ms of CPU (GUI thread {gui_ms:.0f} ms)",
                flush=True,
            )
        if self.long:
            print(
                f"  {starved} of {len(self.long)} stalls over 50 ms: the process ran less than "
                "half the stall (waiting for a core: the machine's other jobs)",
                flush=True,
            )
        return {
            "worst": s[-1],
            "p99": p99,
            "over50": sum(x > 50 for x in s),
            "over100": sum(x > 100 for x in s),
            "full_gcs": len(gcs),
            "full_gc_ms": sum(gcs),
            "full_gc_longest": max(gcs, default=0.0),
            "load_start": self.load_start,
            "load_max": self.load_max,
            "over50_starved": starved,
        }


def live_report() -> dict[str, float]:
    gc.collect()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    frozen = gc.get_freeze_count()
    live = len(gc.get_objects()) + frozen
    print(
        f"live objects at the end: {live} "
        f"({frozen} of them frozen at start-up), max RSS {rss_mb:.0f} MB"
    )
    return {"live": live, "frozen": frozen, "rss_mb": rss_mb}


def run_until(done: Callable[[], bool], timeout_s: float) -> None:
    """Run the real event loop until ``done()``; checked every 50 ms by a timer."""
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(50)
    deadline = time.monotonic() + timeout_s

    def tick() -> None:
        if done() or time.monotonic() > deadline:
            loop.quit()

    check.timeout.connect(tick)
    check.start()
    loop.exec()
    check.stop()
    if not done():
        raise SystemExit("timed out")


def fill(db: Database, count: int, nets: int = 6, seed: int = 4) -> None:
    """``count`` active members with consent, spread over ``nets`` BINs (bulk insert)."""
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    with db.session() as s:
        made = [
            networks.add_network(s, ACTOR, name=f"BIN {n}", municipality="Lede")
            for n in range(nets)
        ]
        s.flush()
        net_ids = [n.id for n in made]
        s.execute(
            insert(Member),
            [
                {
                    "first_name": rng.choice(FIRST_NAMES),
                    "last_name": rng.choice(LAST_NAMES),
                    "street": f"Straat {rng.randint(1, 80)}",
                    "house_number": str(rng.randint(1, 250)),
                    "postal_code": rng.choice(("9340", "9420")),
                    "municipality": "Lede",
                    "mobile": f"+3247{rng.randint(0, 9)}{i:06d}",
                    "email": "",
                    "language": "nl",
                    "status": "active",
                    "consent_at": now,
                    "consent_method": "benchmark",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(count)
            ],
        )
        ids = list(s.scalars(select(Member.id)))
        s.execute(
            insert(Membership),
            [{"member_id": m, "network_id": rng.choice(net_ids)} for m in ids],
        )
    assert Network


def queue_to_everyone(db: Database) -> int:
    with db.session() as s:
        nets = list(s.scalars(select(Network)))
        plan = alerts.draft(s, ACTOR, networks=nets, kind="prevention", text="Bench: sluit af.")
        return alerts.queue(s, ACTOR, plan).id


def window_for(db: Database, sending: SendingBridge | None = None) -> MainWindow:
    window = build_window(db, ACTOR, idle_lock=False, sending=sending)
    window.show()
    if FREEZE:
        gui_app.freeze_start_up_heap(tune=TUNE)  # as gui.app.run does
    run_until(lambda: not window.desk.tasks.busy, 30)
    return window


class Emulators:
    """The emulated modems: by default in a process of their own, as real modems are outside
    the desk's process (their threads do not share the desk's GIL, their records do not count
    as the desk's live objects); ``--emulators-in-process`` keeps them in the desk's process."""

    def __init__(self, count: int, *, in_process: bool) -> None:
        self._local: list[Emulator] = []
        self._proc: subprocess.Popen[str] | None = None
        if in_process:
            self._local = [Emulator() for _ in range(count)]
            self.devices = [emu.start() for emu in self._local]
            return
        self._proc = subprocess.Popen(
            [sys.executable, __file__, "--serve-emulators", str(count)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        self.devices = self._proc.stdout.readline().split()
        if len(self.devices) != count:
            raise SystemExit("the emulator process did not start")

    def stop(self) -> None:
        for emu in self._local:
            emu.stop()
        if self._proc is not None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            self._proc.wait(30)


def serve_emulators(count: int) -> None:
    """The child process of :class:`Emulators`: answer until stdin closes."""
    emus = [Emulator() for _ in range(count)]
    print(" ".join(emu.start() for emu in emus), flush=True)
    sys.stdin.read()
    for emu in emus:
        emu.stop()


def send(members: int, modems: int) -> None:
    application()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        fill(db, members)
        emus = Emulators(modems, in_process=EMULATORS_IN_PROCESS)
        try:
            bridge = SendingBridge(
                db, [ModemSpec.parse(d) for d in emus.devices], settings=DispatcherSettings()
            )
            window = window_for(db, bridge)
            window.show_page("sent")
            assert bridge.start()
            run_until(lambda: all(v.state == "ready" for v in bridge.modems()), 300)
            print(
                f"{members} members, {modems} emulated modems ready ("
                f"{'in this process' if EMULATORS_IN_PROCESS else 'in their own process'}); "
                f"gc thresholds {gc.get_threshold()}, switch interval "
                f"{sys.getswitchinterval() * 1000:.0f} ms",
                flush=True,
            )
            probe = Probe()
            probe.start()
            watchdog = Watchdog(probe) if WHY else None
            if watchdog is not None:
                watchdog.start()
            queued: list[int] = []
            finished = threading.Event()

            def compose_and_watch() -> None:  # another desk composes; a watcher reads the db
                alert_id = queue_to_everyone(db)
                queued.append(alert_id)
                while True:
                    time.sleep(0.5)
                    with db.read_session() as s:
                        waiting = s.scalar(
                            select(func.count()).where(
                                Delivery.alert_id == alert_id,
                                Delivery.state.in_(("queued", "sending")),
                            )
                        )
                    if not waiting:
                        finished.set()
                        return

            started = time.monotonic()
            worker = threading.Thread(target=compose_and_watch, daemon=True)
            worker.start()
            run_until(lambda: bool(queued), 60)
            bridge.wake()
            page = window.pages["sent"]
            page.show_alert(queued[0])  # type: ignore[attr-defined]
            run_until(finished.is_set, SEND_TIMEOUT_S)
            took = time.monotonic() - started
            pause(6.0)  # the Verzonden page's 5 s poll, once more
            probe.stop()
            with db.read_session() as s:
                n = s.scalar(select(func.count()).where(Delivery.alert_id == queued[0]))
            RESULT["send"] = probe.report(f"send {n} SMS in {took:.0f} s") | {"took": took}
            if watchdog is not None:
                watchdog.stop()
                watchdog.report()
            RESULT["end"] = live_report()
            bridge.shutdown(30)
            window.close()
        finally:
            emus.stop()
            db.dispose()


def members_page(count: int) -> None:
    application()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        fill(db, count)
        window = window_for(db)
        page = window.pages["members"]
        loaded: list[float] = []
        page.loaded.connect(lambda: loaded.append(time.perf_counter()))  # type: ignore[attr-defined]
        probe = Probe()

        def watched(phase: Callable[[], None], name: str, title: str) -> None:
            probe.start()
            watchdog = Watchdog(probe) if WHY else None
            if watchdog is not None:
                watchdog.start()
            phase()
            probe.stop()
            RESULT[name] = probe.report(title)
            if watchdog is not None:
                watchdog.stop()
                watchdog.report()

        def open_page() -> None:
            window.show_page("members")
            run_until(lambda: bool(loaded), 60)
            pause(0.5)

        watched(open_page, "open", f"open Leden ({count} members)")
        edit = page.ui.search_edit  # type: ignore[attr-defined]

        def type_searches() -> None:
            for text in ("Kerkstraat", "0470 12 34", "Van den Bossche"):
                edit.clear()
                pause(0.2)
                for ch in text:
                    QTest.keyClicks(edit, ch)
                    pause(0.12)  # a fast typist
            edit.clear()
            pause(0.5)

        watched(type_searches, "type", "type three searches")
        view = page.ui.members_view  # type: ignore[attr-defined]
        header = view.horizontalHeader()

        # Where to click, found before the probe starts: the bench's own first call of
        # header.viewport() makes PySide6 create ~20 enum classes (9-12 ms on the GUI
        # thread), which a real mouse click never does.
        header_viewport = header.viewport()
        left, no_modifier = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        spots = [header.sectionViewportPosition(c) + header.sectionSize(c) // 2 for c in range(6)]

        def click_headers() -> None:
            for column in (2, 0, 2, 5):
                at = QPoint(spots[column], header.height() // 2)
                QTest.mouseClick(header_viewport, left, no_modifier, at)
                pause(1.0)

        watched(click_headers, "sort", "click four column headers")
        reloaded: list[float] = []
        page.rows_reloaded.connect(lambda: reloaded.append(time.perf_counter()))  # type: ignore[attr-defined]

        def edit_then_click() -> None:
            # rows refreshed in place, as after an edit (5) or a change to a selection (40)
            for edited, column in ((5, 1), (40, 2), (40, 0)):
                before = len(reloaded)
                page.reload_members(page.model.visible_ids()[:edited])  # type: ignore[attr-defined]
                run_until(lambda before=before: len(reloaded) > before, 30)
                at = QPoint(spots[column], header.height() // 2)
                QTest.mouseClick(header_viewport, left, no_modifier, at)
                pause(1.0)

        watched(edit_then_click, "edit", "refresh 5/40/40 rows in place, then click a header")
        RESULT["end"] = live_report()
        window.close()
        db.dispose()


def pause(seconds: float) -> None:
    end = time.monotonic() + seconds
    run_until(lambda: time.monotonic() >= end, seconds + 5)


def several(argv: list[str], runs: int) -> None:
    """``--runs N``: N fresh processes, one after the other; min / median / max of each."""
    import json
    import statistics
    import subprocess

    results: list[dict[str, dict[str, float]]] = []
    for run in range(runs):
        print(f"--- run {run + 1} of {runs}", flush=True)
        proc = subprocess.run(
            [sys.executable, __file__, *argv], capture_output=True, text=True, check=True
        )
        for line in proc.stdout.splitlines():
            if line.startswith("RESULT "):
                results.append(json.loads(line[len("RESULT ") :]))
            else:
                print(line, flush=True)
    print(f"=== {runs} runs: min / median / max")
    for part in results[0]:
        for key in results[0][part]:
            values = [r[part][key] for r in results]
            print(
                f"{part:5s} {key:16s} {min(values):10.1f} {statistics.median(values):10.1f} "
                f"{max(values):10.1f}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", choices=("a", "b", "c"))
    parser.add_argument("--members", type=int)
    parser.add_argument("--modems", type=int)
    parser.add_argument("--why", action="store_true", help="sample the GUI thread in stalls")
    parser.add_argument(
        "--why-ms", type=float, default=40.0, help="--why samples after this silence (ms)"
    )
    parser.add_argument("--no-freeze", action="store_true", help="no gc.freeze() at start")
    parser.add_argument("--runs", type=int, default=1, help="fresh processes, summarised")
    parser.add_argument(
        "--emulators-in-process",
        action="store_true",
        help="run the emulated modems in the desk's process (their threads share its GIL)",
    )
    parser.add_argument(
        "--no-tune",
        action="store_true",
        help="keep Python's collector thresholds and GIL switch interval (freeze only)",
    )
    if sys.argv[1:2] == ["--serve-emulators"]:
        serve_emulators(int(sys.argv[2]))
        return 0
    args = parser.parse_args()
    if args.runs > 1:
        argv, skip = [], False
        for a in sys.argv[1:]:
            if skip or a.startswith("--runs"):
                skip = a == "--runs"
                continue
            argv.append(a)
        several(argv, args.runs)
        return 0
    global WHY, WHY_MS, FREEZE, EMULATORS_IN_PROCESS, TUNE
    WHY, WHY_MS, FREEZE, TUNE = args.why, args.why_ms, not args.no_freeze, not args.no_tune
    EMULATORS_IN_PROCESS = args.emulators_in_process
    if args.scenario == "a":
        send(args.members or 1000, args.modems or 3)
    elif args.scenario == "b":
        send(args.members or 5000, args.modems or 10)
    else:
        members_page(args.members or 20_000)
    import json

    print("RESULT " + json.dumps(RESULT), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
