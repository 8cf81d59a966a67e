"""Nieuwsbrief: write an edition, build its PDF in the background, preview, save, print.

Editions are stored (``services.newsletter``): a previous one can be reopened from the
list, changed and rebuilt. The PDF is written to a private temporary folder and shown with
QtPdf's ``QPdfView``; *Opslaan* copies it where the officer wants it, *Afdrukken* renders
each page to the printer.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from bindesk.domain.errors import InvalidInput
from bindesk.domain.period import parse_period
from bindesk.gui import ask
from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.dialogs.house_style_dialog import HouseStyleDialog
from bindesk.gui.dialogs.mailing_dialog import MailingDialog
from bindesk.gui.forms.ui_newsletter_page import Ui_NewsletterPage
from bindesk.gui.sending import SendingBridge
from bindesk.gui.tasks import Progress, TaskHandle
from bindesk.pdf.document import Article, Comment
from bindesk.services import networks, newsletter, surveys
from bindesk.services.newsletter import BuildResult, EditionContent, EditionRow, TipChoice

DATA = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PageData:
    editions: list[EditionRow]
    networks: list[tuple[int, str, bool]]  # id, name, active
    tips: list[TipChoice]
    surveys: list[tuple[str, int]]  # title, responses


def period_choices(today: dt.date) -> list[str]:
    """The periods a newsletter usually covers, most recent first: quarters, months, years."""
    codes = []
    year, quarter = today.year, (today.month - 1) // 3 + 1
    for _ in range(4):
        codes.append(f"{year}-Q{quarter}")
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    year, month = today.year, today.month
    for _ in range(3):
        codes.append(f"{year}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    codes += [str(today.year), str(today.year - 1)]
    return codes


def _checked(widget: QListWidget) -> list[Any]:
    return [
        widget.item(i).data(DATA)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def _check_item(text: str, data: Any, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(DATA, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class NewsletterPage(QWidget):
    loaded = Signal()
    comments_loaded = Signal()
    edition_opened = Signal(int)
    built = Signal(object)  # BuildResult
    build_stopped = Signal(str)  # "" when cancelled, else the reason
    saved = Signal(str)

    def __init__(
        self, desk: Desk, sending: SendingBridge | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.sending = sending
        self.ui = Ui_NewsletterPage()
        self.ui.setupUi(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("preview_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.preview_layout.addWidget(self.view, 1)
        self.ui.main_splitter.setStretchFactor(0, 2)
        self.ui.main_splitter.setStretchFactor(1, 3)
        # private: the PDF may hold survey comments; mkdtemp makes it readable by us only
        self.workdir = Path(tempfile.mkdtemp(prefix="bindesk-nieuwsbrief-"))
        self.pdf_path: Path | None = None
        self.edition_id: int | None = None
        self.edition_number: int | None = None
        self.articles: list[Article] = []
        self.task: TaskHandle | None = None
        self._builds = 0
        self._wanted_networks: set[int] | None = None  # None: every active network
        self._wanted_tips: set[str] = set()
        self._wanted_survey: str | None = None
        self._comments: list[Comment] = []  # chosen, kept while the survey's list loads
        self._filling = False
        for code in period_choices(dt.date.today()):
            self.ui.period_combo.addItem(f"{code} — {parse_period(code).label}", code)
        self.ui.survey_combo.addItem(self.tr("(geen enquête)"), None)
        self.ui.comments_group.setEnabled(False)
        self.ui.progress_bar.setVisible(False)
        self.ui.cancel_button.setVisible(False)
        self.ui.survey_combo.currentIndexChanged.connect(self._survey_changed)
        self.ui.editions_combo.activated.connect(self._edition_chosen)
        self.ui.new_button.clicked.connect(self.new_edition)
        self.ui.add_article_button.clicked.connect(self.add_article)
        self.ui.remove_article_button.clicked.connect(self.remove_article)
        self.ui.articles_list.currentRowChanged.connect(self._article_selected)
        self.ui.article_title_edit.textEdited.connect(self._article_edited)
        self.ui.article_body_edit.textChanged.connect(self._article_edited)
        self.ui.build_button.clicked.connect(self.build)
        self.ui.cancel_button.clicked.connect(self.cancel)
        self.ui.save_button.clicked.connect(self.save_pdf)
        self.ui.print_button.clicked.connect(self.print_pdf)
        self.ui.style_button.clicked.connect(self.edit_house_style)
        self.ui.mail_button.clicked.connect(self.mail_edition)
        self.style_dialog: HouseStyleDialog | None = None
        self.mailing_dialog: MailingDialog | None = None
        self.destroyed.connect(lambda *_a, d=self.workdir: shutil.rmtree(d, ignore_errors=True))
        self._update_article_editor()
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        desk = self.desk

        actor = desk.actor

        def work(s: Session) -> PageData:
            return PageData(
                editions=newsletter.list_editions(s, actor),
                networks=[(r.id, r.name, r.active) for r in networks.list_networks(s)],
                tips=newsletter.newsletter_tips(s),
                surveys=[(r["title"], r["responses"]) for r in surveys.list_surveys(s)],
            )

        desk.query("newsletter-page", work, owner=self, on_done=self._loaded)

    def _loaded(self, data: PageData) -> None:
        self._filling = True
        combo = self.ui.editions_combo
        combo.clear()
        combo.addItem(self.tr("(nieuwe editie)"), None)
        for row in data.editions:
            built = (
                self.tr("{pages} p., {when}").format(
                    pages=row.pages, when=row.built_at.astimezone().strftime("%d-%m-%Y %H:%M")
                )
                if row.built_at and row.pages
                else self.tr("nog niet opgemaakt")
            )
            combo.addItem(
                self.tr("Editie {n}: {title} ({period}; {built})").format(
                    n=row.edition or "-", title=row.title, period=row.period, built=built
                ),
                row.id,
            )
        combo.setCurrentIndex(max(0, combo.findData(self.edition_id)))
        self.ui.networks_list.clear()
        for network_id, name, active in data.networks:
            if not active and network_id not in (self._wanted_networks or set()):
                continue
            wanted = self._wanted_networks
            checked = active if wanted is None else network_id in wanted
            self.ui.networks_list.addItem(_check_item(name, network_id, checked))
        self.ui.tips_list.clear()
        for tip in data.tips:
            item = _check_item(f"{tip.title}: {tip.text}", tip.key, tip.key in self._wanted_tips)
            self.ui.tips_list.addItem(item)
        survey = self.ui.survey_combo
        survey.clear()
        survey.addItem(self.tr("(geen enquête)"), None)
        for title, responses in data.surveys:
            survey.addItem(
                self.tr("{title} ({n} antwoorden)").format(title=title, n=responses), title
            )
        survey.setCurrentIndex(max(0, survey.findData(self._wanted_survey)))
        self._filling = False
        self.loaded.emit()
        self._load_comments()

    # --- reader comments -----------------------------------------------------------------

    def _survey_changed(self, _index: int) -> None:
        if self._filling:
            return
        self._comments = list(_checked(self.ui.comments_list))
        self._wanted_survey = self.ui.survey_combo.currentData()
        self._load_comments()

    def _load_comments(self) -> None:
        survey = self.ui.survey_combo.currentData()
        if survey is None:
            self._comments_loaded([])
            return
        desk = self.desk

        desk.query(
            "newsletter-comments",
            lambda s: newsletter.reader_comments(s, survey),
            owner=self,
            on_done=self._comments_loaded,
        )

    def _comments_loaded(self, comments: list[Comment]) -> None:
        wanted = Counter(self._comments)
        self.ui.comments_list.clear()
        for comment in comments:
            checked = wanted[comment] > 0
            wanted[comment] -= 1
            self.ui.comments_list.addItem(
                _check_item(f"„{comment.text}” ({comment.question})", comment, checked)
            )
        self.ui.comments_group.setEnabled(bool(comments))
        self.comments_loaded.emit()

    # --- editions ------------------------------------------------------------------------

    def _edition_chosen(self, index: int) -> None:
        edition_id = self.ui.editions_combo.itemData(index)
        if edition_id is None:
            self.new_edition()
        else:
            self.open_edition(int(edition_id))

    def open_edition(self, edition_id: int) -> None:
        desk = self.desk

        actor = desk.actor
        desk.query(
            "newsletter-open",
            lambda s: newsletter.load_edition(s, actor, edition_id),
            owner=self,
            on_done=lambda c: self._fill(edition_id, c),
        )

    def _fill(self, edition_id: int | None, content: EditionContent) -> None:
        self.edition_id = edition_id
        self.edition_number = content.edition
        self.ui.title_edit.setText(content.title)
        index = self.ui.period_combo.findData(content.period)
        if index >= 0:
            self.ui.period_combo.setCurrentIndex(index)
        else:
            self.ui.period_combo.setEditText(content.period)
        self.ui.word_edit.setPlainText(content.word)
        self.articles = list(content.articles)
        self._show_articles(0 if self.articles else -1)
        self._wanted_networks = set(content.network_ids) or None
        self._wanted_tips = set(content.tip_keys)
        self._wanted_survey = content.survey
        self._comments = list(content.comments)
        if edition_id is not None:
            self.ui.editions_combo.setCurrentIndex(
                max(0, self.ui.editions_combo.findData(edition_id))
            )
        self.refresh()
        if edition_id is not None:
            self.edition_opened.emit(edition_id)

    def new_edition(self) -> None:
        self._fill(None, EditionContent(title="", period=self.ui.period_combo.itemData(0)))
        self.ui.editions_combo.setCurrentIndex(0)

    def content(self) -> EditionContent:
        """The edition as the page shows it now."""
        combo = self.ui.period_combo
        index = combo.findText(combo.currentText())
        period = combo.itemData(index) if index >= 0 else combo.currentText().strip()
        chosen = [int(i) for i in _checked(self.ui.networks_list)]
        if self.ui.networks_list.count() and not chosen:
            raise InvalidInput(self.tr("Vink minstens één netwerk aan voor de cijfers."))
        return EditionContent(
            title=self.ui.title_edit.text(),
            period=str(period),
            survey=self.ui.survey_combo.currentData(),
            network_ids=tuple(chosen),
            word=self.ui.word_edit.toPlainText(),
            articles=tuple(a for a in self.articles if a.title.strip() or a.body.strip()),
            comments=tuple(_checked(self.ui.comments_list)),
            tip_keys=tuple(str(k) for k in _checked(self.ui.tips_list)),
            edition=self.edition_number,
        )

    # --- articles ---------------------------------------------------------------------

    def add_article(self) -> None:
        self.articles.append(Article(self.tr("Nieuw artikel"), ""))
        self._show_articles(len(self.articles) - 1)
        self.ui.article_title_edit.setFocus()
        self.ui.article_title_edit.selectAll()

    def remove_article(self) -> None:
        row = self.ui.articles_list.currentRow()
        if 0 <= row < len(self.articles):
            del self.articles[row]
            self._show_articles(min(row, len(self.articles) - 1))

    def _show_articles(self, current: int) -> None:
        self._filling = True
        self.ui.articles_list.clear()
        for article in self.articles:
            self.ui.articles_list.addItem(article.title or self.tr("(zonder titel)"))
        self._filling = False
        self.ui.articles_list.setCurrentRow(current)
        self._article_selected(current)

    def _article_selected(self, row: int) -> None:
        if self._filling:
            return
        self._filling = True
        has = 0 <= row < len(self.articles)
        self.ui.article_title_edit.setText(self.articles[row].title if has else "")
        self.ui.article_body_edit.setPlainText(self.articles[row].body if has else "")
        self._filling = False
        self._update_article_editor()

    def _article_edited(self, *_args: object) -> None:
        row = self.ui.articles_list.currentRow()
        if self._filling or not 0 <= row < len(self.articles):
            return
        title = self.ui.article_title_edit.text()
        self.articles[row] = Article(title, self.ui.article_body_edit.toPlainText())
        self.ui.articles_list.item(row).setText(title or self.tr("(zonder titel)"))

    def _update_article_editor(self) -> None:
        has = 0 <= self.ui.articles_list.currentRow() < len(self.articles)
        for widget in (
            self.ui.article_title_edit,
            self.ui.article_body_edit,
            self.ui.remove_article_button,
        ):
            widget.setEnabled(has)

    # --- build -------------------------------------------------------------------------

    @desk_action
    def build(self) -> None:
        content = self.content()
        parse_period(content.period)  # refuse a bad period before anything runs
        desk, edition_id = self.desk, self.edition_id
        self._builds += 1
        target = self.workdir / f"nieuwsbrief-{self._builds}.pdf"

        actor = desk.actor

        def work(s: Session, progress: Progress) -> BuildResult:
            def on_step(done: int, total: int, text: str) -> None:
                progress(done, total, text)
                progress.check()

            return newsletter.build(
                s, actor, content, target, edition_id=edition_id, on_step=on_step
            )

        self.ui.progress_bar.setRange(0, 0)
        self.ui.progress_bar.setVisible(True)
        self.ui.cancel_button.setVisible(True)
        self.ui.build_button.setEnabled(False)
        # a refusal goes to the one error dialog, a crash to the crash dialog (no on_error)
        self.task = desk.write_with_progress(
            "newsletter-build",
            work,
            owner=self,
            on_done=self._built,
            on_progress=self._progress,
        )
        self.task.failed.connect(self._build_failed)
        self.task.cancelled.connect(self._build_cancelled)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.ui.progress_bar.setRange(0, total)
        self.ui.progress_bar.setValue(done)
        self.ui.progress_bar.setFormat(f"%p% — {text}" if text else "%p%")

    def _build_ended(self) -> None:
        self.task = None
        self.ui.progress_bar.setVisible(False)
        self.ui.cancel_button.setVisible(False)
        self.ui.build_button.setEnabled(True)
        self._update_buttons()

    def _built(self, result: BuildResult) -> None:
        self._build_ended()
        self.edition_id, self.edition_number = result.edition_id, result.edition
        self.document.close()
        self.document.load(str(result.path))
        old = self.pdf_path
        self.pdf_path = result.path
        if old is not None and old != result.path:
            old.unlink(missing_ok=True)
        self.ui.preview_label.setText(
            self.tr("Editie {n}: {pages} pagina's.").format(n=result.edition, pages=result.pages)
        )
        self._update_buttons()
        self.desk.say(self.tr("Nieuwsbrief opgemaakt en bewaard."))
        self.refresh()
        self.built.emit(result)

    def _build_failed(self, message: str) -> None:
        self._build_ended()
        self.build_stopped.emit(message)

    def _build_cancelled(self) -> None:
        self._build_ended()
        self.desk.say(self.tr("Opmaken geannuleerd: er is niets bewaard."))
        self.build_stopped.emit("")

    def _update_buttons(self) -> None:
        ready = self.pdf_path is not None and self.task is None
        self.ui.save_button.setEnabled(ready)
        self.ui.print_button.setEnabled(ready)
        self.ui.mail_button.setEnabled(ready and self.edition_id is not None)

    def mail_edition(self) -> None:
        """Per e-mail versturen: the built edition to the chosen networks' members."""
        if self.edition_id is None or self.pdf_path is None:
            return
        title = self.ui.title_edit.text().strip() or self.tr("Nieuwsbrief")
        if self.edition_number:
            title = self.tr("{title}, editie {n}").format(title=title, n=self.edition_number)
        self.mailing_dialog = MailingDialog(
            self.desk,
            self.edition_id,
            title,
            self.pdf_path,
            set(_checked(self.ui.networks_list)),
            self.sending.mailer if self.sending is not None else None,
            self,
        )
        self.mailing_dialog.resize(960, 600)
        self.mailing_dialog.open()

    def edit_house_style(self) -> None:
        self.style_dialog = HouseStyleDialog(self.desk, self)
        self.style_dialog.open()

    # --- save and print ------------------------------------------------------------------

    @desk_action
    def save_pdf(self) -> None:
        if self.pdf_path is None:
            return
        title = self.ui.title_edit.text().strip() or "nieuwsbrief"
        suggested = "".join(c if c.isalnum() or c in "-_ " else "-" for c in title) + ".pdf"
        path = ask.save_file(self, self.tr("Nieuwsbrief opslaan"), suggested, "PDF (*.pdf)")
        if not path:
            return
        try:
            shutil.copyfile(self.pdf_path, path)
        except OSError as exc:
            raise InvalidInput(
                self.tr(
                    "De nieuwsbrief kon niet opgeslagen worden in {path} ({reason}). "
                    "Kies een andere map."
                ).format(path=path, reason=exc.strerror)
            ) from None
        self.desk.say(self.tr("Nieuwsbrief opgeslagen in {path}.").format(path=path))
        self.saved.emit(path)

    def print_pdf(self) -> None:
        if self.pdf_path is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.ui.title_edit.text() or "nieuwsbrief")
        if ask.print_setup(self, printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render every page at the printer's resolution; return the pages printed."""
        count = self.document.pageCount()
        painter = QPainter()
        if count == 0 or not painter.begin(printer):
            return 0
        try:
            dpi = printer.resolution()
            area = QRectF(painter.viewport())
            for page in range(count):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                scale = min(
                    area.width() / (points.width() / 72 * dpi),
                    area.height() / (points.height() / 72 * dpi),
                    1.0,
                )
                size = QSize(
                    round(points.width() / 72 * dpi * scale),
                    round(points.height() / 72 * dpi * scale),
                )
                image = self.document.render(page, size)
                painter.drawImage(QPointF(0, 0), image)
        finally:
            painter.end()
        return count
