# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_page.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_MembersPage(object):
    def setupUi(self, MembersPage):
        if not MembersPage.objectName():
            MembersPage.setObjectName(u"MembersPage")
        self.page_layout = QVBoxLayout(MembersPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(MembersPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.page_layout.addWidget(self.title_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search_edit = QLineEdit(MembersPage)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(320, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_edit)

        self.network_combo = QComboBox(MembersPage)
        self.network_combo.setObjectName(u"network_combo")
        self.network_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.network_combo)

        self.status_combo = QComboBox(MembersPage)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.status_combo)

        self.count_label = QLabel(MembersPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"0")

        self.filter_layout.addWidget(self.count_label)


        self.page_layout.addLayout(self.filter_layout)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.add_button = QPushButton(MembersPage)
        self.add_button.setObjectName(u"add_button")

        self.actions_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(MembersPage)
        self.edit_button.setObjectName(u"edit_button")

        self.actions_layout.addWidget(self.edit_button)

        self.opt_out_button = QPushButton(MembersPage)
        self.opt_out_button.setObjectName(u"opt_out_button")

        self.actions_layout.addWidget(self.opt_out_button)

        self.personal_data_button = QPushButton(MembersPage)
        self.personal_data_button.setObjectName(u"personal_data_button")

        self.actions_layout.addWidget(self.personal_data_button)

        self.erase_button = QPushButton(MembersPage)
        self.erase_button.setObjectName(u"erase_button")

        self.actions_layout.addWidget(self.erase_button)

        self.actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.import_button = QPushButton(MembersPage)
        self.import_button.setObjectName(u"import_button")

        self.actions_layout.addWidget(self.import_button)

        self.export_button = QPushButton(MembersPage)
        self.export_button.setObjectName(u"export_button")

        self.actions_layout.addWidget(self.export_button)


        self.page_layout.addLayout(self.actions_layout)

        self.members_view = QTableView(MembersPage)
        self.members_view.setObjectName(u"members_view")
        self.members_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_view.setAlternatingRowColors(True)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_view.setSortingEnabled(True)
        self.members_view.setWordWrap(False)
        self.members_view.horizontalHeader().setStretchLastSection(True)
        self.members_view.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.members_view)

        self.loading_label = QLabel(MembersPage)
        self.loading_label.setObjectName(u"loading_label")

        self.page_layout.addWidget(self.loading_label)

        self.page_layout.setStretch(3, 1)

        self.retranslateUi(MembersPage)

        QMetaObject.connectSlotsByName(MembersPage)
    # setupUi

    def retranslateUi(self, MembersPage):
        self.title_label.setText(QCoreApplication.translate("MembersPage", u"Leden", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("MembersPage", u"Zoeken op naam, straat, huisnummer of gsm (bv. 0470 of Kerkstr)\u2026", None))
        self.add_button.setText(QCoreApplication.translate("MembersPage", u"&Nieuw lid\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("MembersPage", u"&Openen\u2026", None))
#if QT_CONFIG(tooltip)
        self.opt_out_button.setToolTip(QCoreApplication.translate("MembersPage", u"Het lid wil geen berichten meer: vanaf nu krijgt het geen enkele sms meer.", None))
#endif // QT_CONFIG(tooltip)
        self.opt_out_button.setText(QCoreApplication.translate("MembersPage", u"Af&melden", None))
#if QT_CONFIG(tooltip)
        self.personal_data_button.setToolTip(QCoreApplication.translate("MembersPage", u"Alle gegevens over dit lid bewaren in een bestand (recht op inzage, GDPR).", None))
#endif // QT_CONFIG(tooltip)
        self.personal_data_button.setText(QCoreApplication.translate("MembersPage", u"&Inzage\u2026", None))
#if QT_CONFIG(tooltip)
        self.erase_button.setToolTip(QCoreApplication.translate("MembersPage", u"Het lid definitief wissen (recht op vergetelheid, GDPR).", None))
#endif // QT_CONFIG(tooltip)
        self.erase_button.setText(QCoreApplication.translate("MembersPage", u"W&issen\u2026", None))
        self.import_button.setText(QCoreApplication.translate("MembersPage", u"I&mporteren\u2026", None))
        self.export_button.setText(QCoreApplication.translate("MembersPage", u"E&xporteren\u2026", None))
        self.loading_label.setText(QCoreApplication.translate("MembersPage", u"Leden worden geladen\u2026", None))
        pass
    # retranslateUi

