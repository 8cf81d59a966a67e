# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'network_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NetworkDialog(object):
    def setupUi(self, NetworkDialog):
        if not NetworkDialog.objectName():
            NetworkDialog.setObjectName(u"NetworkDialog")
        NetworkDialog.resize(620, 560)
        self.dialog_layout = QVBoxLayout(NetworkDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(NetworkDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(NetworkDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(120)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.municipality_label = QLabel(NetworkDialog)
        self.municipality_label.setObjectName(u"municipality_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.municipality_label)

        self.municipality_edit = QLineEdit(NetworkDialog)
        self.municipality_edit.setObjectName(u"municipality_edit")
        self.municipality_edit.setMaxLength(120)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.municipality_edit)

        self.start_date_check = QCheckBox(NetworkDialog)
        self.start_date_check.setObjectName(u"start_date_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_date_check)

        self.start_date_edit = QDateEdit(NetworkDialog)
        self.start_date_edit.setObjectName(u"start_date_edit")
        self.start_date_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.start_date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start_date_edit)

        self.coordinator_label = QLabel(NetworkDialog)
        self.coordinator_label.setObjectName(u"coordinator_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.coordinator_label)

        self.coordinator_combo = QComboBox(NetworkDialog)
        self.coordinator_combo.setObjectName(u"coordinator_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.coordinator_combo)

        self.liaison_label = QLabel(NetworkDialog)
        self.liaison_label.setObjectName(u"liaison_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.liaison_label)

        self.liaison_edit = QLineEdit(NetworkDialog)
        self.liaison_edit.setObjectName(u"liaison_edit")
        self.liaison_edit.setMaxLength(200)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.liaison_edit)

        self.area_label = QLabel(NetworkDialog)
        self.area_label.setObjectName(u"area_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.area_label)

        self.area_edit = QPlainTextEdit(NetworkDialog)
        self.area_edit.setObjectName(u"area_edit")
        self.area_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.area_edit)

        self.streets_label = QLabel(NetworkDialog)
        self.streets_label.setObjectName(u"streets_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.streets_label)

        self.streets_edit = QPlainTextEdit(NetworkDialog)
        self.streets_edit.setObjectName(u"streets_edit")
        self.streets_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.streets_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.message_label = QLabel(NetworkDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setStyleSheet(u"color: #b00020;")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(NetworkDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.municipality_label.setBuddy(self.municipality_edit)
        self.coordinator_label.setBuddy(self.coordinator_combo)
        self.liaison_label.setBuddy(self.liaison_edit)
        self.area_label.setBuddy(self.area_edit)
        self.streets_label.setBuddy(self.streets_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.municipality_edit)
        QWidget.setTabOrder(self.municipality_edit, self.start_date_check)
        QWidget.setTabOrder(self.start_date_check, self.start_date_edit)
        QWidget.setTabOrder(self.start_date_edit, self.coordinator_combo)
        QWidget.setTabOrder(self.coordinator_combo, self.liaison_edit)
        QWidget.setTabOrder(self.liaison_edit, self.area_edit)
        QWidget.setTabOrder(self.area_edit, self.streets_edit)

        self.retranslateUi(NetworkDialog)

        QMetaObject.connectSlotsByName(NetworkDialog)
    # setupUi

    def retranslateUi(self, NetworkDialog):
        NetworkDialog.setWindowTitle(QCoreApplication.translate("NetworkDialog", u"Netwerk", None))
        self.name_label.setText(QCoreApplication.translate("NetworkDialog", u"&Naam:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("NetworkDialog", u"bv. BIN Oordegem", None))
        self.municipality_label.setText(QCoreApplication.translate("NetworkDialog", u"&Gemeente:", None))
        self.municipality_edit.setPlaceholderText(QCoreApplication.translate("NetworkDialog", u"bv. Lede", None))
        self.start_date_check.setText(QCoreApplication.translate("NetworkDialog", u"&Gestart op:", None))
        self.coordinator_label.setText(QCoreApplication.translate("NetworkDialog", u"&Co\u00f6rdinator:", None))
        self.liaison_label.setText(QCoreApplication.translate("NetworkDialog", u"Contact &politie:", None))
        self.liaison_edit.setPlaceholderText(QCoreApplication.translate("NetworkDialog", u"wijkinspecteur of dienst, bv. Inspecteur wijkwerking Lede", None))
        self.area_label.setText(QCoreApplication.translate("NetworkDialog", u"&Gebied:", None))
        self.area_edit.setPlaceholderText(QCoreApplication.translate("NetworkDialog", u"Omschrijving van het gebied, bv. de dorpskern rond de kerk", None))
        self.streets_label.setText(QCoreApplication.translate("NetworkDialog", u"&Straten:", None))
        self.streets_edit.setPlaceholderText(QCoreApplication.translate("NetworkDialog", u"E\u00e9n straat per regel", None))
    # retranslateUi

