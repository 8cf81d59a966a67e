# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(460, 220)
        self.dialog_layout = QVBoxLayout(PasswordDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(PasswordDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(u"")

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.old_password_label = QLabel(PasswordDialog)
        self.old_password_label.setObjectName(u"old_password_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.old_password_label)

        self.old_password_edit = QLineEdit(PasswordDialog)
        self.old_password_edit.setObjectName(u"old_password_edit")
        self.old_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.old_password_edit)

        self.new_password_label = QLabel(PasswordDialog)
        self.new_password_label.setObjectName(u"new_password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_password_label)

        self.new_password_edit = QLineEdit(PasswordDialog)
        self.new_password_edit.setObjectName(u"new_password_edit")
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_password_edit)

        self.repeat_label = QLabel(PasswordDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(PasswordDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.message_label = QLabel(PasswordDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setStyleSheet(u"color: #b00020;")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(PasswordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.old_password_label.setBuddy(self.old_password_edit)
        self.new_password_label.setBuddy(self.new_password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Wachtwoord wijzigen", None))
        self.old_password_label.setText(QCoreApplication.translate("PasswordDialog", u"&Huidig wachtwoord:", None))
        self.new_password_label.setText(QCoreApplication.translate("PasswordDialog", u"&Nieuw wachtwoord:", None))
        self.repeat_label.setText(QCoreApplication.translate("PasswordDialog", u"&Herhaal:", None))
    # retranslateUi

