# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'survey_import_wizard.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget, QWizard)

from bindesk.gui.widgets.wizard_step import WizardStep

class Ui_SurveyImportWizard(object):
    def setupUi(self, SurveyImportWizard):
        if not SurveyImportWizard.objectName():
            SurveyImportWizard.setObjectName(u"SurveyImportWizard")
        SurveyImportWizard.resize(860, 600)
        SurveyImportWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = WizardStep()
        self.file_page.setObjectName(u"file_page")
        self.file_layout = QFormLayout(self.file_page)
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(self.file_page)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_row_layout = QHBoxLayout()
        self.file_row_layout.setObjectName(u"file_row_layout")
        self.file_edit = QLineEdit(self.file_page)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_row_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(self.file_page)
        self.browse_button.setObjectName(u"browse_button")

        self.file_row_layout.addWidget(self.browse_button)


        self.file_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_row_layout)

        self.title_label = QLabel(self.file_page)
        self.title_label.setObjectName(u"title_label")

        self.file_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_combo = QComboBox(self.file_page)
        self.title_combo.setObjectName(u"title_combo")
        self.title_combo.setEditable(True)

        self.file_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_combo)

        self.file_info_label = QLabel(self.file_page)
        self.file_info_label.setObjectName(u"file_info_label")
        self.file_info_label.setText(u"")
        self.file_info_label.setWordWrap(True)
        self.file_info_label.setTextFormat(Qt.TextFormat.PlainText)

        self.file_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.file_info_label)

        SurveyImportWizard.addPage(self.file_page)
        self.columns_page = WizardStep()
        self.columns_page.setObjectName(u"columns_page")
        self.columns_layout = QVBoxLayout(self.columns_page)
        self.columns_layout.setObjectName(u"columns_layout")
        self.format_label = QLabel(self.columns_page)
        self.format_label.setObjectName(u"format_label")
        self.format_label.setText(u"")
        self.format_label.setTextFormat(Qt.TextFormat.PlainText)

        self.columns_layout.addWidget(self.format_label)

        self.dropped_label = QLabel(self.columns_page)
        self.dropped_label.setObjectName(u"dropped_label")

        self.columns_layout.addWidget(self.dropped_label)

        self.dropped_view = QTableView(self.columns_page)
        self.dropped_view.setObjectName(u"dropped_view")
        self.dropped_view.setMaximumSize(QSize(16777215, 150))
        self.dropped_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dropped_view.verticalHeader().setVisible(False)

        self.columns_layout.addWidget(self.dropped_view)

        self.questions_label = QLabel(self.columns_page)
        self.questions_label.setObjectName(u"questions_label")

        self.columns_layout.addWidget(self.questions_label)

        self.questions_view = QTableView(self.columns_page)
        self.questions_view.setObjectName(u"questions_view")
        self.questions_view.verticalHeader().setVisible(False)

        self.columns_layout.addWidget(self.questions_view)

        self.columns_message_label = QLabel(self.columns_page)
        self.columns_message_label.setObjectName(u"columns_message_label")
        self.columns_message_label.setStyleSheet(u"color: #b00020;")
        self.columns_message_label.setText(u"")
        self.columns_message_label.setWordWrap(True)
        self.columns_message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.columns_layout.addWidget(self.columns_message_label)

        SurveyImportWizard.addPage(self.columns_page)
        self.summary_page = WizardStep()
        self.summary_page.setObjectName(u"summary_page")
        self.summary_layout = QVBoxLayout(self.summary_page)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_label = QLabel(self.summary_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.summary_layout.addWidget(self.summary_label)

        self.summary_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summary_layout.addItem(self.summary_spacer)

        SurveyImportWizard.addPage(self.summary_page)
        self.result_page = WizardStep()
        self.result_page.setObjectName(u"result_page")
        self.result_layout = QVBoxLayout(self.result_page)
        self.result_layout.setObjectName(u"result_layout")
        self.result_label = QLabel(self.result_page)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)

        self.result_layout.addWidget(self.result_label)

        self.result_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.result_layout.addItem(self.result_spacer)

        SurveyImportWizard.addPage(self.result_page)
#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
        self.title_label.setBuddy(self.title_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SurveyImportWizard)

        QMetaObject.connectSlotsByName(SurveyImportWizard)
    # setupUi

    def retranslateUi(self, SurveyImportWizard):
        SurveyImportWizard.setWindowTitle(QCoreApplication.translate("SurveyImportWizard", u"Enqu\u00eate importeren", None))
        self.file_page.setTitle(QCoreApplication.translate("SurveyImportWizard", u"Bestand kiezen", None))
        self.file_page.setSubTitle(QCoreApplication.translate("SurveyImportWizard", u"Het exportbestand van Microsoft Forms (.xlsx), Google Forms (.csv), LimeSurvey (.csv of .xlsx) of een eigen tabel met \u00e9\u00e9n kolom per vraag.", None))
        self.file_label.setText(QCoreApplication.translate("SurveyImportWizard", u"&Bestand:", None))
        self.browse_button.setText(QCoreApplication.translate("SurveyImportWizard", u"B&laderen\u2026", None))
        self.title_label.setText(QCoreApplication.translate("SurveyImportWizard", u"&Titel van de enqu\u00eate:", None))
#if QT_CONFIG(tooltip)
        self.title_combo.setToolTip(QCoreApplication.translate("SurveyImportWizard", u"Een nieuwe titel maakt een nieuwe enqu\u00eate; kies een bestaande om er de nieuwe antwoorden van een latere export aan toe te voegen.", None))
#endif // QT_CONFIG(tooltip)
        self.columns_page.setTitle(QCoreApplication.translate("SurveyImportWizard", u"Kolommen en vragen", None))
        self.columns_page.setSubTitle(QCoreApplication.translate("SurveyImportWizard", u"Wat herkend werd. Weggelaten kolommen worden niet bewaard. Klopt het type van een vraag niet, kies dan een ander.", None))
        self.dropped_label.setText(QCoreApplication.translate("SurveyImportWizard", u"Weggelaten kolommen (anoniem: niets ervan wordt bewaard):", None))
        self.questions_label.setText(QCoreApplication.translate("SurveyImportWizard", u"Vragen:", None))
        self.summary_page.setTitle(QCoreApplication.translate("SurveyImportWizard", u"Samenvatting", None))
        self.summary_page.setSubTitle(QCoreApplication.translate("SurveyImportWizard", u"Er is nog niets weggeschreven. Klik Importeren om de antwoorden te bewaren.", None))
        self.result_page.setTitle(QCoreApplication.translate("SurveyImportWizard", u"Resultaat", None))
    # retranslateUi

