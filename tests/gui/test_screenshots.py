from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bindesk.db.engine import open_database
from bindesk.gui.screenshots import take_screenshots
from bindesk.services import demo

PAGES = {"networks", "members", "alert", "sent", "surveys", "newsletter", "audit", "settings"}
PAGES |= {"inbox", "history", "tips"}  # issue 12's pages (inbox and tips shot again below)
LIVE = {"sent-live", "newsletter-built"}  # Verzonden while sending; an edition just built
MAIL = {  # Instellingen → E-mail and the newsletter by e-mail, in Dutch and in English
    "settings-email",
    "en-settings-email",
    "newsletter-mail-1-choose",
    "newsletter-mail-2-progress",
    "en-newsletter-mail-2-progress",
}
# issue 12, in Dutch and in English
DESK = {
    prefix + name
    for prefix in ("", "en-")
    for name in (
        "alert-privacy",
        "alert-confirm",
        "alert-too-long",
        "sent-remaining",
        "inbox",
        "meldingen",
        "tips",
    )
}
DIALOGS = {
    "member-dialog",
    "member-dialog-new",
    "network-dialog",
    "import-1-file",
    "import-2-columns",
    "import-3-check",
    "possible-opt-outs",
    "surveys-by-bin",
    "survey-import-1-file",
    "survey-import-2-columns",
    "survey-import-3-summary",
    "operator-dialog",
    "crash-dialog",
    "lock",
    "login",
    "first-run-admin",
    "balie-members",
    "balie-member-dialog",
    "members-search",
    "en-members",
}


def test_screenshot_mode_renders_every_page_and_dialog(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    out = tmp_path / "shots"
    args = argparse.Namespace(db=None, screenshot=str(out))
    assert take_screenshots(args, qapp, tmp_path / "bindesk.log") == 0
    names = {p.stem for p in out.glob("*.png")}
    assert names == PAGES | DIALOGS | LIVE | DESK | MAIL
    for path in out.glob("*.png"):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768), path.name


def test_screenshot_mode_uses_the_given_database_and_fills_it_only_when_empty(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, db_url: str
) -> None:
    args = argparse.Namespace(db=db_url, screenshot=str(tmp_path / "shots"))
    assert take_screenshots(args, qapp, tmp_path / "bindesk.log") == 0
    db = open_database(db_url)
    with db.read_session() as s:
        assert demo.is_demo(s)
    db.dispose()
