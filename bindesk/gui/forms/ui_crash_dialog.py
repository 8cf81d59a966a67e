# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.resize(560, 420)
        self.dialog_layout = QVBoxLayout(CrashDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.message_label = QLabel(CrashDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setText(u"")

        self.dialog_layout.addWidget(self.message_label)

        self.details_label = QLabel(CrashDialog)
        self.details_label.setObjectName(u"details_label")

        self.dialog_layout.addWidget(self.details_label)

        self.details_edit = QPlainTextEdit(CrashDialog)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setReadOnly(True)
        self.details_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.dialog_layout.addWidget(self.details_edit)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.copy_button = QPushButton(CrashDialog)
        self.copy_button.setObjectName(u"copy_button")
        self.copy_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.copy_button)

        self.copied_label = QLabel(CrashDialog)
        self.copied_label.setObjectName(u"copied_label")
        self.copied_label.setText(u"")

        self.buttons_layout.addWidget(self.copied_label)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(CrashDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.details_label.setBuddy(self.details_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CrashDialog)

        self.close_button.setDefault(True)


        QMetaObject.connectSlotsByName(CrashDialog)
    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"Onverwachte fout", None))
        self.details_label.setText(QCoreApplication.translate("CrashDialog", u"Technische details (voor de beheerder):", None))
        self.copy_button.setText(QCoreApplication.translate("CrashDialog", u"&Kopieer details", None))
        self.close_button.setText(QCoreApplication.translate("CrashDialog", u"&Sluiten", None))
    # retranslateUi

