# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'alert_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AlertPage(object):
    def setupUi(self, AlertPage):
        if not AlertPage.objectName():
            AlertPage.setObjectName(u"AlertPage")
        self.page_layout = QVBoxLayout(AlertPage)
        self.page_layout.setObjectName(u"page_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(AlertPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.sending_label = QLabel(AlertPage)
        self.sending_label.setObjectName(u"sending_label")
        self.sending_label.setText(u"")

        self.header_layout.addWidget(self.sending_label)


        self.page_layout.addLayout(self.header_layout)

        self.role_notice_label = QLabel(AlertPage)
        self.role_notice_label.setObjectName(u"role_notice_label")
        self.role_notice_label.setStyleSheet(u"background: #fdecea; color: #8a1c1c; padding: 6px; border-radius: 3px;")
        self.role_notice_label.setText(u"")
        self.role_notice_label.setWordWrap(True)

        self.page_layout.addWidget(self.role_notice_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.networks_group = QGroupBox(AlertPage)
        self.networks_group.setObjectName(u"networks_group")
        self.networks_layout = QVBoxLayout(self.networks_group)
        self.networks_layout.setObjectName(u"networks_layout")
        self.networks_list = QListWidget(self.networks_group)
        self.networks_list.setObjectName(u"networks_list")
        self.networks_list.setStyleSheet(u"QListWidget::item { padding: 5px 2px; }")
        self.networks_list.setAlternatingRowColors(True)

        self.networks_layout.addWidget(self.networks_list)

        self.networks_hint_label = QLabel(self.networks_group)
        self.networks_hint_label.setObjectName(u"networks_hint_label")
        self.networks_hint_label.setText(u"")
        self.networks_hint_label.setWordWrap(True)

        self.networks_layout.addWidget(self.networks_hint_label)


        self.columns_layout.addWidget(self.networks_group)

        self.compose_group = QGroupBox(AlertPage)
        self.compose_group.setObjectName(u"compose_group")
        self.compose_layout = QVBoxLayout(self.compose_group)
        self.compose_layout.setObjectName(u"compose_layout")
        self.compose_form_layout = QFormLayout()
        self.compose_form_layout.setObjectName(u"compose_form_layout")
        self.kind_label = QLabel(self.compose_group)
        self.kind_label.setObjectName(u"kind_label")

        self.compose_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_layout = QHBoxLayout()
        self.kind_layout.setObjectName(u"kind_layout")
        self.urgent_radio = QRadioButton(self.compose_group)
        self.urgent_radio.setObjectName(u"urgent_radio")
        self.urgent_radio.setChecked(True)

        self.kind_layout.addWidget(self.urgent_radio)

        self.prevention_radio = QRadioButton(self.compose_group)
        self.prevention_radio.setObjectName(u"prevention_radio")

        self.kind_layout.addWidget(self.prevention_radio)

        self.feedback_radio = QRadioButton(self.compose_group)
        self.feedback_radio.setObjectName(u"feedback_radio")

        self.kind_layout.addWidget(self.feedback_radio)

        self.kind_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kind_layout.addItem(self.kind_spacer)


        self.compose_form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kind_layout)

        self.follow_up_label = QLabel(self.compose_group)
        self.follow_up_label.setObjectName(u"follow_up_label")

        self.compose_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.follow_up_label)

        self.follow_up_combo = QComboBox(self.compose_group)
        self.follow_up_combo.setObjectName(u"follow_up_combo")
        self.follow_up_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.follow_up_combo.setMinimumContentsLength(20)

        self.compose_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.follow_up_combo)

        self.tip_label = QLabel(self.compose_group)
        self.tip_label.setObjectName(u"tip_label")

        self.compose_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tip_label)

        self.tip_layout = QHBoxLayout()
        self.tip_layout.setObjectName(u"tip_layout")
        self.tip_search_edit = QLineEdit(self.compose_group)
        self.tip_search_edit.setObjectName(u"tip_search_edit")
        self.tip_search_edit.setClearButtonEnabled(True)
        self.tip_search_edit.setMaximumSize(QSize(180, 16777215))

        self.tip_layout.addWidget(self.tip_search_edit)

        self.tip_combo = QComboBox(self.compose_group)
        self.tip_combo.setObjectName(u"tip_combo")
        self.tip_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tip_combo.setMinimumContentsLength(16)
        self.tip_combo.setMaxVisibleItems(20)

        self.tip_layout.addWidget(self.tip_combo)

        self.edit_text_button = QPushButton(self.compose_group)
        self.edit_text_button.setObjectName(u"edit_text_button")

        self.tip_layout.addWidget(self.edit_text_button)

        self.tip_layout.setStretch(1, 1)

        self.compose_form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.tip_layout)

        self.street_label = QLabel(self.compose_group)
        self.street_label.setObjectName(u"street_label")

        self.compose_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street_combo = QComboBox(self.compose_group)
        self.street_combo.setObjectName(u"street_combo")
        self.street_combo.setEditable(True)
        self.street_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.compose_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.street_combo)


        self.compose_layout.addLayout(self.compose_form_layout)

        self.template_label = QLabel(self.compose_group)
        self.template_label.setObjectName(u"template_label")
        self.template_label.setStyleSheet(u"color: #555555; padding-top: 8px;")
        self.template_label.setText(u"")
        self.template_label.setTextFormat(Qt.TextFormat.RichText)
        self.template_label.setWordWrap(True)

        self.compose_layout.addWidget(self.template_label)

        self.free_text_label = QLabel(self.compose_group)
        self.free_text_label.setObjectName(u"free_text_label")

        self.compose_layout.addWidget(self.free_text_label)

        self.free_text_edit = QPlainTextEdit(self.compose_group)
        self.free_text_edit.setObjectName(u"free_text_edit")
        self.free_text_edit.setTabChangesFocus(True)

        self.compose_layout.addWidget(self.free_text_edit)

        self.compose_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.compose_layout.addItem(self.compose_spacer)

        self.compose_layout.setStretch(3, 1)

        self.columns_layout.addWidget(self.compose_group)

        self.check_group = QGroupBox(AlertPage)
        self.check_group.setObjectName(u"check_group")
        self.check_layout = QVBoxLayout(self.check_group)
        self.check_layout.setObjectName(u"check_layout")
        self.preview_label = QLabel(self.check_group)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setMinimumSize(QSize(0, 90))
        self.preview_label.setStyleSheet(u"background: #ffffff; border: 1px solid #b8bcc4; border-radius: 6px; padding: 8px; font-size: 11pt;")
        self.preview_label.setText(u"")
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.check_layout.addWidget(self.preview_label)

        self.counter_label = QLabel(self.check_group)
        self.counter_label.setObjectName(u"counter_label")
        self.counter_label.setStyleSheet(u"font-weight: bold;")
        self.counter_label.setText(u"")

        self.check_layout.addWidget(self.counter_label)

        self.length_label = QLabel(self.check_group)
        self.length_label.setObjectName(u"length_label")
        self.length_label.setStyleSheet(u"background: #fff4d6; color: #6b4a00; padding: 6px; border-radius: 4px;")
        self.length_label.setText(u"")
        self.length_label.setWordWrap(True)

        self.check_layout.addWidget(self.length_label)

        self.shorter_button = QPushButton(self.check_group)
        self.shorter_button.setObjectName(u"shorter_button")

        self.check_layout.addWidget(self.shorter_button)

        self.special_label = QLabel(self.check_group)
        self.special_label.setObjectName(u"special_label")
        self.special_label.setText(u"")
        self.special_label.setWordWrap(True)

        self.check_layout.addWidget(self.special_label)

        self.transliterate_check = QCheckBox(self.check_group)
        self.transliterate_check.setObjectName(u"transliterate_check")

        self.check_layout.addWidget(self.transliterate_check)

        self.changes_label = QLabel(self.check_group)
        self.changes_label.setObjectName(u"changes_label")
        self.changes_label.setText(u"")
        self.changes_label.setWordWrap(True)

        self.check_layout.addWidget(self.changes_label)

        self.recipients_label = QLabel(self.check_group)
        self.recipients_label.setObjectName(u"recipients_label")
        self.recipients_label.setStyleSheet(u"font-size: 11pt;")
        self.recipients_label.setText(u"")
        self.recipients_label.setWordWrap(True)

        self.check_layout.addWidget(self.recipients_label)

        self.privacy_label = QLabel(self.check_group)
        self.privacy_label.setObjectName(u"privacy_label")
        self.privacy_label.setStyleSheet(u"background: #fde2e1; color: #7a1010; padding: 6px; border-radius: 4px;")
        self.privacy_label.setText(u"")
        self.privacy_label.setWordWrap(True)

        self.check_layout.addWidget(self.privacy_label)

        self.hint_label = QLabel(self.check_group)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setStyleSheet(u"color: #8a1c1c;")
        self.hint_label.setText(u"")
        self.hint_label.setWordWrap(True)

        self.check_layout.addWidget(self.hint_label)

        self.check_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.check_layout.addItem(self.check_spacer)

        self.send_button = QPushButton(self.check_group)
        self.send_button.setObjectName(u"send_button")
        self.send_button.setMinimumSize(QSize(0, 40))
        self.send_button.setStyleSheet(u"font-size: 12pt; font-weight: bold;")

        self.check_layout.addWidget(self.send_button)


        self.columns_layout.addWidget(self.check_group)

        self.columns_layout.setStretch(0, 3)
        self.columns_layout.setStretch(1, 5)
        self.columns_layout.setStretch(2, 4)

        self.page_layout.addLayout(self.columns_layout)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.follow_up_label.setBuddy(self.follow_up_combo)
        self.tip_label.setBuddy(self.tip_search_edit)
        self.street_label.setBuddy(self.street_combo)
        self.free_text_label.setBuddy(self.free_text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.networks_list, self.urgent_radio)
        QWidget.setTabOrder(self.urgent_radio, self.follow_up_combo)
        QWidget.setTabOrder(self.follow_up_combo, self.tip_search_edit)
        QWidget.setTabOrder(self.tip_search_edit, self.tip_combo)
        QWidget.setTabOrder(self.tip_combo, self.edit_text_button)
        QWidget.setTabOrder(self.edit_text_button, self.street_combo)
        QWidget.setTabOrder(self.street_combo, self.free_text_edit)
        QWidget.setTabOrder(self.free_text_edit, self.shorter_button)
        QWidget.setTabOrder(self.shorter_button, self.transliterate_check)
        QWidget.setTabOrder(self.transliterate_check, self.send_button)

        self.retranslateUi(AlertPage)

        self.send_button.setDefault(False)


        QMetaObject.connectSlotsByName(AlertPage)
    # setupUi

    def retranslateUi(self, AlertPage):
        self.title_label.setText(QCoreApplication.translate("AlertPage", u"Alarm", None))
        self.networks_group.setTitle(QCoreApplication.translate("AlertPage", u"1. Netwerken", None))
