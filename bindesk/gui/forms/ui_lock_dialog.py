# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_LockDialog(object):
    def setupUi(self, LockDialog):
        if not LockDialog.objectName():
            LockDialog.setObjectName(u"LockDialog")
        LockDialog.resize(1366, 768)
        self.dialog_layout = QGridLayout(LockDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.top_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.top_spacer, 0, 1, 1, 1)

        self.left_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dialog_layout.addItem(self.left_spacer, 1, 0, 1, 1)

        self.lock_frame = QFrame(LockDialog)
        self.lock_frame.setObjectName(u"lock_frame")
        self.lock_frame.setMinimumSize(QSize(520, 0))
        self.lock_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame_layout = QVBoxLayout(self.lock_frame)
        self.frame_layout.setObjectName(u"frame_layout")
        self.title_label = QLabel(self.lock_frame)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.frame_layout.addWidget(self.title_label)

        self.who_label = QLabel(self.lock_frame)
        self.who_label.setObjectName(u"who_label")
        self.who_label.setWordWrap(True)
        self.who_label.setText(u"")

        self.frame_layout.addWidget(self.who_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.password_label = QLabel(self.lock_frame)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.lock_frame)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.frame_layout.addLayout(self.form_layout)

        self.message_label = QLabel(self.lock_frame)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setStyleSheet(u"color: #ffd0d0; font-weight: bold;")
        self.message_label.setWordWrap(True)

        self.frame_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.quit_button = QPushButton(self.lock_frame)
        self.quit_button.setObjectName(u"quit_button")

        self.buttons_layout.addWidget(self.quit_button)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.unlock_button = QPushButton(self.lock_frame)
        self.unlock_button.setObjectName(u"unlock_button")

        self.buttons_layout.addWidget(self.unlock_button)


        self.frame_layout.addLayout(self.buttons_layout)


        self.dialog_layout.addWidget(self.lock_frame, 1, 1, 1, 1)

        self.right_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dialog_layout.addItem(self.right_spacer, 1, 2, 1, 1)

        self.bottom_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer, 2, 1, 1, 1)

#if QT_CONFIG(shortcut)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LockDialog)

        self.unlock_button.setDefault(True)


        QMetaObject.connectSlotsByName(LockDialog)
    # setupUi

    def retranslateUi(self, LockDialog):
        LockDialog.setWindowTitle(QCoreApplication.translate("LockDialog", u"bindesk \u2014 vergrendeld", None))
        self.title_label.setText(QCoreApplication.translate("LockDialog", u"bindesk is vergrendeld", None))
        self.password_label.setText(QCoreApplication.translate("LockDialog", u"&Wachtwoord:", None))
        self.quit_button.setText(QCoreApplication.translate("LockDialog", u"bindesk &afsluiten", None))
        self.unlock_button.setText(QCoreApplication.translate("LockDialog", u"&Ontgrendelen", None))
    # retranslateUi

