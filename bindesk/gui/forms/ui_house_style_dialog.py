# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'house_style_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_HouseStyleDialog(object):
    def setupUi(self, HouseStyleDialog):
        if not HouseStyleDialog.objectName():
            HouseStyleDialog.setObjectName(u"HouseStyleDialog")
        HouseStyleDialog.resize(560, 320)
        self.dialog_layout = QVBoxLayout(HouseStyleDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(HouseStyleDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.zone_name_label = QLabel(HouseStyleDialog)
        self.zone_name_label.setObjectName(u"zone_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.zone_name_label)

        self.zone_name_edit = QLineEdit(HouseStyleDialog)
        self.zone_name_edit.setObjectName(u"zone_name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.zone_name_edit)

        self.zone_phone_label = QLabel(HouseStyleDialog)
        self.zone_phone_label.setObjectName(u"zone_phone_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.zone_phone_label)

        self.zone_phone_edit = QLineEdit(HouseStyleDialog)
        self.zone_phone_edit.setObjectName(u"zone_phone_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.zone_phone_edit)

        self.zone_email_label = QLabel(HouseStyleDialog)
        self.zone_email_label.setObjectName(u"zone_email_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.zone_email_label)

        self.zone_email_edit = QLineEdit(HouseStyleDialog)
        self.zone_email_edit.setObjectName(u"zone_email_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.zone_email_edit)

        self.zone_website_label = QLabel(HouseStyleDialog)
        self.zone_website_label.setObjectName(u"zone_website_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.zone_website_label)

        self.zone_website_edit = QLineEdit(HouseStyleDialog)
        self.zone_website_edit.setObjectName(u"zone_website_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.zone_website_edit)

        self.primary_label = QLabel(HouseStyleDialog)
        self.primary_label.setObjectName(u"primary_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.primary_label)

        self.primary_edit = QLineEdit(HouseStyleDialog)
        self.primary_edit.setObjectName(u"primary_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.primary_edit)

        self.accent_label = QLabel(HouseStyleDialog)
        self.accent_label.setObjectName(u"accent_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.accent_label)

        self.accent_edit = QLineEdit(HouseStyleDialog)
        self.accent_edit.setObjectName(u"accent_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.accent_edit)

        self.logo_label = QLabel(HouseStyleDialog)
        self.logo_label.setObjectName(u"logo_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.logo_label)

        self.logo_layout = QHBoxLayout()
        self.logo_layout.setObjectName(u"logo_layout")
        self.logo_edit = QLineEdit(HouseStyleDialog)
        self.logo_edit.setObjectName(u"logo_edit")

        self.logo_layout.addWidget(self.logo_edit)

        self.logo_button = QPushButton(HouseStyleDialog)
        self.logo_button.setObjectName(u"logo_button")

        self.logo_layout.addWidget(self.logo_button)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.logo_layout)


        self.dialog_layout.addLayout(self.form_layout)

        self.message_label = QLabel(HouseStyleDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setStyleSheet(u"color: #b00020;")
        self.message_label.setWordWrap(True)
        self.message_label.setText(u"")

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(HouseStyleDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.zone_name_label.setBuddy(self.zone_name_edit)
        self.zone_phone_label.setBuddy(self.zone_phone_edit)
        self.zone_email_label.setBuddy(self.zone_email_edit)
        self.zone_website_label.setBuddy(self.zone_website_edit)
        self.primary_label.setBuddy(self.primary_edit)
        self.accent_label.setBuddy(self.accent_edit)
        self.logo_label.setBuddy(self.logo_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HouseStyleDialog)

        QMetaObject.connectSlotsByName(HouseStyleDialog)
    # setupUi

    def retranslateUi(self, HouseStyleDialog):
        HouseStyleDialog.setWindowTitle(QCoreApplication.translate("HouseStyleDialog", u"Huisstijl van de nieuwsbrief", None))
        self.intro_label.setText(QCoreApplication.translate("HouseStyleDialog", u"Naam, contactgegevens, kleuren en logo van de zone, zoals ze op elke nieuwsbrief staan. 101 en 112 staan er altijd op.", None))
        self.zone_name_label.setText(QCoreApplication.translate("HouseStyleDialog", u"&Naam van de zone:", None))
        self.zone_name_edit.setPlaceholderText(QCoreApplication.translate("HouseStyleDialog", u"bv. Politiezone Erpe-Mere/Lede", None))
        self.zone_phone_label.setText(QCoreApplication.translate("HouseStyleDialog", u"&Telefoon (niet dringend):", None))
        self.zone_phone_edit.setPlaceholderText(QCoreApplication.translate("HouseStyleDialog", u"bv. 053 00 00 00", None))
        self.zone_email_label.setText(QCoreApplication.translate("HouseStyleDialog", u"&E-mail:", None))
        self.zone_email_edit.setPlaceholderText(QCoreApplication.translate("HouseStyleDialog", u"bv. info@politiezone.be", None))
        self.zone_website_label.setText(QCoreApplication.translate("HouseStyleDialog", u"&Website:", None))
        self.zone_website_edit.setPlaceholderText(QCoreApplication.translate("HouseStyleDialog", u"bv. www.politiezone.be", None))
        self.primary_label.setText(QCoreApplication.translate("HouseStyleDialog", u"&Hoofdkleur:", None))
        self.primary_edit.setPlaceholderText(QCoreApplication.translate("HouseStyleDialog", u"#RRGGBB, bv. #1B3A5C", None))
        self.accent_label.setText(QCoreApplication.translate("HouseStyleDialog", u"&Accentkleur:", None))
        self.accent_edit.setPlaceholderText(QCoreApplication.translate("HouseStyleDialog", u"#RRGGBB, bv. #2E86C1", None))
        self.logo_label.setText(QCoreApplication.translate("HouseStyleDialog", u"&Logo (PNG of JPEG):", None))
        self.logo_edit.setPlaceholderText(QCoreApplication.translate("HouseStyleDialog", u"het standaardlogo van bindesk", None))
        self.logo_button.setText(QCoreApplication.translate("HouseStyleDialog", u"&Kiezen\u2026", None))
    # retranslateUi

