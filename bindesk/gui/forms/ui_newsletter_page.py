# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'newsletter_page.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QVBoxLayout, QWidget)

class Ui_NewsletterPage(object):
    def setupUi(self, NewsletterPage):
        if not NewsletterPage.objectName():
            NewsletterPage.setObjectName(u"NewsletterPage")
        self.page_layout = QVBoxLayout(NewsletterPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(NewsletterPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.page_layout.addWidget(self.title_label)

        self.main_splitter = QSplitter(NewsletterPage)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.editor_scroll_widget = QScrollArea(self.main_splitter)
        self.editor_scroll_widget.setObjectName(u"editor_scroll_widget")
        self.editor_scroll_widget.setMinimumSize(QSize(440, 0))
        self.editor_scroll_widget.setWidgetResizable(True)
        self.editor_widget = QWidget()
        self.editor_widget.setObjectName(u"editor_widget")
        self.editor_layout = QVBoxLayout(self.editor_widget)
        self.editor_layout.setObjectName(u"editor_layout")
        self.edition_group = QGroupBox(self.editor_widget)
        self.edition_group.setObjectName(u"edition_group")
        self.edition_layout = QFormLayout(self.edition_group)
        self.edition_layout.setObjectName(u"edition_layout")
        self.editions_label = QLabel(self.edition_group)
        self.editions_label.setObjectName(u"editions_label")

        self.edition_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.editions_label)

        self.editions_layout = QHBoxLayout()
        self.editions_layout.setObjectName(u"editions_layout")
        self.editions_combo = QComboBox(self.edition_group)
        self.editions_combo.setObjectName(u"editions_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.editions_combo.sizePolicy().hasHeightForWidth())
        self.editions_combo.setSizePolicy(sizePolicy)

        self.editions_layout.addWidget(self.editions_combo)

        self.new_button = QPushButton(self.edition_group)
        self.new_button.setObjectName(u"new_button")

        self.editions_layout.addWidget(self.new_button)


        self.edition_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.editions_layout)

        self.heading_label = QLabel(self.edition_group)
        self.heading_label.setObjectName(u"heading_label")

        self.edition_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heading_label)

        self.title_edit = QLineEdit(self.edition_group)
        self.title_edit.setObjectName(u"title_edit")

        self.edition_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.period_label = QLabel(self.edition_group)
        self.period_label.setObjectName(u"period_label")

        self.edition_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_combo = QComboBox(self.edition_group)
        self.period_combo.setObjectName(u"period_combo")
        self.period_combo.setEditable(True)

        self.edition_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.period_combo)

        self.survey_label = QLabel(self.edition_group)
        self.survey_label.setObjectName(u"survey_label")

        self.edition_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.survey_label)

        self.survey_combo = QComboBox(self.edition_group)
        self.survey_combo.setObjectName(u"survey_combo")

        self.edition_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.survey_combo)

        self.networks_label = QLabel(self.edition_group)
        self.networks_label.setObjectName(u"networks_label")

        self.edition_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.networks_label)

        self.networks_list = QListWidget(self.edition_group)
        self.networks_list.setObjectName(u"networks_list")
        self.networks_list.setMaximumSize(QSize(16777215, 96))
        self.networks_list.setWordWrap(True)

        self.edition_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.networks_list)


        self.editor_layout.addWidget(self.edition_group)

        self.word_group = QGroupBox(self.editor_widget)
        self.word_group.setObjectName(u"word_group")
        self.word_group_layout = QVBoxLayout(self.word_group)
        self.word_group_layout.setObjectName(u"word_group_layout")
        self.word_edit = QPlainTextEdit(self.word_group)
        self.word_edit.setObjectName(u"word_edit")
        self.word_edit.setMinimumSize(QSize(0, 90))

        self.word_group_layout.addWidget(self.word_edit)


        self.editor_layout.addWidget(self.word_group)

        self.articles_group = QGroupBox(self.editor_widget)
        self.articles_group.setObjectName(u"articles_group")
        self.articles_group_layout = QVBoxLayout(self.articles_group)
        self.articles_group_layout.setObjectName(u"articles_group_layout")
        self.articles_row_layout = QHBoxLayout()
        self.articles_row_layout.setObjectName(u"articles_row_layout")
        self.articles_list = QListWidget(self.articles_group)
        self.articles_list.setObjectName(u"articles_list")
        self.articles_list.setMaximumSize(QSize(16777215, 80))
        self.articles_list.setWordWrap(True)

        self.articles_row_layout.addWidget(self.articles_list)

        self.article_buttons_layout = QVBoxLayout()
        self.article_buttons_layout.setObjectName(u"article_buttons_layout")
        self.add_article_button = QPushButton(self.articles_group)
        self.add_article_button.setObjectName(u"add_article_button")

        self.article_buttons_layout.addWidget(self.add_article_button)

        self.remove_article_button = QPushButton(self.articles_group)
        self.remove_article_button.setObjectName(u"remove_article_button")

        self.article_buttons_layout.addWidget(self.remove_article_button)

        self.article_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.article_buttons_layout.addItem(self.article_spacer)


        self.articles_row_layout.addLayout(self.article_buttons_layout)


        self.articles_group_layout.addLayout(self.articles_row_layout)

        self.article_title_edit = QLineEdit(self.articles_group)
        self.article_title_edit.setObjectName(u"article_title_edit")

        self.articles_group_layout.addWidget(self.article_title_edit)

        self.article_body_edit = QPlainTextEdit(self.articles_group)
        self.article_body_edit.setObjectName(u"article_body_edit")
        self.article_body_edit.setMinimumSize(QSize(0, 110))

        self.articles_group_layout.addWidget(self.article_body_edit)


        self.editor_layout.addWidget(self.articles_group)

        self.comments_group = QGroupBox(self.editor_widget)
        self.comments_group.setObjectName(u"comments_group")
        self.comments_group_layout = QVBoxLayout(self.comments_group)
        self.comments_group_layout.setObjectName(u"comments_group_layout")
        self.comments_list = QListWidget(self.comments_group)
        self.comments_list.setObjectName(u"comments_list")
        self.comments_list.setMaximumSize(QSize(16777215, 140))
        self.comments_list.setWordWrap(True)

        self.comments_group_layout.addWidget(self.comments_list)


        self.editor_layout.addWidget(self.comments_group)

        self.tips_group = QGroupBox(self.editor_widget)
        self.tips_group.setObjectName(u"tips_group")
        self.tips_group_layout = QVBoxLayout(self.tips_group)
        self.tips_group_layout.setObjectName(u"tips_group_layout")
        self.tips_list = QListWidget(self.tips_group)
        self.tips_list.setObjectName(u"tips_list")
        self.tips_list.setMaximumSize(QSize(16777215, 110))
        self.tips_list.setWordWrap(True)

        self.tips_group_layout.addWidget(self.tips_list)


        self.editor_layout.addWidget(self.tips_group)

        self.editor_scroll_widget.setWidget(self.editor_widget)
        self.main_splitter.addWidget(self.editor_scroll_widget)
        self.preview_widget = QWidget(self.main_splitter)
        self.preview_widget.setObjectName(u"preview_widget")
        self.preview_layout = QVBoxLayout(self.preview_widget)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel(self.preview_widget)
        self.preview_label.setObjectName(u"preview_label")

        self.preview_layout.addWidget(self.preview_label)

        self.main_splitter.addWidget(self.preview_widget)

        self.page_layout.addWidget(self.main_splitter)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.build_button = QPushButton(NewsletterPage)
        self.build_button.setObjectName(u"build_button")

        self.actions_layout.addWidget(self.build_button)

        self.cancel_button = QPushButton(NewsletterPage)
        self.cancel_button.setObjectName(u"cancel_button")

        self.actions_layout.addWidget(self.cancel_button)

        self.progress_bar = QProgressBar(NewsletterPage)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.actions_layout.addWidget(self.progress_bar)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.style_button = QPushButton(NewsletterPage)
        self.style_button.setObjectName(u"style_button")

        self.actions_layout.addWidget(self.style_button)

        self.save_button = QPushButton(NewsletterPage)
        self.save_button.setObjectName(u"save_button")

        self.actions_layout.addWidget(self.save_button)

        self.print_button = QPushButton(NewsletterPage)
        self.print_button.setObjectName(u"print_button")

        self.actions_layout.addWidget(self.print_button)

        self.mail_button = QPushButton(NewsletterPage)
        self.mail_button.setObjectName(u"mail_button")

        self.actions_layout.addWidget(self.mail_button)


        self.page_layout.addLayout(self.actions_layout)

        self.page_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.editions_label.setBuddy(self.editions_combo)
        self.heading_label.setBuddy(self.title_edit)
        self.period_label.setBuddy(self.period_combo)
        self.survey_label.setBuddy(self.survey_combo)
        self.networks_label.setBuddy(self.networks_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewsletterPage)

        QMetaObject.connectSlotsByName(NewsletterPage)
    # setupUi

    def retranslateUi(self, NewsletterPage):
        self.title_label.setText(QCoreApplication.translate("NewsletterPage", u"Nieuwsbrief", None))
        self.edition_group.setTitle(QCoreApplication.translate("NewsletterPage", u"Editie", None))
        self.editions_label.setText(QCoreApplication.translate("NewsletterPage", u"Be&waarde edities:", None))
        self.new_button.setText(QCoreApplication.translate("NewsletterPage", u"&Nieuwe editie", None))
        self.heading_label.setText(QCoreApplication.translate("NewsletterPage", u"&Titel:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("NewsletterPage", u"bv. BIN-nieuws winter 2026", None))
        self.period_label.setText(QCoreApplication.translate("NewsletterPage", u"&Periode:", None))
        self.survey_label.setText(QCoreApplication.translate("NewsletterPage", u"&Enqu\u00eate:", None))
        self.networks_label.setText(QCoreApplication.translate("NewsletterPage", u"Net&werken:", None))
        self.word_group.setTitle(QCoreApplication.translate("NewsletterPage", u"Een woord van de zone", None))
        self.word_edit.setPlaceholderText(QCoreApplication.translate("NewsletterPage", u"Een korte inleiding van de korpschef of de dienst wijkwerking. Een lege regel begint een nieuwe alinea.", None))
        self.articles_group.setTitle(QCoreApplication.translate("NewsletterPage", u"Artikels", None))
        self.add_article_button.setText(QCoreApplication.translate("NewsletterPage", u"Artikel &toevoegen", None))
        self.remove_article_button.setText(QCoreApplication.translate("NewsletterPage", u"Artikel &verwijderen", None))
        self.article_title_edit.setPlaceholderText(QCoreApplication.translate("NewsletterPage", u"Titel van het artikel", None))
        self.article_body_edit.setPlaceholderText(QCoreApplication.translate("NewsletterPage", u"Tekst van het artikel. Een lege regel begint een nieuwe alinea.", None))
        self.comments_group.setTitle(QCoreApplication.translate("NewsletterPage", u"Reacties van lezers (vink aan wat in de nieuwsbrief komt)", None))
        self.tips_group.setTitle(QCoreApplication.translate("NewsletterPage", u"Preventietips (vink aan wat in de nieuwsbrief komt)", None))
        self.preview_label.setText(QCoreApplication.translate("NewsletterPage", u"Nog geen voorbeeld: klik Opmaken.", None))
        self.build_button.setText(QCoreApplication.translate("NewsletterPage", u"&Opmaken", None))
        self.cancel_button.setText(QCoreApplication.translate("NewsletterPage", u"Annu&leren", None))
        self.style_button.setText(QCoreApplication.translate("NewsletterPage", u"&Huisstijl\u2026", None))
        self.save_button.setText(QCoreApplication.translate("NewsletterPage", u"Op&slaan als PDF\u2026", None))
        self.print_button.setText(QCoreApplication.translate("NewsletterPage", u"Af&drukken\u2026", None))
        self.mail_button.setText(QCoreApplication.translate("NewsletterPage", u"Per &e-mail versturen\u2026", None))
        pass
    # retranslateUi

