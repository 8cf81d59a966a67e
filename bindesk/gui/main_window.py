"""The main window: navigation on the left, one page per entry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QWidget,
)
from sqlalchemy.orm import Session

from bindesk import __version__
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.dialogs.opt_out_dialog import OptOutDialog
from bindesk.gui.dispatch_status import DispatchStatusLabel, DispatchWatcher
from bindesk.gui.errors import CrashHandler, ErrorReporter
from bindesk.gui.forms.ui_main_window import Ui_MainWindow
from bindesk.gui.lock import IdleWatcher, LockDialog
from bindesk.gui.models.operator_model import role_labels
from bindesk.gui.operations import Change
from bindesk.gui.pages.alert_page import AlertPage
from bindesk.gui.pages.audit_page import AuditPage
from bindesk.gui.pages.history_page import HistoryPage
from bindesk.gui.pages.inbox_page import InboxPage
from bindesk.gui.pages.members_page import MembersPage
from bindesk.gui.pages.networks_page import NetworksPage
from bindesk.gui.pages.newsletter_page import NewsletterPage
from bindesk.gui.pages.outbox_page import OutboxPage
from bindesk.gui.pages.settings_page import SettingsPage
from bindesk.gui.pages.surveys_page import SurveysPage
from bindesk.gui.pages.tips_page import TipsPage
from bindesk.gui.sending import SendingBridge
from bindesk.gui.watch import DeskWatcher
from bindesk.services import demo, networks, operators, settings
from bindesk.services.operators import Permission


@dataclass(frozen=True)
class DeskState:
    """What the window itself shows of the database (read off the GUI thread)."""

    is_demo: bool
    is_empty: bool
    idle_minutes: int


def read_desk_state(s: Session) -> DeskState:
    return DeskState(
        is_demo=demo.is_demo(s),
        is_empty=not demo.has_members(s) and not networks.list_networks(s),
        idle_minutes=settings.idle_lock_minutes(s),
    )


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str
    allowed: Callable[[Desk], bool]
    build: Callable[[Desk], QWidget]


def page_specs(sending: SendingBridge | None = None) -> list[PageSpec]:
    """The navigation, in order. A page is only listed when the role may use it.

    ``sending`` is the desk's dispatcher bridge (None: this window sends nothing itself, the
    Alarm page still queues and the Verzonden page still shows the outbox)."""
    return [
        PageSpec(
            "networks",
            QCoreApplication.translate("MainWindow", "Netwerken"),
            lambda d: True,
            NetworksPage,
        ),
        PageSpec(
            "members",
            QCoreApplication.translate("MainWindow", "Leden"),
            lambda d: d.can(Permission.READ_MEMBERS),
            MembersPage,
        ),
        PageSpec(
            "alert",
            QCoreApplication.translate("MainWindow", "Alarm"),
            lambda d: d.can(Permission.SEND_ALERTS),
            lambda d: AlertPage(d, sending),
        ),
        PageSpec(
            "sent",
            QCoreApplication.translate("MainWindow", "Verzonden"),
            lambda d: d.can(Permission.SEND_ALERTS) or d.can(Permission.RUN_OUTBOX),
            lambda d: OutboxPage(d, sending),
        ),
        PageSpec(
            "inbox",
            QCoreApplication.translate("MainWindow", "Inbox"),
            lambda d: d.can(Permission.SEND_ALERTS),
            InboxPage,
        ),
        PageSpec(
            "history",
            QCoreApplication.translate("MainWindow", "Meldingen"),
            lambda d: d.can(Permission.SEND_ALERTS) or d.can(Permission.READ_AUDIT),
            HistoryPage,
        ),
        PageSpec(
            "tips",
            QCoreApplication.translate("MainWindow", "Tips"),
            lambda d: d.can(Permission.MANAGE_TIPS),
            TipsPage,
        ),
        PageSpec(
            "surveys",
            QCoreApplication.translate("MainWindow", "Enquêtes"),
            lambda d: d.can(Permission.SURVEYS),
            SurveysPage,
        ),
        PageSpec(
            "newsletter",
            QCoreApplication.translate("MainWindow", "Nieuwsbrief"),
            lambda d: d.can(Permission.NEWSLETTER),
            lambda d: NewsletterPage(d, sending),
        ),
        PageSpec(
            "audit",
            QCoreApplication.translate("MainWindow", "Logboek"),
            lambda d: d.can(Permission.READ_AUDIT),
            AuditPage,
        ),
        PageSpec(
            "settings",
            QCoreApplication.translate("MainWindow", "Instellingen"),
            lambda d: True,
            lambda d: SettingsPage(d, sending),
        ),
    ]


class MainWindow(QMainWindow):
    page_changed = Signal(str)
    demo_loaded = Signal()
    state_loaded = Signal()  # is_demo, is_empty and the idle lock are known
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        desk: Desk,
        log_path: Path | None = None,
        crash_handler: CrashHandler | None = None,
        *,
        idle_lock: bool = True,
        sending: SendingBridge | None = None,
        watch: bool = False,
    ) -> None:
        super().__init__()
        self.desk = desk
        # other desks' changes reach the pages (started below, once the pages listen)
        self.watcher: DeskWatcher | None = DeskWatcher(desk) if watch else None
        self.sending = sending
        self.log_path = log_path
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.errors = ErrorReporter(self)
        desk.tasks.error.connect(self.errors.show_error)
        if crash_handler is not None:
            desk.tasks.crashed.connect(crash_handler.report_exception)
        self.pages: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}  # each page scrolls on a small screen
        self._keys: list[str] = []
        for spec in page_specs(sending):
            if not spec.allowed(desk):
                continue
            page = spec.build(desk)
            page.setObjectName(f"{spec.key}_page")
            self.pages[spec.key] = page
            self._keys.append(spec.key)
            self.ui.page_stack.addWidget(self._scrollable(spec.key, page))
            item = QListWidgetItem(spec.label)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.ui.nav_list.addItem(item)
        self.ui.nav_list.currentRowChanged.connect(self._nav_changed)
        self.ui.nav_list.setFixedWidth(200)
        alert_page = self.pages.get("alert")
        if isinstance(alert_page, AlertPage):
            alert_page.alert_queued.connect(self._show_queued_alert)
            for key in ("sent", "history"):  # "Stuur opvolging" on a selected alert
                source = self.pages.get(key)
                if source is not None and hasattr(source, "follow_up_requested"):
                    source.follow_up_requested.connect(self.follow_up)

        self.operator_label = QLabel(self)
        self.busy_label = QLabel(QCoreApplication.translate("MainWindow", "Bezig…"), self)
        self.busy_label.setVisible(False)
        self.ui.status_bar.addPermanentWidget(self.busy_label)
        # who dispatches (any desk or 'bindesk outbox run'), from the heartbeats
        self.dispatch_watcher = DispatchWatcher(desk.db, self)
        self.dispatch_label = DispatchStatusLabel(self)
        self.ui.status_bar.addPermanentWidget(self.dispatch_label)
        self.dispatch_watcher.changed.connect(self.dispatch_label.show_state)
        if isinstance(alert_page, AlertPage):
            self.dispatch_watcher.changed.connect(alert_page.dispatch_warning.show_state)
        if sending is not None:
            sending.running_changed.connect(self.dispatch_watcher.poll_soon)
            sending.modems_changed.connect(self.dispatch_watcher.poll_soon)
        self.dispatch_watcher.start()
        self.ui.status_bar.addPermanentWidget(self.operator_label)
        desk.tasks.busy_changed.connect(self.busy_label.setVisible)

        desk.status_message.connect(lambda text: self.ui.status_bar.showMessage(text, 15000))
        desk.changed.connect(self._desk_changed)

        self.lock_dialog: LockDialog | None = None
        self.idle_minutes = settings.DEFAULT_IDLE_MINUTES
        self.is_empty = False
        self.idle = IdleWatcher(self.idle_minutes * 60_000, self)
        self.idle.idle.connect(self._idle)
        self.ui.lock_action.triggered.connect(
            lambda: self.lock(QCoreApplication.translate("MainWindow", "Vergrendeld op uw vraag."))
        )
        self.ui.lock_action.setEnabled(idle_lock)
        if idle_lock:
            self.idle.start()

        self.ui.quit_action.triggered.connect(self.close)
        self.ui.about_action.triggered.connect(self._about)
        self.ui.log_file_action.triggered.connect(self._show_log_path)
        self.ui.possible_opt_outs_action.triggered.connect(self.show_possible_opt_outs)
        self.ui.possible_opt_outs_action.setEnabled(desk.can(Permission.READ_MEMBERS))
        self.is_demo = False
        self.show_identity()
        self.update_identity()
        if self.watcher is not None:
            self.watcher.start()
        self._install_keyboard()
        if self._keys:
            self.ui.nav_list.setCurrentRow(0)

    def show_possible_opt_outs(self) -> OptOutDialog:
        """Replies the inbox flagged as maybe meaning STOP (issue 7): one click to decide."""
        dialog = OptOutDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- the keyboard: pages by number, a new alert from anywhere ---------------------------

    NEW_ALERT_KEYS = "Ctrl+N"

    def _install_keyboard(self) -> None:
        """Ctrl+1…8 reach the first eight pages, Ctrl+N opens a new alert from any page; Tab
        always leaves a table (never trapped in its cells)."""
        for number, key in enumerate(self._keys[:8], start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=key: self.go_to(key))
            item = self.ui.nav_list.item(number - 1)
            item.setToolTip(f"Ctrl+{number}")
        if "alert" in self.pages:
            new_alert = QShortcut(QKeySequence(self.NEW_ALERT_KEYS), self)
            new_alert.activated.connect(self.new_alert)
        for page in self.pages.values():
            for view in page.findChildren(QAbstractItemView):
                view.setTabKeyNavigation(False)

    def go_to(self, key: str) -> QWidget:
        """Show a page and put the focus in it (the first control that takes it)."""
        page = self.show_page(key)
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        page.focusNextChild()
        return page

    def follow_up(self, alert_id: int) -> None:
        """The composer as a follow-up of this alert (same networks, same street)."""
        page = self.show_page("alert")
        if isinstance(page, AlertPage):
            page.follow_up(alert_id)

    def new_alert(self) -> None:
        """A new alert from anywhere: the Alarm page, cleared, the cursor in the street."""
        page = self.show_page("alert")
        if isinstance(page, AlertPage):
            page.new_alert()

    # --- identity and demo state ------------------------------------------------------

    def update_identity(self) -> None:
        """Read demo state, emptiness and the idle lock in the background, then show them."""
        self.desk.query("desk state", read_desk_state, owner=self, on_done=self._state_read)

    def _state_read(self, state: DeskState) -> None:
        self.is_demo = state.is_demo
        self.is_empty = state.is_empty
        self.idle_minutes = state.idle_minutes
        self.idle.set_timeout_ms(state.idle_minutes * 60_000)
        self.show_identity()
        self.state_loaded.emit()

    def show_identity(self) -> None:
        actor = self.desk.actor
        role = role_labels()[actor.role]
        title = f"bindesk — {actor.display_name} ({role})"
        if self.is_demo:
            title += " — " + QCoreApplication.translate("MainWindow", "SIMULATIE (demogegevens)")
        self.setWindowTitle(title)
        self.ui.demo_banner_label.setVisible(self.is_demo)
        self.operator_label.setText(
            QCoreApplication.translate("MainWindow", "Ingelogd: {name} ({role})").format(
                name=actor.display_name, role=role
            )
        )

    # --- locking ----------------------------------------------------------------------

    def _desk_changed(self, changes: Change) -> None:
        if changes & (Change.SETTINGS | Change.MEMBERS | Change.NETWORKS):
            self.update_identity()

    def _idle(self) -> None:
        self.lock(
            QCoreApplication.translate(
                "MainWindow", "Vergrendeld na {minutes} minuten zonder gebruik."
            ).format(minutes=self.idle_minutes)
        )

    def is_locked(self) -> bool:
        return self.lock_dialog is not None

    def lock(self, reason: str) -> None:
        """Cover the screen and ask the password again; open work stays as it is."""
        if self.lock_dialog is not None:
            return
        self.idle.stop()
        actor = self.desk.actor
        self.desk.write(
            "lock", lambda s: operators.record_lock(s, actor, reason), owner=None
        )  # the lock shows at once; the audit event follows
        self.lock_dialog = LockDialog(self.desk, reason, self)
        self.lock_dialog.unlocked.connect(self._unlocked)
        self.lock_dialog.open()
        self.lock_dialog.raise_()
        self.lock_dialog.activateWindow()
        self.locked.emit()

    def _unlocked(self) -> None:
        self.lock_dialog = None
        self.idle.start()
        self.unlocked.emit()

    # --- navigation -------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return list(self._keys)

    def show_page(self, key: str) -> QWidget:
        self.ui.nav_list.setCurrentRow(self._keys.index(key))
        return self.pages[key]

    def _scrollable(self, key: str, page: QWidget) -> QScrollArea:
        """The page in a frameless scroll area: a page taller than the screen (Instellingen)
        scrolls instead of making the window taller than 1366×768 with its status bar."""
        holder = QScrollArea(self.ui.page_stack)
        holder.setObjectName(f"{key}_scroll")
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidgetResizable(True)
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder.setWidget(page)
        self._holders[key] = holder
        return holder

    def current_key(self) -> str | None:
        row = self.ui.nav_list.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def _nav_changed(self, row: int) -> None:
        if not 0 <= row < len(self._keys):
            return
        key = self._keys[row]
        page = self.pages[key]
        self.ui.page_stack.setCurrentWidget(self._holders[key])
        if not getattr(page, "_loaded_once", False):
            page._loaded_once = True  # type: ignore[attr-defined]
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()
        self.page_changed.emit(key)

    # --- demo data ---------------------------------------------------------------------

    def database_is_empty(self) -> bool:
        """As last read (at start and after every change of members or networks)."""
        return self.is_empty

    def offer_demo_data(self) -> bool:
        """On an empty database, offer the demo networks; True when loading started.
        Asked once the window read the database state (``state_loaded``)."""
        if not self.database_is_empty():
            return False
        if not (
            self.desk.can(Permission.MANAGE_MEMBERS) and self.desk.can(Permission.MANAGE_NETWORKS)
        ):
            self.ui.status_bar.showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "De database is leeg. Een collega met de rol beheer of hoofdgebruiker kan "
                    "netwerken en leden toevoegen.",
                ),
                15000,
            )
            return False
        if not ask.confirm(
            self,
            QCoreApplication.translate("MainWindow", "Lege database"),
            QCoreApplication.translate(
                "MainWindow",
                "Deze database bevat nog geen netwerken of leden.\n\n"
                "Wilt u de demogegevens laden? Dat zijn drie netwerken van de politiezone "
                "Erpe-Mere/Lede met fictieve leden en nummers, om bindesk te leren kennen. "
                "Er wordt dan niets echt verstuurd: het venster toont SIMULATIE.",
            ),
            QCoreApplication.translate("MainWindow", "Demogegevens laden"),
            cancel=QCoreApplication.translate("MainWindow", "Met echte gegevens beginnen"),
            default_go=True,  # someone new to bindesk wants to look around first
        ):
            return False
        actor = self.desk.actor
        self.desk.write(
            "demo",
            lambda s: demo.load_demo_data(s, actor),
            owner=self,
            changes=Change.NETWORKS | Change.MEMBERS,
            on_done=self._demo_done,
        )
        return True

    def _demo_done(self, counts: dict[str, int]) -> None:
        self.ui.status_bar.showMessage(
            QCoreApplication.translate(
                "MainWindow", "Demogegevens geladen: {networks} netwerken, {members} leden."
            ).format(**counts),
            10000,
        )
        self.state_loaded.connect(self.demo_loaded, Qt.ConnectionType.SingleShotConnection)

    # --- help ------------------------------------------------------------------------------

    def _about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "Over bindesk"),
            QCoreApplication.translate(
                "MainWindow",
                "bindesk {version}\nBuurtinformatienetwerken (BIN) van de politiezone.",
            ).format(version=__version__),
        )

    def _show_log_path(self) -> None:
        QMessageBox.information(
            self,
            QCoreApplication.translate("MainWindow", "Logbestand"),
            QCoreApplication.translate("MainWindow", "Het logbestand staat in:\n{path}").format(
                path=self.log_path or "?"
            ),
        )

    def _show_queued_alert(self, alert_id: int) -> None:
        page = self.pages.get("sent")
        if isinstance(page, OutboxPage):
            self.show_page("sent")
            page.show_alert(alert_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.dispatch_watcher.stop()
        if self.watcher is not None:
            self.watcher.stop()
        if self.sending is not None:
            self.sending.shutdown(10.0)  # the SMS on the modem finishes; the window keeps painting
        self.desk.tasks.shutdown()
        super().closeEvent(event)


def schedule_demo_offer(window: MainWindow) -> None:
    """Offer the demo data once the window knows whether the database is empty."""
    window.state_loaded.connect(window.offer_demo_data, Qt.ConnectionType.SingleShotConnection)
