# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_admin_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SetupAdminDialog(object):
    def setupUi(self, SetupAdminDialog):
        if not SetupAdminDialog.objectName():
            SetupAdminDialog.setObjectName(u"SetupAdminDialog")
        SetupAdminDialog.resize(520, 330)
        self.dialog_layout = QVBoxLayout(SetupAdminDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SetupAdminDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.username_label = QLabel(SetupAdminDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(SetupAdminDialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(60)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.display_name_label = QLabel(SetupAdminDialog)
        self.display_name_label.setObjectName(u"display_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(SetupAdminDialog)
        self.display_name_edit.setObjectName(u"display_name_edit")
        self.display_name_edit.setMaxLength(120)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.password_label = QLabel(SetupAdminDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(SetupAdminDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.repeat_label = QLabel(SetupAdminDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(SetupAdminDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeat_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.message_label = QLabel(SetupAdminDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setStyleSheet(u"color: #b00020;")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(SetupAdminDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.password_label.setBuddy(self.password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupAdminDialog)

        QMetaObject.connectSlotsByName(SetupAdminDialog)
    # setupUi

    def retranslateUi(self, SetupAdminDialog):
        SetupAdminDialog.setWindowTitle(QCoreApplication.translate("SetupAdminDialog", u"bindesk \u2014 eerste hoofdgebruiker", None))
        self.intro_label.setText(QCoreApplication.translate("SetupAdminDialog", u"Deze database heeft nog geen gebruikers. Maak de eerste hoofdgebruiker aan: die voegt daarna de andere gebruikers toe en geeft hun een rol (balie, beheer, communicatie).", None))
        self.username_label.setText(QCoreApplication.translate("SetupAdminDialog", u"&Gebruikersnaam:", None))
        self.username_edit.setPlaceholderText(QCoreApplication.translate("SetupAdminDialog", u"bv. jpeeters", None))
        self.display_name_label.setText(QCoreApplication.translate("SetupAdminDialog", u"&Naam:", None))
        self.display_name_edit.setPlaceholderText(QCoreApplication.translate("SetupAdminDialog", u"bv. Inspecteur Jan Peeters", None))
        self.password_label.setText(QCoreApplication.translate("SetupAdminDialog", u"&Wachtwoord:", None))
        self.repeat_label.setText(QCoreApplication.translate("SetupAdminDialog", u"&Herhaal wachtwoord:", None))
    # retranslateUi

