# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget, QWizard)

from bindesk.gui.widgets.wizard_step import WizardStep

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(900, 600)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = WizardStep()
        self.file_page.setObjectName(u"file_page")
        self.file_layout = QFormLayout(self.file_page)
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(self.file_page)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_choice_layout = QHBoxLayout()
        self.file_choice_layout.setObjectName(u"file_choice_layout")
        self.file_edit = QLineEdit(self.file_page)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_choice_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(self.file_page)
        self.browse_button.setObjectName(u"browse_button")

        self.file_choice_layout.addWidget(self.browse_button)


        self.file_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_choice_layout)

        self.network_label = QLabel(self.file_page)
        self.network_label.setObjectName(u"network_label")

        self.file_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.network_label)

        self.network_combo = QComboBox(self.file_page)
        self.network_combo.setObjectName(u"network_combo")

        self.file_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.network_combo)

        self.consent_label = QLabel(self.file_page)
        self.consent_label.setObjectName(u"consent_label")

        self.file_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consent_label)

        self.consent_method_edit = QLineEdit(self.file_page)
        self.consent_method_edit.setObjectName(u"consent_method_edit")
        self.consent_method_edit.setMaxLength(60)

        self.file_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consent_method_edit)

        self.file_info_label = QLabel(self.file_page)
        self.file_info_label.setObjectName(u"file_info_label")
        self.file_info_label.setWordWrap(True)
        self.file_info_label.setText(u"")

        self.file_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.file_info_label)

        ImportWizard.addPage(self.file_page)
        self.mapping_page = WizardStep()
        self.mapping_page.setObjectName(u"mapping_page")
        self.mapping_layout = QVBoxLayout(self.mapping_page)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_view = QTableView(self.mapping_page)
        self.mapping_view.setObjectName(u"mapping_view")
        self.mapping_view.setAlternatingRowColors(True)

        self.mapping_layout.addWidget(self.mapping_view)

        self.preview_label = QLabel(self.mapping_page)
        self.preview_label.setObjectName(u"preview_label")

        self.mapping_layout.addWidget(self.preview_label)

        self.preview_view = QTableView(self.mapping_page)
        self.preview_view.setObjectName(u"preview_view")
        self.preview_view.setAlternatingRowColors(True)

        self.mapping_layout.addWidget(self.preview_view)

        self.mapping_message_label = QLabel(self.mapping_page)
        self.mapping_message_label.setObjectName(u"mapping_message_label")
        self.mapping_message_label.setWordWrap(True)
        self.mapping_message_label.setStyleSheet(u"color: #b00020;")
        self.mapping_message_label.setText(u"")

        self.mapping_layout.addWidget(self.mapping_message_label)

        ImportWizard.addPage(self.mapping_page)
        self.check_page = WizardStep()
        self.check_page.setObjectName(u"check_page")
        self.check_layout = QVBoxLayout(self.check_page)
        self.check_layout.setObjectName(u"check_layout")
        self.check_summary_label = QLabel(self.check_page)
        self.check_summary_label.setObjectName(u"check_summary_label")
        self.check_summary_label.setWordWrap(True)
        self.check_summary_label.setText(u"")

        self.check_layout.addWidget(self.check_summary_label)

        self.check_progress = QProgressBar(self.check_page)
        self.check_progress.setObjectName(u"check_progress")
        self.check_progress.setMaximum(0)

        self.check_layout.addWidget(self.check_progress)

        self.problems_view = QTableView(self.check_page)
        self.problems_view.setObjectName(u"problems_view")
        self.problems_view.setAlternatingRowColors(True)

        self.check_layout.addWidget(self.problems_view)

        self.all_or_nothing_radio = QRadioButton(self.check_page)
        self.all_or_nothing_radio.setObjectName(u"all_or_nothing_radio")
        self.all_or_nothing_radio.setChecked(True)

        self.check_layout.addWidget(self.all_or_nothing_radio)

        self.skip_invalid_radio = QRadioButton(self.check_page)
        self.skip_invalid_radio.setObjectName(u"skip_invalid_radio")

        self.check_layout.addWidget(self.skip_invalid_radio)

        ImportWizard.addPage(self.check_page)
        self.result_page = WizardStep()
        self.result_page.setObjectName(u"result_page")
        self.result_layout = QVBoxLayout(self.result_page)
        self.result_layout.setObjectName(u"result_layout")
        self.import_progress = QProgressBar(self.result_page)
        self.import_progress.setObjectName(u"import_progress")
        self.import_progress.setValue(0)

        self.result_layout.addWidget(self.import_progress)

        self.result_label = QLabel(self.result_page)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setText(u"")

        self.result_layout.addWidget(self.result_label)

        self.result_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.result_layout.addItem(self.result_spacer)

        ImportWizard.addPage(self.result_page)
#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.browse_button)
        self.network_label.setBuddy(self.network_combo)
        self.consent_label.setBuddy(self.consent_method_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Ledenlijst importeren", None))
        self.file_page.setTitle(QCoreApplication.translate("ImportWizard", u"Ledenlijst kiezen", None))
        self.file_page.setSubTitle(QCoreApplication.translate("ImportWizard", u"Kies het bestand (CSV of Excel) en het netwerk waarin de leden komen. Er wordt nog niets weggeschreven.", None))
        self.file_label.setText(QCoreApplication.translate("ImportWizard", u"&Bestand:", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"nog geen bestand gekozen", None))
        self.browse_button.setText(QCoreApplication.translate("ImportWizard", u"Bl&aderen\u2026", None))
        self.network_label.setText(QCoreApplication.translate("ImportWizard", u"&Netwerk:", None))
        self.consent_label.setText(QCoreApplication.translate("ImportWizard", u"&Toestemming via:", None))
        self.mapping_page.setTitle(QCoreApplication.translate("ImportWizard", u"Kolommen nakijken", None))
        self.mapping_page.setSubTitle(QCoreApplication.translate("ImportWizard", u"bindesk herkende de kolommen van het bestand. Kies bij elke kolom wat erin staat; Naam en GSM zijn nodig.", None))
        self.preview_label.setText(QCoreApplication.translate("ImportWizard", u"Voorbeeld van de eerste rijen:", None))
        self.check_page.setTitle(QCoreApplication.translate("ImportWizard", u"Controle", None))
        self.check_page.setSubTitle(QCoreApplication.translate("ImportWizard", u"Elke rij is nagekeken. Er is nog niets weggeschreven.", None))
        self.all_or_nothing_radio.setText(QCoreApplication.translate("ImportWizard", u"&Alles of niets: alleen importeren als elke rij in orde is", None))
        self.skip_invalid_radio.setText(QCoreApplication.translate("ImportWizard", u"Ongeldige rijen &overslaan en de geldige rijen importeren", None))
        self.result_page.setTitle(QCoreApplication.translate("ImportWizard", u"Resultaat", None))
        self.result_page.setSubTitle("")
    # retranslateUi

