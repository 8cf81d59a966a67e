"""Dutch is the source language; the English catalogue is complete, current and built."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from bindesk.db.engine import Database
from bindesk.domain.states import AuditAction, DeliveryState, ModemState
from bindesk.gui import i18n
from bindesk.services.operators import Actor
from tests.gui.conftest import WindowFactory
from tests.gui.test_build import build

ROOT = Path(__file__).resolve().parents[2]


def test_ts_file_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """lupdate on a copy must not change it: every string in the code is in the catalogue."""
    copy = tmp_path / "bindesk_en.ts"
    shutil.copy(build.ts_file("en"), copy)
    build.update_ts("en", copy)
    assert copy.read_text(encoding="utf-8") == build.ts_file("en").read_text(encoding="utf-8"), (
        "strings changed: run python ui/build.py i18n and translate the new ones"
    )


def test_every_string_has_an_english_translation() -> None:
    root = ET.parse(build.ts_file("en")).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 300
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation") is None
        or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not (m.findtext("translation") or "").strip()
    ]
    assert not unfinished, unfinished[:10]
    for m in messages:  # placeholders survive translation
        source, english = m.findtext("source") or "", m.findtext("translation") or ""
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", english)), source


def test_qm_file_is_built_from_the_current_ts(tmp_path: Path) -> None:
    fresh = build.release("en", qm=tmp_path / "bindesk_en.qm")
    assert fresh.read_bytes() == build.qm_file("en").read_bytes(), (
        "stale .qm: run python ui/build.py i18n"
    )


def test_no_translation_wrappers_that_lupdate_cannot_see() -> None:
    """lupdate only sees tr(), self.tr() and QCoreApplication.translate() with literals."""
    bad = []
    for path in build.translation_sources():
        if path.suffix != ".py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"^\s*def _?tr\(", r"=\s*QCoreApplication\.translate\s*$", r"\b_tr\("):
            if re.search(pattern, text, re.MULTILINE):
                bad.append(f"{path.name}: {pattern}")
    assert not bad, bad


@pytest.fixture
def english() -> object:
    app = QCoreApplication.instance()
    assert app is not None
    i18n.install(app, "en")
    yield app
    i18n.install(app, "nl")


def test_english_desk(
    qtbot: QtBot, english: object, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    window = make_window(demo_db, admin)
    labels = [window.ui.nav_list.item(i).text() for i in range(window.ui.nav_list.count())]
    assert labels[:3] == ["Networks", "Members", "Alert"]
    assert "SIMULATION" in window.windowTitle()
    page = window.pages["members"]
    with qtbot.waitSignal(page.loaded):  # type: ignore[attr-defined]
        window.show_page("members")
    assert page.ui.add_button.text() == "&New member…"  # type: ignore[attr-defined]
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Last name"  # type: ignore[attr-defined]
    status = page.model.COLUMNS.index("status")  # type: ignore[attr-defined]
    shown = {page.model.index(r, status).data() for r in range(page.model.rowCount())}  # type: ignore[attr-defined]
    assert {"active", "paused", "left"} <= {text.split(" · ")[0] for text in shown}


def test_state_labels_follow_the_desk_language(english: object) -> None:
    """The GUI shows the English label of a state when the desk runs in English."""
    assert i18n.label(DeliveryState.UNCERTAIN) == "uncertain"
    assert i18n.label_of(AuditAction, "erase") == "erased (GDPR)"
    assert i18n.labels_of(ModemState)[ModemState.NEEDS_OPERATOR] == "action needed"
    app = QCoreApplication.instance()
    assert app is not None
    i18n.install(app, "nl")
    assert i18n.label(DeliveryState.UNCERTAIN) == "onzeker"


def test_dutch_desk_uses_qt_dutch_buttons(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    app = QCoreApplication.instance()
    assert app is not None
    i18n.install(app, "nl")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    assert sys.modules["bindesk.gui.i18n"] is i18n


def test_a_string_that_moves_to_another_class_keeps_its_translation() -> None:
    before = (
        "<context>\n    <name>Old</name>\n    <message>\n        <source>Versturen</source>\n"
        "        <translation>Send</translation>\n    </message>\n"
        "    <message>\n        <source>Later</source>\n"
        "        <translation>Afterwards</translation>\n    </message>\n</context>\n"
    )
    after = (
        "<context>\n    <name>New</name>\n    <message>\n        <source>Versturen</source>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n'
        "    <message>\n        <source>Later</source>\n"  # lupdate's guess, marked unfinished
        '        <translation type="unfinished">Afterwards</translation>\n    </message>\n'
        "    <message>\n        <source>Nieuw</source>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n</context>\n'
    )
    carried = build.carry_translations(before, after)
    assert "<translation>Send</translation>" in carried
    assert "<translation>Afterwards</translation>" in carried
    assert carried.count('type="unfinished"') == 1  # a new string still needs translating
