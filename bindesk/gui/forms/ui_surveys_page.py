# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'surveys_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_SurveysPage(object):
    def setupUi(self, SurveysPage):
        if not SurveysPage.objectName():
            SurveysPage.setObjectName(u"SurveysPage")
        self.page_layout = QVBoxLayout(SurveysPage)
        self.page_layout.setObjectName(u"page_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(SurveysPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.import_button = QPushButton(SurveysPage)
        self.import_button.setObjectName(u"import_button")

        self.header_layout.addWidget(self.import_button)


        self.page_layout.addLayout(self.header_layout)

        self.results_splitter = QSplitter(SurveysPage)
        self.results_splitter.setObjectName(u"results_splitter")
        self.results_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.list_widget = QWidget(self.results_splitter)
        self.list_widget.setObjectName(u"list_widget")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.surveys_view = QTableView(self.list_widget)
        self.surveys_view.setObjectName(u"surveys_view")
        self.surveys_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.surveys_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.surveys_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.surveys_view.horizontalHeader().setStretchLastSection(True)
        self.surveys_view.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.surveys_view)

        self.anonymity_label = QLabel(self.list_widget)
        self.anonymity_label.setObjectName(u"anonymity_label")
        self.anonymity_label.setStyleSheet(u"color: #555;")
        self.anonymity_label.setWordWrap(True)

        self.list_layout.addWidget(self.anonymity_label)

        self.results_splitter.addWidget(self.list_widget)
        self.results_widget = QWidget(self.results_splitter)
        self.results_widget.setObjectName(u"results_widget")
        self.results_layout = QVBoxLayout(self.results_widget)
        self.results_layout.setObjectName(u"results_layout")
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        self.by_layout = QHBoxLayout()
        self.by_layout.setObjectName(u"by_layout")
        self.survey_title_label = QLabel(self.results_widget)
        self.survey_title_label.setObjectName(u"survey_title_label")
        self.survey_title_label.setStyleSheet(u"font-size: 12pt; font-weight: bold;")
        self.survey_title_label.setText(u"")
        self.survey_title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.by_layout.addWidget(self.survey_title_label)

        self.by_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.by_layout.addItem(self.by_spacer)

        self.by_label = QLabel(self.results_widget)
        self.by_label.setObjectName(u"by_label")

        self.by_layout.addWidget(self.by_label)

        self.by_combo = QComboBox(self.results_widget)
        self.by_combo.setObjectName(u"by_combo")
        self.by_combo.setMinimumContentsLength(18)
        self.by_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.by_layout.addWidget(self.by_combo)


        self.results_layout.addLayout(self.by_layout)

        self.groups_label = QLabel(self.results_widget)
        self.groups_label.setObjectName(u"groups_label")
        self.groups_label.setText(u"")
        self.groups_label.setWordWrap(True)
        self.groups_label.setTextFormat(Qt.TextFormat.PlainText)

        self.results_layout.addWidget(self.groups_label)

        self.results_scroll_widget = QScrollArea(self.results_widget)
        self.results_scroll_widget.setObjectName(u"results_scroll_widget")
        self.results_scroll_widget.setWidgetResizable(True)
        self.results_container_widget = QWidget()
        self.results_container_widget.setObjectName(u"results_container_widget")
        self.cards_layout = QVBoxLayout(self.results_container_widget)
        self.cards_layout.setObjectName(u"cards_layout")
        self.results_scroll_widget.setWidget(self.results_container_widget)

        self.results_layout.addWidget(self.results_scroll_widget)

        self.results_splitter.addWidget(self.results_widget)

        self.page_layout.addWidget(self.results_splitter)

#if QT_CONFIG(shortcut)
        self.by_label.setBuddy(self.by_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SurveysPage)

        QMetaObject.connectSlotsByName(SurveysPage)
    # setupUi

    def retranslateUi(self, SurveysPage):
        self.title_label.setText(QCoreApplication.translate("SurveysPage", u"Enqu\u00eates", None))
        self.import_button.setText(QCoreApplication.translate("SurveysPage", u"&Importeren\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("SurveysPage", u"Antwoorden inlezen uit Microsoft Forms, Google Forms, LimeSurvey of een CSV/Excel-bestand", None))
#endif // QT_CONFIG(tooltip)
        self.anonymity_label.setText(QCoreApplication.translate("SurveysPage", u"Antwoorden zijn anoniem: e-mail, naam, tijdstip en andere metagegevens worden bij het inlezen weggelaten.", None))
        self.by_label.setText(QCoreApplication.translate("SurveysPage", u"&Opsplitsen volgens:", None))
        pass
    # retranslateUi

