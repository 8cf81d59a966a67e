# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operator_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_OperatorDialog(object):
    def setupUi(self, OperatorDialog):
        if not OperatorDialog.objectName():
            OperatorDialog.setObjectName(u"OperatorDialog")
        OperatorDialog.resize(480, 300)
        self.dialog_layout = QVBoxLayout(OperatorDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.username_label = QLabel(OperatorDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(OperatorDialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(60)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.display_name_label = QLabel(OperatorDialog)
        self.display_name_label.setObjectName(u"display_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(OperatorDialog)
        self.display_name_edit.setObjectName(u"display_name_edit")
        self.display_name_edit.setMaxLength(120)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.role_label = QLabel(OperatorDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(OperatorDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.active_check = QCheckBox(OperatorDialog)
        self.active_check.setObjectName(u"active_check")
        self.active_check.setChecked(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.active_check)

        self.password_label = QLabel(OperatorDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(OperatorDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.repeat_label = QLabel(OperatorDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(OperatorDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeat_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.role_help_label = QLabel(OperatorDialog)
        self.role_help_label.setObjectName(u"role_help_label")
        self.role_help_label.setWordWrap(True)
        self.role_help_label.setStyleSheet(u"color: #555555;")
        self.role_help_label.setText(u"")

        self.dialog_layout.addWidget(self.role_help_label)

        self.message_label = QLabel(OperatorDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setStyleSheet(u"color: #b00020;")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(OperatorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.password_label.setBuddy(self.password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OperatorDialog)

        QMetaObject.connectSlotsByName(OperatorDialog)
    # setupUi

    def retranslateUi(self, OperatorDialog):
        OperatorDialog.setWindowTitle(QCoreApplication.translate("OperatorDialog", u"Gebruiker", None))
        self.username_label.setText(QCoreApplication.translate("OperatorDialog", u"&Gebruikersnaam:", None))
        self.display_name_label.setText(QCoreApplication.translate("OperatorDialog", u"&Naam:", None))
        self.role_label.setText(QCoreApplication.translate("OperatorDialog", u"&Rol:", None))
        self.active_check.setText(QCoreApplication.translate("OperatorDialog", u"&Actief (mag inloggen)", None))
        self.password_label.setText(QCoreApplication.translate("OperatorDialog", u"&Wachtwoord:", None))
        self.repeat_label.setText(QCoreApplication.translate("OperatorDialog", u"&Herhaal wachtwoord:", None))
    # retranslateUi

