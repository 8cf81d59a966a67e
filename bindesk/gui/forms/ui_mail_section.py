# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_section.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_MailSection(object):
    def setupUi(self, MailSection):
        if not MailSection.objectName():
            MailSection.setObjectName(u"MailSection")
        self.section_layout = QVBoxLayout(MailSection)
        self.section_layout.setObjectName(u"section_layout")
        self.override_label = QLabel(MailSection)
        self.override_label.setObjectName(u"override_label")
        self.override_label.setWordWrap(True)
        self.override_label.setStyleSheet(u"color: #664d03; background: #fff3cd; padding: 3px;")
        self.override_label.setText(u"")

        self.section_layout.addWidget(self.override_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.smtp_group = QGroupBox(MailSection)
        self.smtp_group.setObjectName(u"smtp_group")
        self.smtp_layout = QFormLayout(self.smtp_group)
        self.smtp_layout.setObjectName(u"smtp_layout")
        self.host_label = QLabel(self.smtp_group)
        self.host_label.setObjectName(u"host_label")

        self.smtp_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_edit = QLineEdit(self.smtp_group)
        self.host_edit.setObjectName(u"host_edit")

        self.smtp_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.port_label = QLabel(self.smtp_group)
        self.port_label.setObjectName(u"port_label")

        self.smtp_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.port_label)

        self.port_spin = QSpinBox(self.smtp_group)
        self.port_spin.setObjectName(u"port_spin")
        self.port_spin.setMinimum(1)
        self.port_spin.setMaximum(65535)

        self.smtp_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port_spin)

        self.security_label = QLabel(self.smtp_group)
        self.security_label.setObjectName(u"security_label")

        self.smtp_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.security_label)

        self.security_combo = QComboBox(self.smtp_group)
        self.security_combo.setObjectName(u"security_combo")

        self.smtp_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.security_combo)

        self.auth_label = QLabel(self.smtp_group)
        self.auth_label.setObjectName(u"auth_label")

        self.smtp_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.auth_label)

        self.auth_combo = QComboBox(self.smtp_group)
        self.auth_combo.setObjectName(u"auth_combo")

        self.smtp_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.auth_combo)

        self.username_label = QLabel(self.smtp_group)
        self.username_label.setObjectName(u"username_label")

        self.smtp_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.smtp_group)
        self.username_edit.setObjectName(u"username_edit")

        self.smtp_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_label = QLabel(self.smtp_group)
        self.password_label.setObjectName(u"password_label")

        self.smtp_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.smtp_group)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.smtp_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.sender_name_label = QLabel(self.smtp_group)
        self.sender_name_label.setObjectName(u"sender_name_label")

        self.smtp_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sender_name_label)

        self.sender_name_edit = QLineEdit(self.smtp_group)
        self.sender_name_edit.setObjectName(u"sender_name_edit")

        self.smtp_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sender_name_edit)

        self.sender_address_label = QLabel(self.smtp_group)
        self.sender_address_label.setObjectName(u"sender_address_label")

        self.smtp_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sender_address_label)

        self.sender_address_edit = QLineEdit(self.smtp_group)
        self.sender_address_edit.setObjectName(u"sender_address_edit")

        self.smtp_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sender_address_edit)

        self.reply_to_label = QLabel(self.smtp_group)
        self.reply_to_label.setObjectName(u"reply_to_label")

        self.smtp_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reply_to_label)

        self.reply_to_edit = QLineEdit(self.smtp_group)
        self.reply_to_edit.setObjectName(u"reply_to_edit")

        self.smtp_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reply_to_edit)

        self.rate_label = QLabel(self.smtp_group)
        self.rate_label.setObjectName(u"rate_label")

        self.smtp_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.rate_label)

        self.rate_spin = QSpinBox(self.smtp_group)
        self.rate_spin.setObjectName(u"rate_spin")
        self.rate_spin.setMinimum(0)
        self.rate_spin.setMaximum(10000)

        self.smtp_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.rate_spin)


        self.columns_layout.addWidget(self.smtp_group)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.oauth_group = QGroupBox(MailSection)
        self.oauth_group.setObjectName(u"oauth_group")
        self.oauth_layout = QFormLayout(self.oauth_group)
        self.oauth_layout.setObjectName(u"oauth_layout")
        self.client_id_label = QLabel(self.oauth_group)
        self.client_id_label.setObjectName(u"client_id_label")

        self.oauth_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.client_id_label)

        self.client_id_edit = QLineEdit(self.oauth_group)
        self.client_id_edit.setObjectName(u"client_id_edit")

        self.oauth_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.client_id_edit)

        self.tenant_label = QLabel(self.oauth_group)
        self.tenant_label.setObjectName(u"tenant_label")

        self.oauth_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tenant_label)

        self.tenant_edit = QLineEdit(self.oauth_group)
        self.tenant_edit.setObjectName(u"tenant_edit")

        self.oauth_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tenant_edit)

        self.oauth_row_layout = QHBoxLayout()
        self.oauth_row_layout.setObjectName(u"oauth_row_layout")
        self.oauth_login_button = QPushButton(self.oauth_group)
        self.oauth_login_button.setObjectName(u"oauth_login_button")

        self.oauth_row_layout.addWidget(self.oauth_login_button)

        self.oauth_status_label = QLabel(self.oauth_group)
        self.oauth_status_label.setObjectName(u"oauth_status_label")
        self.oauth_status_label.setWordWrap(True)
        self.oauth_status_label.setText(u"")

        self.oauth_row_layout.addWidget(self.oauth_status_label)


        self.oauth_layout.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.oauth_row_layout)

        self.device_code_label = QLabel(self.oauth_group)
        self.device_code_label.setObjectName(u"device_code_label")
        self.device_code_label.setWordWrap(True)
        self.device_code_label.setStyleSheet(u"background: #e8f0fe; padding: 4px;")
        self.device_code_label.setText(u"")

        self.oauth_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.device_code_label)

        self.it_help_label = QLabel(self.oauth_group)
        self.it_help_label.setObjectName(u"it_help_label")
        self.it_help_label.setWordWrap(True)
        self.it_help_label.setStyleSheet(u"color: #444;")
        self.it_help_label.setText(u"")

        self.oauth_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.it_help_label)


        self.right_layout.addWidget(self.oauth_group)

        self.imap_group = QGroupBox(MailSection)
        self.imap_group.setObjectName(u"imap_group")
        self.imap_layout = QFormLayout(self.imap_group)
        self.imap_layout.setObjectName(u"imap_layout")
        self.imap_host_label = QLabel(self.imap_group)
        self.imap_host_label.setObjectName(u"imap_host_label")

        self.imap_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.imap_host_label)

        self.imap_host_edit = QLineEdit(self.imap_group)
        self.imap_host_edit.setObjectName(u"imap_host_edit")

        self.imap_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.imap_host_edit)

        self.imap_port_label = QLabel(self.imap_group)
        self.imap_port_label.setObjectName(u"imap_port_label")

        self.imap_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.imap_port_label)

        self.imap_port_spin = QSpinBox(self.imap_group)
        self.imap_port_spin.setObjectName(u"imap_port_spin")
        self.imap_port_spin.setMinimum(1)
        self.imap_port_spin.setMaximum(65535)

        self.imap_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.imap_port_spin)

        self.imap_security_label = QLabel(self.imap_group)
        self.imap_security_label.setObjectName(u"imap_security_label")

        self.imap_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.imap_security_label)

        self.imap_security_combo = QComboBox(self.imap_group)
        self.imap_security_combo.setObjectName(u"imap_security_combo")

        self.imap_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.imap_security_combo)

        self.imap_auth_label = QLabel(self.imap_group)
        self.imap_auth_label.setObjectName(u"imap_auth_label")

        self.imap_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.imap_auth_label)

        self.imap_auth_combo = QComboBox(self.imap_group)
        self.imap_auth_combo.setObjectName(u"imap_auth_combo")

        self.imap_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.imap_auth_combo)

        self.imap_user_label = QLabel(self.imap_group)
        self.imap_user_label.setObjectName(u"imap_user_label")

        self.imap_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.imap_user_label)

        self.imap_user_edit = QLineEdit(self.imap_group)
        self.imap_user_edit.setObjectName(u"imap_user_edit")

        self.imap_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.imap_user_edit)

        self.imap_password_label = QLabel(self.imap_group)
        self.imap_password_label.setObjectName(u"imap_password_label")

        self.imap_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.imap_password_label)

        self.imap_password_edit = QLineEdit(self.imap_group)
        self.imap_password_edit.setObjectName(u"imap_password_edit")
        self.imap_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.imap_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.imap_password_edit)

        self.imap_folder_label = QLabel(self.imap_group)
        self.imap_folder_label.setObjectName(u"imap_folder_label")

        self.imap_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.imap_folder_label)

        self.imap_folder_edit = QLineEdit(self.imap_group)
        self.imap_folder_edit.setObjectName(u"imap_folder_edit")

        self.imap_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.imap_folder_edit)

        self.bounces_row_layout = QHBoxLayout()
        self.bounces_row_layout.setObjectName(u"bounces_row_layout")
        self.fetch_bounces_button = QPushButton(self.imap_group)
        self.fetch_bounces_button.setObjectName(u"fetch_bounces_button")

        self.bounces_row_layout.addWidget(self.fetch_bounces_button)

        self.bounces_result_label = QLabel(self.imap_group)
        self.bounces_result_label.setObjectName(u"bounces_result_label")
        self.bounces_result_label.setWordWrap(True)
        self.bounces_result_label.setText(u"")

        self.bounces_row_layout.addWidget(self.bounces_result_label)


        self.imap_layout.setLayout(7, QFormLayout.ItemRole.SpanningRole, self.bounces_row_layout)


        self.right_layout.addWidget(self.imap_group)

        self.right_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.right_spacer)


        self.columns_layout.addLayout(self.right_layout)

        self.columns_layout.setStretch(0, 1)
        self.columns_layout.setStretch(1, 1)

        self.section_layout.addLayout(self.columns_layout)

        self.test_layout = QHBoxLayout()
        self.test_layout.setObjectName(u"test_layout")
        self.test_address_label = QLabel(MailSection)
        self.test_address_label.setObjectName(u"test_address_label")

        self.test_layout.addWidget(self.test_address_label)

        self.test_address_edit = QLineEdit(MailSection)
        self.test_address_edit.setObjectName(u"test_address_edit")

        self.test_layout.addWidget(self.test_address_edit)

        self.test_button = QPushButton(MailSection)
        self.test_button.setObjectName(u"test_button")

        self.test_layout.addWidget(self.test_button)

        self.test_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.test_layout.addItem(self.test_spacer)

        self.save_button = QPushButton(MailSection)
        self.save_button.setObjectName(u"save_button")

        self.test_layout.addWidget(self.save_button)


        self.section_layout.addLayout(self.test_layout)

        self.test_result_label = QLabel(MailSection)
        self.test_result_label.setObjectName(u"test_result_label")
        self.test_result_label.setWordWrap(True)
        self.test_result_label.setText(u"")

        self.section_layout.addWidget(self.test_result_label)

        self.bottom_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.section_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.host_label.setBuddy(self.host_edit)
        self.port_label.setBuddy(self.port_spin)
        self.security_label.setBuddy(self.security_combo)
        self.auth_label.setBuddy(self.auth_combo)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.sender_name_label.setBuddy(self.sender_name_edit)
        self.sender_address_label.setBuddy(self.sender_address_edit)
        self.reply_to_label.setBuddy(self.reply_to_edit)
        self.rate_label.setBuddy(self.rate_spin)
        self.client_id_label.setBuddy(self.client_id_edit)
        self.tenant_label.setBuddy(self.tenant_edit)
        self.imap_host_label.setBuddy(self.imap_host_edit)
        self.imap_port_label.setBuddy(self.imap_port_spin)
        self.imap_security_label.setBuddy(self.imap_security_combo)
        self.imap_auth_label.setBuddy(self.imap_auth_combo)
        self.imap_user_label.setBuddy(self.imap_user_edit)
        self.imap_password_label.setBuddy(self.imap_password_edit)
        self.imap_folder_label.setBuddy(self.imap_folder_edit)
        self.test_address_label.setBuddy(self.test_address_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MailSection)

        QMetaObject.connectSlotsByName(MailSection)
    # setupUi

    def retranslateUi(self, MailSection):
        self.smtp_group.setTitle(QCoreApplication.translate("MailSection", u"Verzenden (SMTP)", None))
        self.host_label.setText(QCoreApplication.translate("MailSection", u"&Server:", None))
        self.port_label.setText(QCoreApplication.translate("MailSection", u"&Poort:", None))
        self.security_label.setText(QCoreApplication.translate("MailSection", u"&Beveiliging:", None))
        self.auth_label.setText(QCoreApplication.translate("MailSection", u"&Inloggen met:", None))
        self.username_label.setText(QCoreApplication.translate("MailSection", u"&Gebruiker:", None))
        self.password_label.setText(QCoreApplication.translate("MailSection", u"Wa&chtwoord:", None))
        self.sender_name_label.setText(QCoreApplication.translate("MailSection", u"Afzender (&naam):", None))
        self.sender_address_label.setText(QCoreApplication.translate("MailSection", u"Afzender (a&dres):", None))
        self.reply_to_label.setText(QCoreApplication.translate("MailSection", u"Antwoo&rdadres:", None))
        self.rate_label.setText(QCoreApplication.translate("MailSection", u"&Maximum per minuut:", None))
        self.oauth_group.setTitle(QCoreApplication.translate("MailSection", u"Microsoft 365 (OAuth2)", None))
        self.client_id_label.setText(QCoreApplication.translate("MailSection", u"Toepassings-&id:", None))
        self.tenant_label.setText(QCoreApplication.translate("MailSection", u"&Tenant-id:", None))
        self.oauth_login_button.setText(QCoreApplication.translate("MailSection", u"Inloggen bij &Microsoft\u2026", None))
        self.imap_group.setTitle(QCoreApplication.translate("MailSection", u"Bouncepostbus (IMAP)", None))
        self.imap_host_label.setText(QCoreApplication.translate("MailSection", u"S&erver:", None))
        self.imap_port_label.setText(QCoreApplication.translate("MailSection", u"P&oort:", None))
        self.imap_security_label.setText(QCoreApplication.translate("MailSection", u"Beve&iliging:", None))
        self.imap_auth_label.setText(QCoreApplication.translate("MailSection", u"Inloggen &via:", None))
        self.imap_user_label.setText(QCoreApplication.translate("MailSection", u"Gebr&uiker:", None))
        self.imap_password_label.setText(QCoreApplication.translate("MailSection", u"Wachtwoor&d:", None))
        self.imap_folder_label.setText(QCoreApplication.translate("MailSection", u"Ma&p:", None))
        self.fetch_bounces_button.setText(QCoreApplication.translate("MailSection", u"&Bounces nu ophalen", None))
        self.test_address_label.setText(QCoreApplication.translate("MailSection", u"Testmail &naar:", None))
        self.test_button.setText(QCoreApplication.translate("MailSection", u"&Stuur testmail", None))
        self.save_button.setText(QCoreApplication.translate("MailSection", u"E-mailinstellingen be&waren", None))
        pass
    # retranslateUi

