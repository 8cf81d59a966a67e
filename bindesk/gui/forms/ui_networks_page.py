# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'networks_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_NetworksPage(object):
    def setupUi(self, NetworksPage):
        if not NetworksPage.objectName():
            NetworksPage.setObjectName(u"NetworksPage")
        self.page_layout = QVBoxLayout(NetworksPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(NetworksPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.page_layout.addWidget(self.title_label)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.new_button = QPushButton(NetworksPage)
        self.new_button.setObjectName(u"new_button")

        self.actions_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(NetworksPage)
        self.edit_button.setObjectName(u"edit_button")

        self.actions_layout.addWidget(self.edit_button)

        self.toggle_active_button = QPushButton(NetworksPage)
        self.toggle_active_button.setObjectName(u"toggle_active_button")

        self.actions_layout.addWidget(self.toggle_active_button)

        self.actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.show_inactive_check = QCheckBox(NetworksPage)
        self.show_inactive_check.setObjectName(u"show_inactive_check")

        self.actions_layout.addWidget(self.show_inactive_check)


        self.page_layout.addLayout(self.actions_layout)

        self.details_splitter = QSplitter(NetworksPage)
        self.details_splitter.setObjectName(u"details_splitter")
        self.details_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.networks_view = QTableView(self.details_splitter)
        self.networks_view.setObjectName(u"networks_view")
        self.networks_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.networks_view.setAlternatingRowColors(True)
        self.networks_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.networks_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.networks_view.setSortingEnabled(True)
        self.details_splitter.addWidget(self.networks_view)
        self.networks_view.horizontalHeader().setStretchLastSection(True)
        self.networks_view.verticalHeader().setVisible(False)
        self.details_browser = QTextBrowser(self.details_splitter)
        self.details_browser.setObjectName(u"details_browser")
        self.details_browser.setOpenLinks(False)
        self.details_splitter.addWidget(self.details_browser)

        self.page_layout.addWidget(self.details_splitter)

        self.page_layout.setStretch(2, 1)

        self.retranslateUi(NetworksPage)

        QMetaObject.connectSlotsByName(NetworksPage)
    # setupUi

    def retranslateUi(self, NetworksPage):
        self.title_label.setText(QCoreApplication.translate("NetworksPage", u"Netwerken", None))
        self.new_button.setText(QCoreApplication.translate("NetworksPage", u"&Nieuw netwerk\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("NetworksPage", u"&Wijzigen\u2026", None))
        self.toggle_active_button.setText(QCoreApplication.translate("NetworksPage", u"&Deactiveren", None))
        self.show_inactive_check.setText(QCoreApplication.translate("NetworksPage", u"Ook &gedeactiveerde netwerken tonen", None))
        pass
    # retranslateUi

