# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'opt_out_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_OptOutDialog(object):
    def setupUi(self, OptOutDialog):
        if not OptOutDialog.objectName():
            OptOutDialog.setObjectName(u"OptOutDialog")
        OptOutDialog.resize(820, 420)
        self.dialog_layout = QVBoxLayout(OptOutDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(OptOutDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.messages_view = QTableView(OptOutDialog)
        self.messages_view.setObjectName(u"messages_view")
        self.messages_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.messages_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.messages_view.setWordWrap(True)

        self.dialog_layout.addWidget(self.messages_view)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.confirm_button = QPushButton(OptOutDialog)
        self.confirm_button.setObjectName(u"confirm_button")

        self.button_layout.addWidget(self.confirm_button)

        self.dismiss_button = QPushButton(OptOutDialog)
        self.dismiss_button.setObjectName(u"dismiss_button")

        self.button_layout.addWidget(self.dismiss_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.button_box = QDialogButtonBox(OptOutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_layout)


        self.retranslateUi(OptOutDialog)

        QMetaObject.connectSlotsByName(OptOutDialog)
    # setupUi

    def retranslateUi(self, OptOutDialog):
        OptOutDialog.setWindowTitle(QCoreApplication.translate("OptOutDialog", u"Mogelijke afmeldingen", None))
        self.intro_label.setText(QCoreApplication.translate("OptOutDialog", u"Deze antwoorden lijken op een afmelding, maar zijn niet alleen 'STOP'. Lees het bericht: bevestig de afmelding, of houd het als gewoon antwoord.", None))
        self.confirm_button.setText(QCoreApplication.translate("OptOutDialog", u"Afmelding &bevestigen", None))
        self.dismiss_button.setText(QCoreApplication.translate("OptOutDialog", u"&Geen afmelding", None))
    # retranslateUi

