# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.page_layout = QVBoxLayout(SettingsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(SettingsPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.page_layout.addWidget(self.title_label)

        self.sections_tabs = QTabWidget(SettingsPage)
        self.sections_tabs.setObjectName(u"sections_tabs")
        self.general_page = QWidget()
        self.general_page.setObjectName(u"general_page")
        self.general_layout = QVBoxLayout(self.general_page)
        self.general_layout.setObjectName(u"general_layout")
        self.groups_layout = QHBoxLayout()
        self.groups_layout.setObjectName(u"groups_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.account_group = QGroupBox(self.general_page)
        self.account_group.setObjectName(u"account_group")
        self.account_layout = QVBoxLayout(self.account_group)
        self.account_layout.setObjectName(u"account_layout")
        self.account_label = QLabel(self.account_group)
        self.account_label.setObjectName(u"account_label")
        self.account_label.setWordWrap(True)
        self.account_label.setText(u"")

        self.account_layout.addWidget(self.account_label)

        self.change_password_button = QPushButton(self.account_group)
        self.change_password_button.setObjectName(u"change_password_button")

        self.account_layout.addWidget(self.change_password_button)


        self.left_layout.addWidget(self.account_group)

        self.desk_group = QGroupBox(self.general_page)
        self.desk_group.setObjectName(u"desk_group")
        self.desk_layout = QFormLayout(self.desk_group)
        self.desk_layout.setObjectName(u"desk_layout")
        self.language_label = QLabel(self.desk_group)
        self.language_label.setObjectName(u"language_label")

        self.desk_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.desk_group)
        self.language_combo.setObjectName(u"language_combo")

        self.desk_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.idle_label = QLabel(self.desk_group)
        self.idle_label.setObjectName(u"idle_label")

        self.desk_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idle_label)

        self.idle_spin = QSpinBox(self.desk_group)
        self.idle_spin.setObjectName(u"idle_spin")
        self.idle_spin.setMinimum(1)
        self.idle_spin.setMaximum(240)

        self.desk_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idle_spin)

        self.desk_note_label = QLabel(self.desk_group)
        self.desk_note_label.setObjectName(u"desk_note_label")
        self.desk_note_label.setWordWrap(True)
        self.desk_note_label.setStyleSheet(u"color: #555555;")

        self.desk_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.desk_note_label)

        self.save_settings_button = QPushButton(self.desk_group)
        self.save_settings_button.setObjectName(u"save_settings_button")

        self.desk_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.save_settings_button)


        self.left_layout.addWidget(self.desk_group)

        self.left_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)


        self.groups_layout.addLayout(self.left_layout)

        self.operators_group = QGroupBox(self.general_page)
        self.operators_group.setObjectName(u"operators_group")
        self.operators_layout = QVBoxLayout(self.operators_group)
        self.operators_layout.setObjectName(u"operators_layout")
        self.operators_view = QTableView(self.operators_group)
        self.operators_view.setObjectName(u"operators_view")
        self.operators_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.operators_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.operators_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.operators_view.setAlternatingRowColors(True)

        self.operators_layout.addWidget(self.operators_view)

        self.operator_buttons_layout = QHBoxLayout()
        self.operator_buttons_layout.setObjectName(u"operator_buttons_layout")
        self.add_operator_button = QPushButton(self.operators_group)
        self.add_operator_button.setObjectName(u"add_operator_button")

        self.operator_buttons_layout.addWidget(self.add_operator_button)

        self.edit_operator_button = QPushButton(self.operators_group)
        self.edit_operator_button.setObjectName(u"edit_operator_button")

        self.operator_buttons_layout.addWidget(self.edit_operator_button)

        self.reset_password_button = QPushButton(self.operators_group)
        self.reset_password_button.setObjectName(u"reset_password_button")

        self.operator_buttons_layout.addWidget(self.reset_password_button)

        self.operator_buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.operator_buttons_layout.addItem(self.operator_buttons_spacer)


        self.operators_layout.addLayout(self.operator_buttons_layout)

        self.roles_label = QLabel(self.operators_group)
        self.roles_label.setObjectName(u"roles_label")
        self.roles_label.setWordWrap(True)
        self.roles_label.setStyleSheet(u"color: #555555;")
        self.roles_label.setText(u"")

        self.operators_layout.addWidget(self.roles_label)


        self.groups_layout.addWidget(self.operators_group)

        self.groups_layout.setStretch(0, 2)
        self.groups_layout.setStretch(1, 3)

        self.general_layout.addLayout(self.groups_layout)

        self.sections_tabs.addTab(self.general_page, "")

        self.page_layout.addWidget(self.sections_tabs)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.idle_label.setBuddy(self.idle_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title_label.setText(QCoreApplication.translate("SettingsPage", u"Instellingen", None))
        self.account_group.setTitle(QCoreApplication.translate("SettingsPage", u"Mijn account", None))
        self.change_password_button.setText(QCoreApplication.translate("SettingsPage", u"Mijn &wachtwoord wijzigen\u2026", None))
        self.desk_group.setTitle(QCoreApplication.translate("SettingsPage", u"Voor alle desks", None))
        self.language_label.setText(QCoreApplication.translate("SettingsPage", u"&Taal:", None))
        self.idle_label.setText(QCoreApplication.translate("SettingsPage", u"&Vergrendelen na:", None))
        self.idle_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" minuten niet gebruikt", None))
        self.desk_note_label.setText(QCoreApplication.translate("SettingsPage", u"Een andere taal geldt vanaf de volgende start van bindesk.", None))
        self.save_settings_button.setText(QCoreApplication.translate("SettingsPage", u"Instellingen &bewaren", None))
        self.operators_group.setTitle(QCoreApplication.translate("SettingsPage", u"Gebruikers en rollen", None))
        self.add_operator_button.setText(QCoreApplication.translate("SettingsPage", u"&Nieuwe gebruiker\u2026", None))
        self.edit_operator_button.setText(QCoreApplication.translate("SettingsPage", u"&Wijzigen\u2026", None))
        self.reset_password_button.setText(QCoreApplication.translate("SettingsPage", u"Wachtwoord &herstellen\u2026", None))
        self.sections_tabs.setTabText(self.sections_tabs.indexOf(self.general_page), QCoreApplication.translate("SettingsPage", u"Algemeen", None))
        pass
    # retranslateUi

