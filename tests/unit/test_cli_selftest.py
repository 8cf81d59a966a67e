"""``bindesk selftest``: a Dutch line per step, exit 0 when the installation works."""

from __future__ import annotations

import pytest

from bindesk.cli import main


def test_selftest_passes_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["selftest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    steps = [line for line in lines if line.startswith(("in orde", "MISLUKT"))]
    assert len(steps) == 5 and all(line.startswith("in orde") for line in steps), lines
    assert any("revisie" in line for line in steps)
    assert any("emulator via de AT-driver van Gammu" in line for line in steps)
    assert lines[-1] == "Alles in orde."


def test_selftest_says_what_failed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bindesk import config

    monkeypatch.setattr(config, "resource_root", lambda: config.Path("/nonexistent"))
    monkeypatch.setattr(
        config, "resource", lambda *parts: config.Path("/nonexistent").joinpath(*parts)
    )
    assert main(["selftest"]) == 1
    captured = capsys.readouterr()
    assert "MISLUKT  Hulpbestanden" in captured.out
    assert "in orde  Eén sms via Gammu" in captured.out  # the other steps still run
    assert "stap(pen) mislukt" in captured.err
