# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        self.page_layout = QVBoxLayout(AuditPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(AuditPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.page_layout.addWidget(self.title_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.actor_label = QLabel(AuditPage)
        self.actor_label.setObjectName(u"actor_label")

        self.filter_layout.addWidget(self.actor_label)

        self.actor_combo = QComboBox(AuditPage)
        self.actor_combo.setObjectName(u"actor_combo")
        self.actor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.actor_combo)

        self.action_label = QLabel(AuditPage)
        self.action_label.setObjectName(u"action_label")

        self.filter_layout.addWidget(self.action_label)

        self.action_combo = QComboBox(AuditPage)
        self.action_combo.setObjectName(u"action_combo")
        self.action_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.action_combo)

        self.entity_combo = QComboBox(AuditPage)
        self.entity_combo.setObjectName(u"entity_combo")
        self.entity_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.entity_combo)

        self.since_label = QLabel(AuditPage)
        self.since_label.setObjectName(u"since_label")

        self.filter_layout.addWidget(self.since_label)

        self.since_edit = QDateEdit(AuditPage)
        self.since_edit.setObjectName(u"since_edit")
        self.since_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.since_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.since_edit)

        self.until_label = QLabel(AuditPage)
        self.until_label.setObjectName(u"until_label")

        self.filter_layout.addWidget(self.until_label)

        self.until_edit = QDateEdit(AuditPage)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.until_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.until_edit)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.count_label = QLabel(AuditPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"0")

        self.filter_layout.addWidget(self.count_label)

        self.refresh_button = QPushButton(AuditPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.filter_layout.addWidget(self.refresh_button)

        self.export_button = QPushButton(AuditPage)
        self.export_button.setObjectName(u"export_button")

        self.filter_layout.addWidget(self.export_button)


        self.page_layout.addLayout(self.filter_layout)

        self.details_splitter = QSplitter(AuditPage)
        self.details_splitter.setObjectName(u"details_splitter")
        self.details_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.audit_view = QTableView(self.details_splitter)
        self.audit_view.setObjectName(u"audit_view")
        self.audit_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit_view.setAlternatingRowColors(True)
        self.audit_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.audit_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit_view.setWordWrap(False)
        self.details_splitter.addWidget(self.audit_view)
        self.audit_view.horizontalHeader().setStretchLastSection(True)
        self.audit_view.verticalHeader().setVisible(False)
        self.detail_browser = QTextBrowser(self.details_splitter)
        self.detail_browser.setObjectName(u"detail_browser")
        self.details_splitter.addWidget(self.detail_browser)

        self.page_layout.addWidget(self.details_splitter)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.actor_label.setBuddy(self.actor_combo)
        self.action_label.setBuddy(self.action_combo)
        self.since_label.setBuddy(self.since_edit)
        self.until_label.setBuddy(self.until_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.title_label.setText(QCoreApplication.translate("AuditPage", u"Logboek", None))
        self.actor_label.setText(QCoreApplication.translate("AuditPage", u"&Wie:", None))
        self.action_label.setText(QCoreApplication.translate("AuditPage", u"W&at:", None))
        self.since_label.setText(QCoreApplication.translate("AuditPage", u"&Van:", None))
        self.until_label.setText(QCoreApplication.translate("AuditPage", u"&Tot en met:", None))
        self.refresh_button.setText(QCoreApplication.translate("AuditPage", u"&Vernieuwen", None))
        self.export_button.setText(QCoreApplication.translate("AuditPage", u"E&xporteren (CSV)\u2026", None))
        pass
    # retranslateUi

