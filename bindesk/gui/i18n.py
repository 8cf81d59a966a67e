"""Translations: Dutch is the source language; English is shipped as resources/i18n/*.qm."""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bindesk import config
from bindesk.domain import labels

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "nl"
SHIPPED = ("nl", "en")
E = TypeVar("E", bound=StrEnum)


def qm_path(language: str) -> str:
    return str(config.resource("i18n", f"bindesk_{language}.qm"))


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install bindesk's and Qt's own translations for ``language``; keep them on the app.

    Dutch needs no bindesk catalogue (it is the source) but does need Qt's, so that
    standard buttons read 'Annuleren' and not 'Cancel'.
    """
    for old in getattr(app, "_bindesk_translators", []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    language = language if language in SHIPPED else SOURCE_LANGUAGE
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        translators.append(qt_own)
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(qm_path(language)):
            app.installTranslator(ours)
            translators.append(ours)
        else:
            log.warning("translation %s not found; the desk stays in Dutch", qm_path(language))
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Belgium,
        )
    )
    app._bindesk_translators = translators  # type: ignore[attr-defined]
    app._bindesk_language = language  # type: ignore[attr-defined]
    return translators


def current_language(app: QCoreApplication) -> str:
    return str(getattr(app, "_bindesk_language", SOURCE_LANGUAGE))


def label(value: StrEnum) -> str:
    """A state's label (bindesk.domain.labels) in the language the desk runs in."""
    app = QCoreApplication.instance()
    return labels.label(value, current_language(app) if app is not None else SOURCE_LANGUAGE)


def label_of(kind: type[E], value: str) -> str:
    """The label of a stored value of ``kind``; the value itself if it is not one of them."""
    app = QCoreApplication.instance()
    language = current_language(app) if app is not None else SOURCE_LANGUAGE
    return labels.label_of(kind, value, language)


def labels_of(kind: type[E]) -> dict[E, str]:
    """Every member of ``kind`` with its label in the desk's language (keys compare equal to
    the stored strings)."""
    app = QCoreApplication.instance()
    language = current_language(app) if app is not None else SOURCE_LANGUAGE
    return labels.labels(kind, language)
