# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tips_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TipsPage(object):
    def setupUi(self, TipsPage):
        if not TipsPage.objectName():
            TipsPage.setObjectName(u"TipsPage")
        self.page_layout = QVBoxLayout(TipsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(TipsPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.page_layout.addWidget(self.title_label)

        self.intro_label = QLabel(TipsPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.tips_splitter = QSplitter(TipsPage)
        self.tips_splitter.setObjectName(u"tips_splitter")
        self.tips_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.list_widget = QWidget(self.tips_splitter)
        self.list_widget.setObjectName(u"list_widget")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(self.list_widget)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(self.list_widget)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.retired_check = QCheckBox(self.list_widget)
        self.retired_check.setObjectName(u"retired_check")

        self.search_layout.addWidget(self.retired_check)


        self.list_layout.addLayout(self.search_layout)

        self.tips_view = QTableView(self.list_widget)
        self.tips_view.setObjectName(u"tips_view")
        self.tips_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tips_view.setAlternatingRowColors(True)
        self.tips_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tips_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tips_view.setTabKeyNavigation(False)

        self.list_layout.addWidget(self.tips_view)

        self.order_layout = QHBoxLayout()
        self.order_layout.setObjectName(u"order_layout")
        self.new_button = QPushButton(self.list_widget)
        self.new_button.setObjectName(u"new_button")

        self.order_layout.addWidget(self.new_button)

        self.up_button = QPushButton(self.list_widget)
        self.up_button.setObjectName(u"up_button")

        self.order_layout.addWidget(self.up_button)

        self.down_button = QPushButton(self.list_widget)
        self.down_button.setObjectName(u"down_button")

        self.order_layout.addWidget(self.down_button)

        self.order_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.order_layout.addItem(self.order_spacer)

        self.retire_button = QPushButton(self.list_widget)
        self.retire_button.setObjectName(u"retire_button")

        self.order_layout.addWidget(self.retire_button)


        self.list_layout.addLayout(self.order_layout)

        self.tips_splitter.addWidget(self.list_widget)
        self.edit_widget = QWidget(self.tips_splitter)
        self.edit_widget.setObjectName(u"edit_widget")
        self.edit_layout = QGridLayout(self.edit_widget)
        self.edit_layout.setObjectName(u"edit_layout")
        self.edit_layout.setContentsMargins(0, 0, 0, 0)
        self.key_label = QLabel(self.edit_widget)
        self.key_label.setObjectName(u"key_label")

        self.edit_layout.addWidget(self.key_label, 0, 0, 1, 1)

        self.key_edit = QLineEdit(self.edit_widget)
        self.key_edit.setObjectName(u"key_edit")

        self.edit_layout.addWidget(self.key_edit, 0, 1, 1, 1)

        self.title_edit_label = QLabel(self.edit_widget)
        self.title_edit_label.setObjectName(u"title_edit_label")

        self.edit_layout.addWidget(self.title_edit_label, 1, 0, 1, 1)

        self.title_edit = QLineEdit(self.edit_widget)
        self.title_edit.setObjectName(u"title_edit")

        self.edit_layout.addWidget(self.title_edit, 1, 1, 1, 1)

        self.category_label = QLabel(self.edit_widget)
        self.category_label.setObjectName(u"category_label")

        self.edit_layout.addWidget(self.category_label, 2, 0, 1, 1)

        self.category_combo = QComboBox(self.edit_widget)
        self.category_combo.setObjectName(u"category_combo")
        self.category_combo.setEditable(True)

        self.edit_layout.addWidget(self.category_combo, 2, 1, 1, 1)

        self.kind_label = QLabel(self.edit_widget)
        self.kind_label.setObjectName(u"kind_label")

        self.edit_layout.addWidget(self.kind_label, 3, 0, 1, 1)

        self.kind_combo = QComboBox(self.edit_widget)
        self.kind_combo.setObjectName(u"kind_combo")

        self.edit_layout.addWidget(self.kind_combo, 3, 1, 1, 1)

        self.text_label = QLabel(self.edit_widget)
        self.text_label.setObjectName(u"text_label")

        self.edit_layout.addWidget(self.text_label, 4, 0, 1, 1)

        self.text_edit = QPlainTextEdit(self.edit_widget)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)

        self.edit_layout.addWidget(self.text_edit, 4, 1, 1, 1)

        self.fields_label = QLabel(self.edit_widget)
        self.fields_label.setObjectName(u"fields_label")

        self.edit_layout.addWidget(self.fields_label, 5, 0, 1, 1)

        self.fields_view = QTableWidget(self.edit_widget)
        self.fields_view.setObjectName(u"fields_view")
        self.fields_view.setTabKeyNavigation(False)

        self.edit_layout.addWidget(self.fields_view, 5, 1, 1, 1)

        self.action_label = QLabel(self.edit_widget)
        self.action_label.setObjectName(u"action_label")

        self.edit_layout.addWidget(self.action_label, 6, 0, 1, 1)

        self.action_edit = QLineEdit(self.edit_widget)
        self.action_edit.setObjectName(u"action_edit")

        self.edit_layout.addWidget(self.action_edit, 6, 1, 1, 1)

        self.preview_title_label = QLabel(self.edit_widget)
        self.preview_title_label.setObjectName(u"preview_title_label")

        self.edit_layout.addWidget(self.preview_title_label, 7, 0, 1, 1)

        self.preview_label = QLabel(self.edit_widget)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setText(u"")
        self.preview_label.setWordWrap(True)

        self.edit_layout.addWidget(self.preview_label, 7, 1, 1, 1)

        self.hint_label = QLabel(self.edit_widget)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setText(u"")
        self.hint_label.setWordWrap(True)

        self.edit_layout.addWidget(self.hint_label, 8, 1, 1, 1)

        self.save_layout = QHBoxLayout()
        self.save_layout.setObjectName(u"save_layout")
        self.save_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_layout.addItem(self.save_spacer)

        self.revert_button = QPushButton(self.edit_widget)
        self.revert_button.setObjectName(u"revert_button")

        self.save_layout.addWidget(self.revert_button)

        self.save_button = QPushButton(self.edit_widget)
        self.save_button.setObjectName(u"save_button")

        self.save_layout.addWidget(self.save_button)


        self.edit_layout.addLayout(self.save_layout, 9, 1, 1, 1)

        self.tips_splitter.addWidget(self.edit_widget)

        self.page_layout.addWidget(self.tips_splitter)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.key_label.setBuddy(self.key_edit)
        self.title_edit_label.setBuddy(self.title_edit)
        self.category_label.setBuddy(self.category_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.text_label.setBuddy(self.text_edit)
        self.fields_label.setBuddy(self.fields_view)
        self.action_label.setBuddy(self.action_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TipsPage)

        QMetaObject.connectSlotsByName(TipsPage)
    # setupUi

    def retranslateUi(self, TipsPage):
        self.title_label.setText(QCoreApplication.translate("TipsPage", u"Tips", None))
        self.intro_label.setText(QCoreApplication.translate("TipsPage", u"De tips die de balie bij een alarmbericht kiest. Een dringende tip moet met ingevulde velden in \u00e9\u00e9n sms passen.", None))
        self.search_label.setText(QCoreApplication.translate("TipsPage", u"&Zoeken:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("TipsPage", u"titel, tekst of thema", None))
        self.retired_check.setText(QCoreApplication.translate("TipsPage", u"Ook &ingetrokken tips", None))
        self.new_button.setText(QCoreApplication.translate("TipsPage", u"&Nieuwe tip", None))
        self.up_button.setText(QCoreApplication.translate("TipsPage", u"Naar &boven", None))
        self.down_button.setText(QCoreApplication.translate("TipsPage", u"Naar &onder", None))
        self.retire_button.setText(QCoreApplication.translate("TipsPage", u"&Intrekken", None))
        self.key_label.setText(QCoreApplication.translate("TipsPage", u"&Sleutel:", None))
        self.key_edit.setPlaceholderText(QCoreApplication.translate("TipsPage", u"bv. inbraak-garage", None))
        self.title_edit_label.setText(QCoreApplication.translate("TipsPage", u"&Titel:", None))
        self.category_label.setText(QCoreApplication.translate("TipsPage", u"T&hema:", None))
        self.kind_label.setText(QCoreApplication.translate("TipsPage", u"So&ort:", None))
        self.text_label.setText(QCoreApplication.translate("TipsPage", u"Te&kst:", None))
        self.fields_label.setText(QCoreApplication.translate("TipsPage", u"&Velden:", None))
        self.action_label.setText(QCoreApplication.translate("TipsPage", u"&Preventieve actie:", None))
        self.action_edit.setPlaceholderText(QCoreApplication.translate("TipsPage", u"wat de tip de bewoners vraagt", None))
        self.preview_title_label.setText(QCoreApplication.translate("TipsPage", u"Voorbeeld:", None))
        self.revert_button.setText(QCoreApplication.translate("TipsPage", u"&Herstellen", None))
        self.save_button.setText(QCoreApplication.translate("TipsPage", u"Op&slaan", None))
        pass
    # retranslateUi

