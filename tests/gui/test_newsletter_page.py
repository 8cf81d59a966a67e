"""Nieuwsbrief page: write, build in the background, preview, save, print, reopen, cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from bindesk.db.engine import Database
from bindesk.db.models import Newsletter
from bindesk.gui import ask
from bindesk.gui.main_window import MainWindow
from bindesk.gui.pages.newsletter_page import NewsletterPage, period_choices
from bindesk.gui.tasks import Progress
from bindesk.services.operators import Actor
from tests.gui.conftest import WindowFactory
from tests.unit.pdf.pdfcheck import fonts_of, text_of


def _page(qtbot: QtBot, window: MainWindow) -> NewsletterPage:
    page = window.pages["newsletter"]
    assert isinstance(page, NewsletterPage)
    with qtbot.waitSignal(page.loaded):
        window.show_page("newsletter")
    return page


def _write(page: NewsletterPage) -> None:
    page.ui.title_edit.setText("BIN-nieuws winter")
    page.ui.period_combo.setCurrentIndex(page.ui.period_combo.findData("2026-Q4"))
    page.ui.word_edit.setPlainText("Beste buren & vrienden,\n\nDank u.")
    page.add_article()
    page.ui.article_title_edit.setText("Afwezigheidstoezicht")
    page.ui.article_title_edit.textEdited.emit("Afwezigheidstoezicht")
    page.ui.article_body_edit.setPlainText("Vraag het aan vóór uw vertrek.")
    tips = page.ui.tips_list
    for row in range(tips.count()):
        if tips.item(row).data(Qt.ItemDataRole.UserRole) == "vakantie":
            tips.item(row).setCheckState(Qt.CheckState.Checked)
    nets = page.ui.networks_list
    for row in range(nets.count()):
        if "Aaigem" in nets.item(row).text():
            nets.item(row).setCheckState(Qt.CheckState.Unchecked)


def _build(qtbot: QtBot, page: NewsletterPage):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.built, timeout=20_000) as blocker:
        page.ui.build_button.click()
    qtbot.waitUntil(lambda: not page.desk.tasks.busy, timeout=10_000)
    return blocker.args[0]


def test_build_preview_save_print_and_reopen(
    qtbot: QtBot,
    demo_db: Database,
    communicatie: Actor,
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, make_window(demo_db, communicatie))
    assert not page.ui.save_button.isEnabled() and not page.ui.print_button.isEnabled()
    _write(page)
    result = _build(qtbot, page)
    assert page.document.pageCount() == result.pages >= 1
    assert page.ui.save_button.isEnabled() and page.ui.print_button.isEnabled()
    assert not page.ui.progress_bar.isVisible()
    text = text_of(result.path)
    assert "BIN-nieuws winter" in text and "vierde kwartaal 2026" in text
    assert "Beste buren & vrienden," in text and "Afwezigheidstoezicht" in text
    assert "Met vakantie" in text and "BIN Oordegem" in text and "BIN Aaigem" not in text

    target = tmp_path / "winter.pdf"
    monkeypatch.setattr(ask, "save_file", lambda *_a: str(target))
    with qtbot.waitSignal(page.saved):
        page.ui.save_button.click()
    assert text_of(target) == text and all(fonts_of(target).values())

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    assert page.print_to(printer) == result.pages
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "afdruk.pdf").pages) == result.pages

    # a new edition clears the page; the stored one reopens as it was and rebuilds in place
    with qtbot.waitSignal(page.loaded):
        page.new_edition()
    assert page.ui.title_edit.text() == "" and page.articles == []
    with qtbot.waitSignal(page.loaded), qtbot.waitSignal(page.edition_opened):
        page.open_edition(result.edition_id)
    assert page.ui.title_edit.text() == "BIN-nieuws winter"
    assert [a.title for a in page.articles] == ["Afwezigheidstoezicht"]
    assert page.ui.period_combo.currentData() == "2026-Q4"
    checked_tips = [
        page.ui.tips_list.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(page.ui.tips_list.count())
        if page.ui.tips_list.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert checked_tips == ["vakantie"]
    page.ui.title_edit.setText("BIN-nieuws kerst")
    again = _build(qtbot, page)
    assert again.edition_id == result.edition_id and again.edition == result.edition
    assert "BIN-nieuws kerst" in text_of(again.path)
    with demo_db.read_session() as s:
        assert s.scalar(select(func.count(Newsletter.id))) == 1
    assert page.ui.editions_combo.count() == 2  # "(nieuwe editie)" and the stored one


def test_cancel_stores_nothing(
    qtbot: QtBot, demo_db: Database, communicatie: Actor, make_window: WindowFactory
) -> None:
    page = _page(qtbot, make_window(demo_db, communicatie))
    _write(page)
    # hold both worker threads so that the cancel surely comes before the build starts
    release = threading.Event()

    def hold(_progress: Progress) -> None:
        release.wait(10)

    for _ in range(page.desk.tasks.pool.maxThreadCount()):
        page.desk.run("hold", hold)
    page.ui.build_button.click()
    assert page.ui.cancel_button.isVisible() and page.ui.progress_bar.isVisible()
    with qtbot.waitSignal(page.build_stopped, timeout=10_000) as blocker:
        page.ui.cancel_button.click()
        release.set()
    assert blocker.args == [""]
    assert page.ui.build_button.isEnabled() and not page.ui.save_button.isEnabled()
    qtbot.waitUntil(lambda: not page.desk.tasks.busy, timeout=10_000)
    with demo_db.read_session() as s:
        assert s.scalar(select(func.count(Newsletter.id))) == 0


def test_a_bad_period_is_refused_before_building(
    qtbot: QtBot, demo_db: Database, communicatie: Actor, make_window: WindowFactory
) -> None:
    page = _page(qtbot, make_window(demo_db, communicatie))
    page.ui.title_edit.setText("T")
    page.ui.period_combo.setEditText("najaar")
    with qtbot.waitSignal(page.desk.tasks.error) as blocker:
        page.ui.build_button.click()
    assert "kwartaal" in blocker.args[0]
    assert page.task is None and page.ui.build_button.isEnabled()


def test_only_communicatie_and_admin_see_the_page(
    demo_db: Database, balie: Actor, beheer: Actor, make_window: WindowFactory
) -> None:
    for actor in (balie, beheer):
        assert "newsletter" not in make_window(demo_db, actor).pages


def test_period_choices_start_with_the_current_quarter() -> None:
    import datetime as dt

    assert period_choices(dt.date(2026, 2, 3)) == [
        "2026-Q1",
        "2025-Q4",
        "2025-Q3",
        "2025-Q2",
        "2026-02",
        "2026-01",
        "2025-12",
        "2026",
        "2025",
    ]


def test_house_style_dialog_changes_what_every_newsletter_shows(
    qtbot: QtBot,
    demo_db: Database,
    communicatie: Actor,
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bindesk import config
    from bindesk.services import newsletter

    page = _page(qtbot, make_window(demo_db, communicatie))
    page.ui.style_button.click()
    dialog = page.style_dialog
    assert dialog is not None and dialog.isVisible()
    # the house style is read off the GUI thread
    qtbot.waitUntil(lambda: dialog.ui.zone_name_edit.text() == "Politiezone Erpe-Mere/Lede")
    dialog.ui.zone_name_edit.setText("Politiezone Zoë-Héverlé")
    dialog.ui.zone_phone_edit.setText("016 00 00 00")
    dialog.ui.primary_edit.setText("donkerblauw")
    dialog.ui.button_box.accepted.emit()
    qtbot.waitUntil(lambda: "#RRGGBB" in dialog.ui.message_label.text())
    assert dialog.isVisible()
    dialog.ui.primary_edit.setText("#224466")
    logo = tmp_path / "zone.png"
    logo.write_bytes(config.resource("newsletter", "logo.png").read_bytes())
    monkeypatch.setattr(ask, "open_file", lambda *_a: str(logo))
    dialog.ui.logo_button.click()
    with qtbot.waitSignal(dialog.saved):
        dialog.ui.button_box.accepted.emit()
    assert not dialog.isVisible()
    with demo_db.read_session() as s:
        style = newsletter.house_style(s)
    assert (style.zone_name, style.zone_phone, style.primary, style.logo) == (
        "Politiezone Zoë-Héverlé",
        "016 00 00 00",
        "#224466",
        logo.resolve(),
    )
    page.ui.title_edit.setText("BIN-nieuws")
    result = _build(qtbot, page)
    assert "Politiezone Zoë-Héverlé" in text_of(result.path)

    page.ui.style_button.click()  # emptying the logo goes back to the shipped one
    dialog = page.style_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ui.logo_edit.text() == str(logo.resolve()))
    dialog.ui.logo_edit.clear()
    with qtbot.waitSignal(dialog.saved):
        dialog.ui.button_box.accepted.emit()
    with demo_db.read_session() as s:
        assert newsletter.house_style(s).logo == config.resource("newsletter", "logo.png")


def test_a_build_that_cannot_write_says_why_in_the_error_dialog(
    qtbot: QtBot,
    demo_db: Database,
    communicatie: Actor,
    make_window: WindowFactory,
    tmp_path: Path,
) -> None:
    page = _page(qtbot, make_window(demo_db, communicatie))
    _write(page)
    not_a_folder = tmp_path / "bestand.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    page.workdir = not_a_folder
    with (
        qtbot.waitSignal(page.desk.tasks.error, timeout=20_000) as error,
        qtbot.waitSignal(page.build_stopped, timeout=20_000),
    ):
        page.ui.build_button.click()
    assert "kon niet naar" in error.args[0] and "Kies een andere map" in error.args[0]
    assert page.ui.build_button.isEnabled() and not page.ui.progress_bar.isVisible()
    with demo_db.read_session() as s:
        assert s.scalar(select(func.count(Newsletter.id))) == 0


def test_survey_results_and_chosen_comments_go_in_and_reopen(
    qtbot: QtBot, demo_db: Database, communicatie: Actor, make_window: WindowFactory
) -> None:
    from bindesk.services.demo_survey import DEMO_SURVEY_TITLE

    page = _page(qtbot, make_window(demo_db, communicatie))
    assert not page.ui.comments_group.isEnabled()
    _write(page)
    combo = page.ui.survey_combo
    with qtbot.waitSignal(page.comments_loaded):
        combo.setCurrentIndex(combo.findData(DEMO_SURVEY_TITLE))
    comments = page.ui.comments_list
    assert comments.count() >= 3 and page.ui.comments_group.isEnabled()
    rows = [r for r in range(comments.count()) if "<b>" in comments.item(r).text()][:1]
    rows.append(next(r for r in range(comments.count()) if r not in rows))
    for row in rows:
        comments.item(row).setCheckState(Qt.CheckState.Checked)
    chosen = [comments.item(r).data(Qt.ItemDataRole.UserRole) for r in rows]
    result = _build(qtbot, page)
    text = text_of(result.path)
    assert f"Wat u ons vertelde: {DEMO_SURVEY_TITLE}" in text and "In welk BIN woont u?" in text
    assert all(f"„{c.text}”" in text for c in chosen)
    assert "<b>oplichting</b> &" in text

    with qtbot.waitSignal(page.comments_loaded):
        page.new_edition()
    assert combo.currentData() is None and page.ui.comments_list.count() == 0
    with qtbot.waitSignal(page.comments_loaded, timeout=10_000):
        page.open_edition(result.edition_id)
    assert combo.currentData() == DEMO_SURVEY_TITLE
    checked = [
        comments.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(comments.count())
        if comments.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert sorted(checked, key=str) == sorted(chosen, key=str)
