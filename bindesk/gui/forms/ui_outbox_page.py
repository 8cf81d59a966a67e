# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outbox_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_OutboxPage(object):
    def setupUi(self, OutboxPage):
        if not OutboxPage.objectName():
            OutboxPage.setObjectName(u"OutboxPage")
        self.page_layout = QVBoxLayout(OutboxPage)
        self.page_layout.setObjectName(u"page_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(OutboxPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.updated_label = QLabel(OutboxPage)
        self.updated_label.setObjectName(u"updated_label")
        self.updated_label.setText(u"")

        self.header_layout.addWidget(self.updated_label)

        self.refresh_button = QPushButton(OutboxPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.header_layout.addWidget(self.refresh_button)


        self.page_layout.addLayout(self.header_layout)

        self.simulation_label = QLabel(OutboxPage)
        self.simulation_label.setObjectName(u"simulation_label")
        self.simulation_label.setStyleSheet(u"background: #fff3cd; color: #664d03; border: 1px solid #e0c36a; padding: 6px; border-radius: 3px; font-weight: bold;")
        self.simulation_label.setText(u"")
        self.simulation_label.setWordWrap(True)

        self.page_layout.addWidget(self.simulation_label)

        self.modems_group = QGroupBox(OutboxPage)
        self.modems_group.setObjectName(u"modems_group")
        self.modems_layout = QVBoxLayout(self.modems_group)
        self.modems_layout.setSpacing(4)
        self.modems_layout.setObjectName(u"modems_layout")
        self.modems_problem_label = QLabel(self.modems_group)
        self.modems_problem_label.setObjectName(u"modems_problem_label")
        self.modems_problem_label.setStyleSheet(u"color: #8a1c1c;")
        self.modems_problem_label.setText(u"")
        self.modems_problem_label.setWordWrap(True)

        self.modems_layout.addWidget(self.modems_problem_label)


        self.page_layout.addWidget(self.modems_group)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.cancel_button = QPushButton(OutboxPage)
        self.cancel_button.setObjectName(u"cancel_button")

        self.actions_layout.addWidget(self.cancel_button)

        self.retry_button = QPushButton(OutboxPage)
        self.retry_button.setObjectName(u"retry_button")

        self.actions_layout.addWidget(self.retry_button)

        self.actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.count_label = QLabel(OutboxPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.actions_layout.addWidget(self.count_label)


        self.page_layout.addLayout(self.actions_layout)

        self.details_splitter = QSplitter(OutboxPage)
        self.details_splitter.setObjectName(u"details_splitter")
        self.details_splitter.setOrientation(Qt.Orientation.Vertical)
        self.details_splitter.setChildrenCollapsible(False)
        self.alerts_view = QTableView(self.details_splitter)
        self.alerts_view.setObjectName(u"alerts_view")
        self.alerts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alerts_view.setAlternatingRowColors(True)
        self.alerts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.alerts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alerts_view.setWordWrap(False)
        self.details_splitter.addWidget(self.alerts_view)
        self.alerts_view.verticalHeader().setVisible(False)
        self.deliveries_widget = QWidget(self.details_splitter)
        self.deliveries_widget.setObjectName(u"deliveries_widget")
        self.deliveries_layout = QVBoxLayout(self.deliveries_widget)
        self.deliveries_layout.setObjectName(u"deliveries_layout")
        self.deliveries_layout.setContentsMargins(0, 0, 0, 0)
        self.deliveries_label = QLabel(self.deliveries_widget)
        self.deliveries_label.setObjectName(u"deliveries_label")
        self.deliveries_label.setStyleSheet(u"font-weight: bold;")
        self.deliveries_label.setText(u"")
        self.deliveries_label.setWordWrap(True)

        self.deliveries_layout.addWidget(self.deliveries_label)

        self.deliveries_view = QTableView(self.deliveries_widget)
        self.deliveries_view.setObjectName(u"deliveries_view")
        self.deliveries_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deliveries_view.setAlternatingRowColors(True)
        self.deliveries_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.deliveries_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deliveries_view.setWordWrap(False)
        self.deliveries_view.horizontalHeader().setStretchLastSection(True)
        self.deliveries_view.verticalHeader().setVisible(False)

        self.deliveries_layout.addWidget(self.deliveries_view)

        self.delivery_actions_layout = QHBoxLayout()
        self.delivery_actions_layout.setObjectName(u"delivery_actions_layout")
        self.retry_deliveries_button = QPushButton(self.deliveries_widget)
        self.retry_deliveries_button.setObjectName(u"retry_deliveries_button")

        self.delivery_actions_layout.addWidget(self.retry_deliveries_button)

        self.cancel_deliveries_button = QPushButton(self.deliveries_widget)
        self.cancel_deliveries_button.setObjectName(u"cancel_deliveries_button")

        self.delivery_actions_layout.addWidget(self.cancel_deliveries_button)

        self.resend_uncertain_button = QPushButton(self.deliveries_widget)
        self.resend_uncertain_button.setObjectName(u"resend_uncertain_button")

        self.delivery_actions_layout.addWidget(self.resend_uncertain_button)

        self.delivery_actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.delivery_actions_layout.addItem(self.delivery_actions_spacer)


        self.deliveries_layout.addLayout(self.delivery_actions_layout)

        self.details_splitter.addWidget(self.deliveries_widget)

        self.page_layout.addWidget(self.details_splitter)

        self.page_layout.setStretch(4, 1)
        QWidget.setTabOrder(self.alerts_view, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.retry_button)
        QWidget.setTabOrder(self.retry_button, self.deliveries_view)
        QWidget.setTabOrder(self.deliveries_view, self.retry_deliveries_button)
        QWidget.setTabOrder(self.retry_deliveries_button, self.cancel_deliveries_button)
        QWidget.setTabOrder(self.cancel_deliveries_button, self.resend_uncertain_button)
        QWidget.setTabOrder(self.resend_uncertain_button, self.refresh_button)

        self.retranslateUi(OutboxPage)

        QMetaObject.connectSlotsByName(OutboxPage)
    # setupUi

    def retranslateUi(self, OutboxPage):
        self.title_label.setText(QCoreApplication.translate("OutboxPage", u"Verzonden", None))
#if QT_CONFIG(tooltip)
        self.refresh_button.setToolTip(QCoreApplication.translate("OutboxPage", u"Opnieuw inlezen (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.refresh_button.setText(QCoreApplication.translate("OutboxPage", u"&Vernieuwen", None))
        self.modems_group.setTitle(QCoreApplication.translate("OutboxPage", u"Modems", None))
#if QT_CONFIG(tooltip)
        self.cancel_button.setToolTip(QCoreApplication.translate("OutboxPage", u"Wat van dit bericht nog in de wachtrij staat, wordt niet meer verstuurd.", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("OutboxPage", u"&Annuleer wat nog wacht\u2026", None))
#if QT_CONFIG(tooltip)
        self.retry_button.setToolTip(QCoreApplication.translate("OutboxPage", u"Mislukte en onzekere leveringen van dit bericht opnieuw in de wachtrij zetten.", None))
#endif // QT_CONFIG(tooltip)
        self.retry_button.setText(QCoreApplication.translate("OutboxPage", u"&Opnieuw versturen (mislukt/onzeker)\u2026", None))
#if QT_CONFIG(tooltip)
        self.retry_deliveries_button.setToolTip(QCoreApplication.translate("OutboxPage", u"De geselecteerde mislukte of onzekere leveringen opnieuw versturen", None))
#endif // QT_CONFIG(tooltip)
        self.retry_deliveries_button.setText(QCoreApplication.translate("OutboxPage", u"Selectie opnieuw versturen", None))
#if QT_CONFIG(tooltip)
        self.cancel_deliveries_button.setToolTip(QCoreApplication.translate("OutboxPage", u"De geselecteerde leveringen die nog wachten niet meer versturen", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_deliveries_button.setText(QCoreApplication.translate("OutboxPage", u"Selectie annuleren", None))
#if QT_CONFIG(tooltip)
        self.resend_uncertain_button.setToolTip(QCoreApplication.translate("OutboxPage", u"Alleen de onzekere leveringen zonder ontvangstbevestiging opnieuw versturen", None))
#endif // QT_CONFIG(tooltip)
        self.resend_uncertain_button.setText(QCoreApplication.translate("OutboxPage", u"Onzekere opnieuw versturen", None))
        pass
    # retranslateUi

