# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mailing_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MailingDialog(object):
    def setupUi(self, MailingDialog):
        if not MailingDialog.objectName():
            MailingDialog.setObjectName(u"MailingDialog")
        MailingDialog.resize(900, 560)
        self.dialog_layout = QVBoxLayout(MailingDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(MailingDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(u"")

        self.dialog_layout.addWidget(self.intro_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.networks_group = QGroupBox(MailingDialog)
        self.networks_group.setObjectName(u"networks_group")
        self.networks_layout = QVBoxLayout(self.networks_group)
        self.networks_layout.setObjectName(u"networks_layout")
        self.networks_list = QListWidget(self.networks_group)
        self.networks_list.setObjectName(u"networks_list")

        self.networks_layout.addWidget(self.networks_list)

        self.count_label = QLabel(self.networks_group)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setWordWrap(True)
        self.count_label.setStyleSheet(u"font-weight: bold;")
        self.count_label.setText(u"")

        self.networks_layout.addWidget(self.count_label)

        self.count_detail_label = QLabel(self.networks_group)
        self.count_detail_label.setObjectName(u"count_detail_label")
        self.count_detail_label.setWordWrap(True)
        self.count_detail_label.setText(u"")

        self.networks_layout.addWidget(self.count_detail_label)


        self.columns_layout.addWidget(self.networks_group)

        self.progress_group = QGroupBox(MailingDialog)
        self.progress_group.setObjectName(u"progress_group")
        self.progress_layout = QVBoxLayout(self.progress_group)
        self.progress_layout.setObjectName(u"progress_layout")
        self.progress_bar = QProgressBar(self.progress_group)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.progress_layout.addWidget(self.progress_bar)

        self.counts_label = QLabel(self.progress_group)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setWordWrap(True)
        self.counts_label.setText(u"")

        self.progress_layout.addWidget(self.counts_label)

        self.worker_label = QLabel(self.progress_group)
        self.worker_label.setObjectName(u"worker_label")
        self.worker_label.setWordWrap(True)
        self.worker_label.setText(u"")

        self.progress_layout.addWidget(self.worker_label)

        self.failed_label = QLabel(self.progress_group)
        self.failed_label.setObjectName(u"failed_label")

        self.progress_layout.addWidget(self.failed_label)

        self.failed_view = QTableWidget(self.progress_group)
        self.failed_view.setObjectName(u"failed_view")
        self.failed_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.failed_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.failed_view.setAlternatingRowColors(True)

        self.progress_layout.addWidget(self.failed_view)


        self.columns_layout.addWidget(self.progress_group)

        self.columns_layout.setStretch(0, 2)
        self.columns_layout.setStretch(1, 3)

        self.dialog_layout.addLayout(self.columns_layout)

        self.message_label = QLabel(MailingDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setText(u"")

        self.dialog_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.send_button = QPushButton(MailingDialog)
        self.send_button.setObjectName(u"send_button")

        self.buttons_layout.addWidget(self.send_button)

        self.cancel_mailing_button = QPushButton(MailingDialog)
        self.cancel_mailing_button.setObjectName(u"cancel_mailing_button")

        self.buttons_layout.addWidget(self.cancel_mailing_button)

        self.resume_button = QPushButton(MailingDialog)
        self.resume_button.setObjectName(u"resume_button")

        self.buttons_layout.addWidget(self.resume_button)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(MailingDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)


        self.retranslateUi(MailingDialog)

        QMetaObject.connectSlotsByName(MailingDialog)
    # setupUi

    def retranslateUi(self, MailingDialog):
        MailingDialog.setWindowTitle(QCoreApplication.translate("MailingDialog", u"Nieuwsbrief per e-mail versturen", None))
        self.networks_group.setTitle(QCoreApplication.translate("MailingDialog", u"Naar de leden van", None))
        self.progress_group.setTitle(QCoreApplication.translate("MailingDialog", u"Verzending", None))
        self.failed_label.setText(QCoreApplication.translate("MailingDialog", u"Mislukt, met de reden van de ontvangende server:", None))
        self.send_button.setText(QCoreApplication.translate("MailingDialog", u"&Versturen\u2026", None))
        self.cancel_mailing_button.setText(QCoreApplication.translate("MailingDialog", u"&Stoppen", None))
        self.resume_button.setText(QCoreApplication.translate("MailingDialog", u"&Hervatten", None))
        self.close_button.setText(QCoreApplication.translate("MailingDialog", u"Sl&uiten", None))
    # retranslateUi

