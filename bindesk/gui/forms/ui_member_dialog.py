# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QGroupBox, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(900, 600)
        self.dialog_layout = QGridLayout(MemberDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.person_group = QGroupBox(MemberDialog)
        self.person_group.setObjectName(u"person_group")
        self.person_layout = QFormLayout(self.person_group)
        self.person_layout.setObjectName(u"person_layout")
        self.first_name_label = QLabel(self.person_group)
        self.first_name_label.setObjectName(u"first_name_label")

        self.person_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name_edit = QLineEdit(self.person_group)
        self.first_name_edit.setObjectName(u"first_name_edit")
        self.first_name_edit.setMaxLength(120)

        self.person_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_name_edit)

        self.last_name_label = QLabel(self.person_group)
        self.last_name_label.setObjectName(u"last_name_label")

        self.person_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name_edit = QLineEdit(self.person_group)
        self.last_name_edit.setObjectName(u"last_name_edit")
        self.last_name_edit.setMaxLength(120)

        self.person_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.last_name_edit)

        self.language_label = QLabel(self.person_group)
        self.language_label.setObjectName(u"language_label")

        self.person_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.person_group)
        self.language_combo.setObjectName(u"language_combo")

        self.person_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language_combo)


        self.left_layout.addWidget(self.person_group)

        self.address_group = QGroupBox(MemberDialog)
        self.address_group.setObjectName(u"address_group")
        self.address_layout = QFormLayout(self.address_group)
        self.address_layout.setObjectName(u"address_layout")
        self.street_label = QLabel(self.address_group)
        self.street_label.setObjectName(u"street_label")

        self.address_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street_edit = QLineEdit(self.address_group)
        self.street_edit.setObjectName(u"street_edit")
        self.street_edit.setMaxLength(200)

        self.address_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.street_edit)

        self.house_number_label = QLabel(self.address_group)
        self.house_number_label.setObjectName(u"house_number_label")

        self.address_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.house_number_label)

        self.house_number_edit = QLineEdit(self.address_group)
        self.house_number_edit.setObjectName(u"house_number_edit")
        self.house_number_edit.setMaxLength(20)

        self.address_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.house_number_edit)

        self.postal_code_label = QLabel(self.address_group)
        self.postal_code_label.setObjectName(u"postal_code_label")

        self.address_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postal_code_label)

        self.postal_code_edit = QLineEdit(self.address_group)
        self.postal_code_edit.setObjectName(u"postal_code_edit")
        self.postal_code_edit.setMaxLength(4)

        self.address_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postal_code_edit)

        self.municipality_label = QLabel(self.address_group)
        self.municipality_label.setObjectName(u"municipality_label")

        self.address_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.municipality_label)

        self.municipality_edit = QLineEdit(self.address_group)
        self.municipality_edit.setObjectName(u"municipality_edit")
        self.municipality_edit.setMaxLength(120)

        self.address_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.municipality_edit)


        self.left_layout.addWidget(self.address_group)

        self.contact_group = QGroupBox(MemberDialog)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_layout = QFormLayout(self.contact_group)
        self.contact_layout.setObjectName(u"contact_layout")
        self.mobile_label = QLabel(self.contact_group)
        self.mobile_label.setObjectName(u"mobile_label")

        self.contact_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mobile_label)

        self.mobile_edit = QLineEdit(self.contact_group)
        self.mobile_edit.setObjectName(u"mobile_edit")
        self.mobile_edit.setMaxLength(40)

        self.contact_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mobile_edit)

        self.mobile_feedback_label = QLabel(self.contact_group)
        self.mobile_feedback_label.setObjectName(u"mobile_feedback_label")
        self.mobile_feedback_label.setWordWrap(True)
        self.mobile_feedback_label.setText(u"")

        self.contact_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.mobile_feedback_label)

        self.email_label = QLabel(self.contact_group)
        self.email_label.setObjectName(u"email_label")

        self.contact_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.contact_group)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(200)

        self.contact_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.email_consent_check = QCheckBox(self.contact_group)
        self.email_consent_check.setObjectName(u"email_consent_check")

        self.contact_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.email_consent_check)

        self.email_status_label = QLabel(self.contact_group)
        self.email_status_label.setObjectName(u"email_status_label")
        self.email_status_label.setWordWrap(True)
        self.email_status_label.setText(u"")

        self.contact_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.email_status_label)

        self.channel_label = QLabel(self.contact_group)
        self.channel_label.setObjectName(u"channel_label")

        self.contact_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(self.contact_group)
        self.channel_combo.setObjectName(u"channel_combo")

        self.contact_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.channel_combo)


        self.left_layout.addWidget(self.contact_group)


        self.dialog_layout.addLayout(self.left_layout, 0, 0, 1, 1)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.consent_group = QGroupBox(MemberDialog)
        self.consent_group.setObjectName(u"consent_group")
        self.consent_layout = QFormLayout(self.consent_group)
        self.consent_layout.setObjectName(u"consent_layout")
        self.status_label = QLabel(self.consent_group)
        self.status_label.setObjectName(u"status_label")

        self.consent_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.consent_group)
        self.status_combo.setObjectName(u"status_combo")

        self.consent_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.consent_date_label = QLabel(self.consent_group)
        self.consent_date_label.setObjectName(u"consent_date_label")

        self.consent_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consent_date_label)

        self.consent_date_edit = QDateEdit(self.consent_group)
        self.consent_date_edit.setObjectName(u"consent_date_edit")
        self.consent_date_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.consent_date_edit.setCalendarPopup(True)

        self.consent_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consent_date_edit)

        self.consent_method_label = QLabel(self.consent_group)
        self.consent_method_label.setObjectName(u"consent_method_label")

        self.consent_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consent_method_label)

        self.consent_method_combo = QComboBox(self.consent_group)
        self.consent_method_combo.setObjectName(u"consent_method_combo")
        self.consent_method_combo.setEditable(True)

        self.consent_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consent_method_combo)

        self.opt_out_label = QLabel(self.consent_group)
        self.opt_out_label.setObjectName(u"opt_out_label")
        self.opt_out_label.setStyleSheet(u"color: #b00020;")
        self.opt_out_label.setWordWrap(True)
        self.opt_out_label.setText(u"")

        self.consent_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.opt_out_label)


        self.right_layout.addWidget(self.consent_group)

        self.networks_group = QGroupBox(MemberDialog)
        self.networks_group.setObjectName(u"networks_group")
        self.networks_layout = QVBoxLayout(self.networks_group)
        self.networks_layout.setObjectName(u"networks_layout")
        self.networks_view = QTableView(self.networks_group)
        self.networks_view.setObjectName(u"networks_view")
        self.networks_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.networks_view.horizontalHeader().setStretchLastSection(True)
        self.networks_view.verticalHeader().setVisible(False)

        self.networks_layout.addWidget(self.networks_view)


        self.right_layout.addWidget(self.networks_group)


        self.dialog_layout.addLayout(self.right_layout, 0, 1, 1, 1)

        self.message_label = QLabel(MemberDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setStyleSheet(u"color: #b00020;")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label, 1, 0, 1, 2)

        self.button_box = QDialogButtonBox(MemberDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box, 2, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.first_name_label.setBuddy(self.first_name_edit)
        self.last_name_label.setBuddy(self.last_name_edit)
        self.language_label.setBuddy(self.language_combo)
        self.street_label.setBuddy(self.street_edit)
        self.house_number_label.setBuddy(self.house_number_edit)
        self.postal_code_label.setBuddy(self.postal_code_edit)
        self.municipality_label.setBuddy(self.municipality_edit)
        self.mobile_label.setBuddy(self.mobile_edit)
        self.email_label.setBuddy(self.email_edit)
        self.channel_label.setBuddy(self.channel_combo)
        self.status_label.setBuddy(self.status_combo)
        self.consent_date_label.setBuddy(self.consent_date_edit)
        self.consent_method_label.setBuddy(self.consent_method_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first_name_edit, self.last_name_edit)
        QWidget.setTabOrder(self.last_name_edit, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.street_edit)
        QWidget.setTabOrder(self.street_edit, self.house_number_edit)
        QWidget.setTabOrder(self.house_number_edit, self.postal_code_edit)
        QWidget.setTabOrder(self.postal_code_edit, self.municipality_edit)
        QWidget.setTabOrder(self.municipality_edit, self.mobile_edit)
        QWidget.setTabOrder(self.mobile_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.email_consent_check)
        QWidget.setTabOrder(self.email_consent_check, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.consent_date_edit)
        QWidget.setTabOrder(self.consent_date_edit, self.consent_method_combo)
        QWidget.setTabOrder(self.consent_method_combo, self.networks_view)

        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Lid", None))
        self.person_group.setTitle(QCoreApplication.translate("MemberDialog", u"Persoon", None))
        self.first_name_label.setText(QCoreApplication.translate("MemberDialog", u"&Voornaam:", None))
        self.last_name_label.setText(QCoreApplication.translate("MemberDialog", u"&Naam:", None))
        self.language_label.setText(QCoreApplication.translate("MemberDialog", u"&Taal:", None))
        self.address_group.setTitle(QCoreApplication.translate("MemberDialog", u"Adres", None))
        self.street_label.setText(QCoreApplication.translate("MemberDialog", u"&Straat:", None))
        self.house_number_label.setText(QCoreApplication.translate("MemberDialog", u"N&ummer:", None))
        self.postal_code_label.setText(QCoreApplication.translate("MemberDialog", u"&Postcode:", None))
        self.postal_code_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"bv. 9340", None))
        self.municipality_label.setText(QCoreApplication.translate("MemberDialog", u"&Gemeente:", None))
        self.municipality_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"bv. Oordegem", None))
        self.contact_group.setTitle(QCoreApplication.translate("MemberDialog", u"Contact", None))
        self.mobile_label.setText(QCoreApplication.translate("MemberDialog", u"&Gsm:", None))
        self.mobile_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"bv. 0470 12 34 56", None))
        self.email_label.setText(QCoreApplication.translate("MemberDialog", u"&E-mail:", None))
        self.email_consent_check.setText(QCoreApplication.translate("MemberDialog", u"Toestemming voor e-&mail (nieuwsbrief en berichten)", None))
        self.channel_label.setText(QCoreApplication.translate("MemberDialog", u"&Berichten via:", None))
        self.consent_group.setTitle(QCoreApplication.translate("MemberDialog", u"Status en toestemming", None))
        self.status_label.setText(QCoreApplication.translate("MemberDialog", u"&Status:", None))
        self.consent_date_label.setText(QCoreApplication.translate("MemberDialog", u"Toestemming &op:", None))
        self.consent_method_label.setText(QCoreApplication.translate("MemberDialog", u"&Hoe gegeven:", None))
        self.networks_group.setTitle(QCoreApplication.translate("MemberDialog", u"Netwerken (vink aan waar het lid bij hoort; \u2605 = co\u00f6rdinator)", None))
    # retranslateUi

