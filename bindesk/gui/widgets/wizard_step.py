"""A wizard page whose Next button waits for the page's own work (file read, checks)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizardPage


class WizardStep(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._complete = False

    def set_complete(self, complete: bool) -> None:
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._complete
