# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 768)
        self.lock_action = QAction(MainWindow)
        self.lock_action.setObjectName(u"lock_action")
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
        self.log_file_action = QAction(MainWindow)
        self.log_file_action.setObjectName(u"log_file_action")
        self.possible_opt_outs_action = QAction(MainWindow)
        self.possible_opt_outs_action.setObjectName(u"possible_opt_outs_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.demo_banner_label = QLabel(self.central_widget)
        self.demo_banner_label.setObjectName(u"demo_banner_label")
        self.demo_banner_label.setStyleSheet(u"background: #f0a020; color: #202020; font-weight: bold; padding: 4px 12px;")

        self.central_layout.addWidget(self.demo_banner_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setSpacing(0)
        self.body_layout.setObjectName(u"body_layout")
        self.nav_list = QListWidget(self.central_widget)
        self.nav_list.setObjectName(u"nav_list")
        self.nav_list.setMinimumSize(QSize(200, 0))
        self.nav_list.setMaximumSize(QSize(200, 16777215))
        self.nav_list.setStyleSheet(u"QListWidget { background: #23395d; color: #ffffff; border: none; outline: 0; font-size: 11pt; }\n"
"QListWidget::item { padding: 10px 12px; }\n"
"QListWidget::item:selected { background: #3e6aa8; color: #ffffff; }\n"
"QListWidget:focus { border: 3px solid #f5a623; }")
        self.nav_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.body_layout.addWidget(self.nav_list)

        self.page_stack = QStackedWidget(self.central_widget)
        self.page_stack.setObjectName(u"page_stack")

        self.body_layout.addWidget(self.page_stack)


        self.central_layout.addLayout(self.body_layout)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.messages_menu = QMenu(self.menu_bar)
        self.messages_menu.setObjectName(u"messages_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.messages_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.messages_menu.addAction(self.possible_opt_outs_action)
        self.help_menu.addAction(self.log_file_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"bindesk", None))
        self.lock_action.setText(QCoreApplication.translate("MainWindow", u"&Vergrendelen", None))
#if QT_CONFIG(shortcut)
        self.lock_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Afsluiten", None))
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.log_file_action.setText(QCoreApplication.translate("MainWindow", u"Waar staat het &logbestand?", None))
        self.possible_opt_outs_action.setText(QCoreApplication.translate("MainWindow", u"&Mogelijke afmeldingen\u2026", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&Over bindesk", None))
        self.demo_banner_label.setText(QCoreApplication.translate("MainWindow", u"SIMULATIE \u2014 demogegevens met fictieve leden en nummers. Berichten gaan niet naar echte mensen.", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Bestand", None))
        self.messages_menu.setTitle(QCoreApplication.translate("MainWindow", u"Be&richten", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

