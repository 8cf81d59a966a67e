# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unavailable_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_UnavailablePage(object):
    def setupUi(self, UnavailablePage):
        if not UnavailablePage.objectName():
            UnavailablePage.setObjectName(u"UnavailablePage")
        self.page_layout = QVBoxLayout(UnavailablePage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(24, 24, 24, -1)
        self.title_label = QLabel(UnavailablePage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")
        self.title_label.setText(u"Titel")

        self.page_layout.addWidget(self.title_label)

        self.notice_label = QLabel(UnavailablePage)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setStyleSheet(u"background: #fff4d6; border: 1px solid #e0b040; padding: 12px; font-size: 11pt;")
        self.notice_label.setText(u"Nog niet beschikbaar")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.notice_label)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(UnavailablePage)

        QMetaObject.connectSlotsByName(UnavailablePage)
    # setupUi

    def retranslateUi(self, UnavailablePage):
        pass
    # retranslateUi

