from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from bindesk.domain.errors import InvalidInput
from bindesk.gui import tasks
from bindesk.gui.tasks import Progress, TaskRunner


def test_result_comes_back_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work(_progress: Progress) -> int:
        seen["worker"] = threading.get_ident()
        return 42

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        handle = runner.submit(
            "answer", work, on_done=lambda r: seen.update(result=r, gui=threading.get_ident())
        )
    assert handle.result == 42
    assert seen["result"] == 42
    assert seen["worker"] != gui_thread
    assert seen["gui"] == gui_thread
    assert not runner.busy


def test_progress_is_throttled(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """10 000 reports in a tight loop reach the GUI as a handful, and the last one always."""
    runner = TaskRunner()
    reports: list[tuple[int, int]] = []

    def work(progress: Progress) -> None:
        for done in range(1, 10_001):
            progress(done, 10_000)

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        handle = runner.submit("loop", work, on_progress=lambda d, t, _x: reports.append((d, t)))
        handle.progress.connect(lambda *_a: None)
    assert reports[-1] == (10_000, 10_000)
    assert len(reports) < 50


def test_refusal_goes_to_the_error_signal(qtbot: QtBot) -> None:
    runner = TaskRunner()

    def work(_progress: Progress) -> None:
        raise InvalidInput("Kies minstens één netwerk voor het lid.")

    with qtbot.waitSignal(runner.error) as blocker:
        runner.submit("refused", work)
    assert blocker.args == ["Kies minstens één netwerk voor het lid."]


def test_caller_can_handle_a_refusal_itself(qtbot: QtBot) -> None:
    runner = TaskRunner()
    got: list[str] = []
    errors: list[str] = []
    runner.error.connect(errors.append)

    def work(_progress: Progress) -> None:
        raise InvalidInput("nee")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.submit("refused", work, on_error=got.append)
    assert got == ["nee"]
    assert errors == []


def test_a_bug_is_logged_and_goes_to_the_crash_signal(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    runner = TaskRunner()
    errors: list[str] = []
    runner.error.connect(errors.append)

    def work(_progress: Progress) -> None:
        raise ZeroDivisionError("boem")

    with qtbot.waitSignal(runner.crashed) as blocker:
        runner.submit("bug", work)
    assert isinstance(blocker.args[0], ZeroDivisionError)
    assert errors == []  # not shown as a refusal: the crash dialog takes it
    assert any("background task bug failed" in r.message for r in caplog.records)


def test_cancel_stops_at_the_next_check(qtbot: QtBot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    release = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        release.wait(5)
        progress.check()
        return "niet gestopt"

    handle = runner.submit("long", work)
    assert started.wait(5)
    with qtbot.waitSignal(handle.cancelled):
        handle.cancel()
        release.set()
    assert handle.result is None


def test_progress_interval_is_about_ten_per_second() -> None:
    assert pytest.approx(0.1) == tasks.PROGRESS_INTERVAL_S


class _Payload:
    """A result big enough to notice; counted while alive."""

    alive = 0

    def __init__(self) -> None:
        _Payload.alive += 1
        self.data = bytearray(10_000)

    def __del__(self) -> None:
        _Payload.alive -= 1


def test_a_finished_task_is_released_with_its_result(qtbot: QtBot) -> None:
    """GIVEN 200 tasks whose callbacks capture their page-like owner,
    WHEN they have all reported back (done, refused or failed),
    THEN neither their handles nor their results are kept by the runner."""
    import gc
    import weakref

    runner = TaskRunner()
    handles: list[weakref.ref[tasks.TaskHandle]] = []
    seen: list[int] = []
    errors: list[str] = []

    def work(_progress: Progress) -> _Payload:
        return _Payload()

    def refused(_progress: Progress) -> None:
        raise InvalidInput("nee")

    for i in range(200):
        if i % 10 == 0:
            handle = runner.submit("refused", refused, on_error=errors.append)
        else:
            handle = runner.submit("payload", work, on_done=lambda p: seen.append(len(p.data)))
        handles.append(weakref.ref(handle))
        del handle
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    assert len(seen) == 180 and len(errors) == 20
    gc.collect()
    assert _Payload.alive == 0
    assert [h for h in handles if h() is not None] == []
