# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'modem_section.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ModemSection(object):
    def setupUi(self, ModemSection):
        if not ModemSection.objectName():
            ModemSection.setObjectName(u"ModemSection")
        self.section_layout = QVBoxLayout(ModemSection)
        self.section_layout.setObjectName(u"section_layout")
        self.host_label = QLabel(ModemSection)
        self.host_label.setObjectName(u"host_label")
        self.host_label.setWordWrap(True)
        self.host_label.setText(u"")

        self.section_layout.addWidget(self.host_label)

        self.override_label = QLabel(ModemSection)
        self.override_label.setObjectName(u"override_label")
        self.override_label.setWordWrap(True)
        self.override_label.setStyleSheet(u"color: #664d03; background: #fff3cd; padding: 3px;")
        self.override_label.setText(u"")

        self.section_layout.addWidget(self.override_label)

        self.modems_view = QTableWidget(ModemSection)
        self.modems_view.setObjectName(u"modems_view")
        self.modems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.modems_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.modems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.section_layout.addWidget(self.modems_view)

        self.row_buttons_layout = QHBoxLayout()
        self.row_buttons_layout.setObjectName(u"row_buttons_layout")
        self.probe_button = QPushButton(ModemSection)
        self.probe_button.setObjectName(u"probe_button")

        self.row_buttons_layout.addWidget(self.probe_button)

        self.toggle_button = QPushButton(ModemSection)
        self.toggle_button.setObjectName(u"toggle_button")

        self.row_buttons_layout.addWidget(self.toggle_button)

        self.update_button = QPushButton(ModemSection)
        self.update_button.setObjectName(u"update_button")

        self.row_buttons_layout.addWidget(self.update_button)

        self.remove_button = QPushButton(ModemSection)
        self.remove_button.setObjectName(u"remove_button")

        self.row_buttons_layout.addWidget(self.remove_button)

        self.row_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.row_buttons_layout.addItem(self.row_buttons_spacer)

        self.apply_button = QPushButton(ModemSection)
        self.apply_button.setObjectName(u"apply_button")

        self.row_buttons_layout.addWidget(self.apply_button)


        self.section_layout.addLayout(self.row_buttons_layout)

        self.add_layout = QFormLayout()
        self.add_layout.setObjectName(u"add_layout")
        self.port_label = QLabel(ModemSection)
        self.port_label.setObjectName(u"port_label")

        self.add_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.port_label)

        self.port_layout = QHBoxLayout()
        self.port_layout.setObjectName(u"port_layout")
        self.port_combo = QComboBox(ModemSection)
        self.port_combo.setObjectName(u"port_combo")
        self.port_combo.setEditable(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.port_combo.sizePolicy().hasHeightForWidth())
        self.port_combo.setSizePolicy(sizePolicy)

        self.port_layout.addWidget(self.port_combo)

        self.detect_button = QPushButton(ModemSection)
        self.detect_button.setObjectName(u"detect_button")

        self.port_layout.addWidget(self.detect_button)


        self.add_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.port_layout)

        self.pin_label = QLabel(ModemSection)
        self.pin_label.setObjectName(u"pin_label")

        self.add_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pin_label)

        self.pin_edit = QLineEdit(ModemSection)
        self.pin_edit.setObjectName(u"pin_edit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)

        self.add_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pin_edit)

        self.smsc_label = QLabel(ModemSection)
        self.smsc_label.setObjectName(u"smsc_label")

        self.add_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.smsc_label)

        self.smsc_edit = QLineEdit(ModemSection)
        self.smsc_edit.setObjectName(u"smsc_edit")

        self.add_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.smsc_edit)

        self.description_label = QLabel(ModemSection)
        self.description_label.setObjectName(u"description_label")

        self.add_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_layout = QHBoxLayout()
        self.description_layout.setObjectName(u"description_layout")
        self.description_edit = QLineEdit(ModemSection)
        self.description_edit.setObjectName(u"description_edit")

        self.description_layout.addWidget(self.description_edit)

        self.add_button = QPushButton(ModemSection)
        self.add_button.setObjectName(u"add_button")

        self.description_layout.addWidget(self.add_button)


        self.add_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.description_layout)

        self.test_number_label = QLabel(ModemSection)
        self.test_number_label.setObjectName(u"test_number_label")

        self.add_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.test_number_label)

        self.test_layout = QHBoxLayout()
        self.test_layout.setObjectName(u"test_layout")
        self.test_number_edit = QLineEdit(ModemSection)
        self.test_number_edit.setObjectName(u"test_number_edit")

        self.test_layout.addWidget(self.test_number_edit)

        self.test_button = QPushButton(ModemSection)
        self.test_button.setObjectName(u"test_button")

        self.test_layout.addWidget(self.test_button)


        self.add_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.test_layout)


        self.section_layout.addLayout(self.add_layout)

        self.result_label = QLabel(ModemSection)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setText(u"")

        self.section_layout.addWidget(self.result_label)

#if QT_CONFIG(shortcut)
        self.port_label.setBuddy(self.port_combo)
        self.pin_label.setBuddy(self.pin_edit)
        self.smsc_label.setBuddy(self.smsc_edit)
        self.description_label.setBuddy(self.description_edit)
        self.test_number_label.setBuddy(self.test_number_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ModemSection)

        QMetaObject.connectSlotsByName(ModemSection)
    # setupUi

    def retranslateUi(self, ModemSection):
        ModemSection.setTitle(QCoreApplication.translate("ModemSection", u"Modems van deze pc", None))
        self.probe_button.setText(QCoreApplication.translate("ModemSection", u"&Controleren", None))
        self.toggle_button.setText(QCoreApplication.translate("ModemSection", u"In-/&uitschakelen", None))
        self.update_button.setText(QCoreApplication.translate("ModemSection", u"PIN/SMSC &wijzigen", None))
        self.remove_button.setText(QCoreApplication.translate("ModemSection", u"&Verwijderen", None))
        self.apply_button.setText(QCoreApplication.translate("ModemSection", u"&Toepassen", None))
        self.port_label.setText(QCoreApplication.translate("ModemSection", u"&Poort:", None))
        self.detect_button.setText(QCoreApplication.translate("ModemSection", u"Modems &zoeken", None))
        self.pin_label.setText(QCoreApplication.translate("ModemSection", u"P&IN-code:", None))
        self.smsc_label.setText(QCoreApplication.translate("ModemSection", u"&SMS-centrale:", None))
        self.description_label.setText(QCoreApplication.translate("ModemSection", u"&Omschrijving:", None))
        self.add_button.setText(QCoreApplication.translate("ModemSection", u"Modem &toevoegen", None))
        self.test_number_label.setText(QCoreApplication.translate("ModemSection", u"Test&nummer:", None))
        self.test_button.setText(QCoreApplication.translate("ModemSection", u"Stuur test&bericht", None))
    # retranslateUi

