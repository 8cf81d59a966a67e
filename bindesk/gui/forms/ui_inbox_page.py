# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inbox_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_InboxPage(object):
    def setupUi(self, InboxPage):
        if not InboxPage.objectName():
            InboxPage.setObjectName(u"InboxPage")
        self.page_layout = QVBoxLayout(InboxPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(InboxPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.page_layout.addWidget(self.title_label)

        self.inbox_tabs = QTabWidget(InboxPage)
        self.inbox_tabs.setObjectName(u"inbox_tabs")
        self.messages_page = QWidget()
        self.messages_page.setObjectName(u"messages_page")
        self.messages_layout = QVBoxLayout(self.messages_page)
        self.messages_layout.setObjectName(u"messages_layout")
        self.messages_filter_layout = QHBoxLayout()
        self.messages_filter_layout.setObjectName(u"messages_filter_layout")
        self.handled_check = QCheckBox(self.messages_page)
        self.handled_check.setObjectName(u"handled_check")

        self.messages_filter_layout.addWidget(self.handled_check)

        self.messages_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.messages_filter_layout.addItem(self.messages_spacer)

        self.messages_count_label = QLabel(self.messages_page)
        self.messages_count_label.setObjectName(u"messages_count_label")
        self.messages_count_label.setText(u"")

        self.messages_filter_layout.addWidget(self.messages_count_label)

        self.refresh_button = QPushButton(self.messages_page)
        self.refresh_button.setObjectName(u"refresh_button")

        self.messages_filter_layout.addWidget(self.refresh_button)


        self.messages_layout.addLayout(self.messages_filter_layout)

        self.messages_splitter = QSplitter(self.messages_page)
        self.messages_splitter.setObjectName(u"messages_splitter")
        self.messages_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.messages_view = QTableView(self.messages_splitter)
        self.messages_view.setObjectName(u"messages_view")
        self.messages_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.messages_view.setAlternatingRowColors(True)
        self.messages_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.messages_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.messages_view.setTabKeyNavigation(False)
        self.messages_splitter.addWidget(self.messages_view)
        self.message_widget = QWidget(self.messages_splitter)
        self.message_widget.setObjectName(u"message_widget")
        self.message_panel_layout = QVBoxLayout(self.message_widget)
        self.message_panel_layout.setObjectName(u"message_panel_layout")
        self.message_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.message_label = QLabel(self.message_widget)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.message_panel_layout.addWidget(self.message_label)

        self.handled_button = QPushButton(self.message_widget)
        self.handled_button.setObjectName(u"handled_button")

        self.message_panel_layout.addWidget(self.handled_button)

        self.reply_label = QLabel(self.message_widget)
        self.reply_label.setObjectName(u"reply_label")

        self.message_panel_layout.addWidget(self.reply_label)

        self.reply_edit = QPlainTextEdit(self.message_widget)
        self.reply_edit.setObjectName(u"reply_edit")
        self.reply_edit.setTabChangesFocus(True)

        self.message_panel_layout.addWidget(self.reply_edit)

        self.reply_counter_label = QLabel(self.message_widget)
        self.reply_counter_label.setObjectName(u"reply_counter_label")
        self.reply_counter_label.setText(u"")
        self.reply_counter_label.setWordWrap(True)

        self.message_panel_layout.addWidget(self.reply_counter_label)

        self.reply_buttons_layout = QHBoxLayout()
        self.reply_buttons_layout.setObjectName(u"reply_buttons_layout")
        self.reply_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reply_buttons_layout.addItem(self.reply_spacer)

        self.reply_button = QPushButton(self.message_widget)
        self.reply_button.setObjectName(u"reply_button")

        self.reply_buttons_layout.addWidget(self.reply_button)


        self.message_panel_layout.addLayout(self.reply_buttons_layout)

        self.message_panel_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.message_panel_layout.addItem(self.message_panel_spacer)

        self.messages_splitter.addWidget(self.message_widget)

        self.messages_layout.addWidget(self.messages_splitter)

        self.inbox_tabs.addTab(self.messages_page, "")
        self.reports_page = QWidget()
        self.reports_page.setObjectName(u"reports_page")
        self.reports_layout = QVBoxLayout(self.reports_page)
        self.reports_layout.setObjectName(u"reports_layout")
        self.reports_intro_label = QLabel(self.reports_page)
        self.reports_intro_label.setObjectName(u"reports_intro_label")
        self.reports_intro_label.setWordWrap(True)

        self.reports_layout.addWidget(self.reports_intro_label)

        self.reports_view = QTableView(self.reports_page)
        self.reports_view.setObjectName(u"reports_view")
        self.reports_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reports_view.setAlternatingRowColors(True)
        self.reports_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reports_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reports_view.setTabKeyNavigation(False)

        self.reports_layout.addWidget(self.reports_view)

        self.inbox_tabs.addTab(self.reports_page, "")

        self.page_layout.addWidget(self.inbox_tabs)

        self.page_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.reply_label.setBuddy(self.reply_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InboxPage)

        QMetaObject.connectSlotsByName(InboxPage)
    # setupUi

    def retranslateUi(self, InboxPage):
        self.title_label.setText(QCoreApplication.translate("InboxPage", u"Inbox", None))
        self.handled_check.setText(QCoreApplication.translate("InboxPage", u"Ook &afgehandelde berichten", None))
        self.refresh_button.setText(QCoreApplication.translate("InboxPage", u"&Vernieuwen", None))
        self.handled_button.setText(QCoreApplication.translate("InboxPage", u"&Afgehandeld", None))
        self.reply_label.setText(QCoreApplication.translate("InboxPage", u"A&ntwoord aan dit lid:", None))
        self.reply_button.setText(QCoreApplication.translate("InboxPage", u"Antwoord &versturen", None))
        self.inbox_tabs.setTabText(self.inbox_tabs.indexOf(self.messages_page), QCoreApplication.translate("InboxPage", u"Berichten", None))
        self.reports_intro_label.setText(QCoreApplication.translate("InboxPage", u"Wat het gsm-netwerk terugmeldde: afgeleverd bij het lid, of niet afgeleverd.", None))
        self.inbox_tabs.setTabText(self.inbox_tabs.indexOf(self.reports_page), QCoreApplication.translate("InboxPage", u"Afleverberichten", None))
        pass
    # retranslateUi