#if QT_CONFIG(tooltip)
        self.networks_list.setToolTip(QCoreApplication.translate("AlertPage", u"Vink de netwerken aan die het bericht krijgen (spatiebalk vinkt aan of af).", None))
#endif // QT_CONFIG(tooltip)
        self.compose_group.setTitle(QCoreApplication.translate("AlertPage", u"2. Bericht", None))
        self.kind_label.setText(QCoreApplication.translate("AlertPage", u"Soort:", None))
        self.urgent_radio.setText(QCoreApplication.translate("AlertPage", u"&Dringend", None))
        self.prevention_radio.setText(QCoreApplication.translate("AlertPage", u"&Preventie", None))
        self.feedback_radio.setText(QCoreApplication.translate("AlertPage", u"&Opvolging", None))
        self.follow_up_label.setText(QCoreApplication.translate("AlertPage", u"Opvolging va&n:", None))
#if QT_CONFIG(tooltip)
        self.follow_up_combo.setToolTip(QCoreApplication.translate("AlertPage", u"Het oorspronkelijke bericht: de opvolging gaat naar dezelfde ontvangers.", None))
#endif // QT_CONFIG(tooltip)
        self.tip_label.setText(QCoreApplication.translate("AlertPage", u"&Tip:", None))
        self.tip_search_edit.setPlaceholderText(QCoreApplication.translate("AlertPage", u"zoek een tip\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_text_button.setToolTip(QCoreApplication.translate("AlertPage", u"De ingevulde tip als eigen tekst verder aanpassen.", None))
#endif // QT_CONFIG(tooltip)
        self.edit_text_button.setText(QCoreApplication.translate("AlertPage", u"Tekst &aanpassen", None))
        self.street_label.setText(QCoreApplication.translate("AlertPage", u"&Straat:", None))
#if QT_CONFIG(tooltip)
        self.street_combo.setToolTip(QCoreApplication.translate("AlertPage", u"De straat van het incident: wie daar woont, krijgt het bericht eerst.", None))
#endif // QT_CONFIG(tooltip)
        self.free_text_label.setText(QCoreApplication.translate("AlertPage", u"&Eigen tekst:", None))
        self.free_text_edit.setPlaceholderText(QCoreApplication.translate("AlertPage", u"Typ hier het bericht, of kies hierboven een tip.", None))
        self.check_group.setTitle(QCoreApplication.translate("AlertPage", u"3. Controleren en versturen", None))
#if QT_CONFIG(tooltip)
        self.shorter_button.setToolTip(QCoreApplication.translate("AlertPage", u"Vervangt de tekst door de kortere versie hierboven; u kunt ze daarna nog aanpassen.", None))
#endif // QT_CONFIG(tooltip)
        self.shorter_button.setText(QCoreApplication.translate("AlertPage", u"Korte&re versie gebruiken", None))
#if QT_CONFIG(tooltip)
        self.transliterate_check.setToolTip(QCoreApplication.translate("AlertPage", u"Vervangt tekens die niet in het gewone sms-alfabet staan (\u00eb wordt e). Het bericht wordt dan korter en goedkoper; de letters zien er iets anders uit.", None))
#endif // QT_CONFIG(tooltip)
        self.transliterate_check.setText(QCoreApplication.translate("AlertPage", u"Vervang speciale te&kens", None))
        self.send_button.setText(QCoreApplication.translate("AlertPage", u"&Versturen\u2026 (Ctrl+Enter)", None))
        pass
    # retranslateUi

