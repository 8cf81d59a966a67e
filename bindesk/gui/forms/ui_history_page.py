# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_HistoryPage(object):
    def setupUi(self, HistoryPage):
        if not HistoryPage.objectName():
            HistoryPage.setObjectName(u"HistoryPage")
        self.page_layout = QVBoxLayout(HistoryPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(HistoryPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.page_layout.addWidget(self.title_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.kind_label = QLabel(HistoryPage)
        self.kind_label.setObjectName(u"kind_label")

        self.filter_layout.addWidget(self.kind_label)

        self.kind_combo = QComboBox(HistoryPage)
        self.kind_combo.setObjectName(u"kind_combo")

        self.filter_layout.addWidget(self.kind_combo)

        self.since_label = QLabel(HistoryPage)
        self.since_label.setObjectName(u"since_label")

        self.filter_layout.addWidget(self.since_label)

        self.since_edit = QDateEdit(HistoryPage)
        self.since_edit.setObjectName(u"since_edit")
        self.since_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.since_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.since_edit)

        self.until_label = QLabel(HistoryPage)
        self.until_label.setObjectName(u"until_label")

        self.filter_layout.addWidget(self.until_label)

        self.until_edit = QDateEdit(HistoryPage)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.until_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.until_edit)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.count_label = QLabel(HistoryPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.filter_layout.addWidget(self.count_label)

        self.refresh_button = QPushButton(HistoryPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.filter_layout.addWidget(self.refresh_button)

        self.export_button = QPushButton(HistoryPage)
        self.export_button.setObjectName(u"export_button")

        self.filter_layout.addWidget(self.export_button)

        self.follow_up_button = QPushButton(HistoryPage)
        self.follow_up_button.setObjectName(u"follow_up_button")

        self.filter_layout.addWidget(self.follow_up_button)


        self.page_layout.addLayout(self.filter_layout)

        self.history_splitter = QSplitter(HistoryPage)
        self.history_splitter.setObjectName(u"history_splitter")
        self.history_splitter.setOrientation(Qt.Orientation.Vertical)
        self.months_widget = QWidget(self.history_splitter)
        self.months_widget.setObjectName(u"months_widget")
        self.months_layout = QVBoxLayout(self.months_widget)
        self.months_layout.setObjectName(u"months_layout")
        self.months_layout.setContentsMargins(0, 0, 0, 0)
        self.months_label = QLabel(self.months_widget)
        self.months_label.setObjectName(u"months_label")

        self.months_layout.addWidget(self.months_label)

        self.months_view = QTableView(self.months_widget)
        self.months_view.setObjectName(u"months_view")
        self.months_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.months_view.setAlternatingRowColors(True)
        self.months_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.months_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.months_view.setTabKeyNavigation(False)

        self.months_layout.addWidget(self.months_view)

        self.history_splitter.addWidget(self.months_widget)
        self.logbook_widget = QWidget(self.history_splitter)
        self.logbook_widget.setObjectName(u"logbook_widget")
        self.logbook_layout = QVBoxLayout(self.logbook_widget)
        self.logbook_layout.setObjectName(u"logbook_layout")
        self.logbook_layout.setContentsMargins(0, 0, 0, 0)
        self.logbook_label = QLabel(self.logbook_widget)
        self.logbook_label.setObjectName(u"logbook_label")

        self.logbook_layout.addWidget(self.logbook_label)

        self.logbook_view = QTableView(self.logbook_widget)
        self.logbook_view.setObjectName(u"logbook_view")
        self.logbook_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.logbook_view.setAlternatingRowColors(True)
        self.logbook_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.logbook_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.logbook_view.setTabKeyNavigation(False)

        self.logbook_layout.addWidget(self.logbook_view)

        self.history_splitter.addWidget(self.logbook_widget)

        self.page_layout.addWidget(self.history_splitter)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.since_label.setBuddy(self.since_edit)
        self.until_label.setBuddy(self.until_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HistoryPage)

        QMetaObject.connectSlotsByName(HistoryPage)
    # setupUi

    def retranslateUi(self, HistoryPage):
        self.title_label.setText(QCoreApplication.translate("HistoryPage", u"Meldingen", None))
        self.kind_label.setText(QCoreApplication.translate("HistoryPage", u"&Soort:", None))
        self.since_label.setText(QCoreApplication.translate("HistoryPage", u"&Van:", None))
        self.until_label.setText(QCoreApplication.translate("HistoryPage", u"&Tot en met:", None))
        self.refresh_button.setText(QCoreApplication.translate("HistoryPage", u"&Vernieuwen", None))
        self.export_button.setText(QCoreApplication.translate("HistoryPage", u"E&xporteren\u2026", None))
#if QT_CONFIG(tooltip)
        self.follow_up_button.setToolTip(QCoreApplication.translate("HistoryPage", u"Opent een opvolgbericht van het gekozen bericht: dezelfde netwerken en straat, de opvolgtips eerst.", None))
#endif // QT_CONFIG(tooltip)
        self.follow_up_button.setText(QCoreApplication.translate("HistoryPage", u"Stuur &opvolging\u2026", None))
        self.months_label.setText(QCoreApplication.translate("HistoryPage", u"Per netwerk per maand", None))
        self.logbook_label.setText(QCoreApplication.translate("HistoryPage", u"Logboek van de berichten", None))
        pass
    # retranslateUi

